import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticArchive } from '../../scripts/generate-synthetic-archive.mjs';
import { verdict } from '../../scripts/bench/targets.mjs';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'synthetic-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synthetic benchmark archive', () => {
  it('passes the same strict content checks as the real archive, with varied metadata', () => {
    generateSyntheticArchive(5, dir);
    const content = loadArchiveContent(dir, dir);
    expect(content.reports).toHaveLength(5);
    expect(readdirSync(join(dir, 'sources'))).toHaveLength(5);
    expect(new Set(content.reports.map((r) => r.data.slug)).size).toBe(5);
    expect(new Set(content.reports.map((r) => r.data.published)).size).toBe(5);
    expect(new Set(content.reports.map((r) => r.data.outlets.join())).size).toBeGreaterThan(1);
    // Rotated text: two reports from the same real report start differently.
    const [a, , c] = content.reports;
    expect(a!.body.slice(0, 40)).not.toBe(c!.body.slice(0, 40));
  });

  it('a changed character in a synthetic report is still caught by the fidelity check', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const file = join(dir, 'reports', readdirSync(join(dir, 'reports'))[0]!);
    const raw = readFileSync(file, 'utf8');
    writeFileSync(file, raw.replace(/(\n---\n[\s\S]*?)峰会/, '$1锋会'));
    expect(() => loadArchiveContent(dir, dir)).toThrow(/differs from the source/);
    writeFileSync(file, raw);
  });
});

describe('benchmark verdicts', () => {
  it('compares a measured value with its target, and never passes a missing one', () => {
    expect(verdict(8192, 8192)).toBe('met');
    expect(verdict(2048, 2048, { strict: true })).toBe('missed');
    expect(verdict(99, 100, { atLeast: true })).toBe('missed');
    expect(verdict(null, 100)).toBe('not measured');
  });
});
