/**
 * Broken content stops the real build (Astro's content sync) with the readable
 * message, not a stack of Zod internals, and without Astro's unrelated hints.
 *
 * Each `astro sync` takes seconds, so faults the loader reports together share one copy of content/ and one
 * run: every problem it lists is part of the error that stops the build. Faults in the frontmatter and the
 * files are listed in one pass, faults in the text (transcription, translation) in a later one, so there is a
 * run for each pass.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archive, CONTENT_DIR, ROOT } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'archive-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `astro sync` on a fresh copy of content/ changed by edit: its exit status and everything it printed. */
function syncBroken(name: string, edit: (copy: string) => void) {
  const dir = join(work, name);
  cpSync(CONTENT_DIR, dir, { recursive: true });
  edit(dir);
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: ROOT,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: dir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('faults in the frontmatter and the files', () => {
  let run: ReturnType<typeof syncBroken>;
  beforeAll(() => {
    run = syncBroken('files', (copy) => {
      const file = join(copy, 'reports', 'international-voices.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('outlets: [xinhua]', 'outlets: [reuters]'));
      unlinkSync(join(copy, 'people.yaml'));
    });
  }, 60_000);

  it('an unknown outlet stops astro with the file, the field, the problem and the fix', () => {
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/international-voices\.md\n\s+field: outlets\[0\]\n/);
    expect(run.output).toContain('problem: outlets[0] is "reuters", which is not one of: xinhua, peoples-daily');
    expect(run.output).toContain('how to fix:');
    expect(run.output).not.toMatch(/"code":\s*"invalid_value"/);
  });

  it('a deleted people.yaml stops astro naming the file', () => {
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/people\.yaml\n\s+field: \(the whole file\)\n\s+problem: \(the whole file\) does not exist/);
  });
});

describe('faults in the text', () => {
  let run: ReturnType<typeof syncBroken>;
  const translation = archive.translations[0];
  const dropped = translation?.blocks.find((b) => b.kind === 'paragraph');
  beforeAll(() => {
    run = syncBroken('text', (copy) => {
      const file = join(copy, 'reports', 'harmony-and-unity.md');
      const text = readFileSync(file, 'utf8');
      const body = text.indexOf('\n---\n') + 5;
      const han = body + text.slice(body).search(/\p{Script=Han}/u);
      // Replace the body's first Han character with another one.
      writeFileSync(file, text.slice(0, han) + (text[han] === '一' ? '二' : '一') + text.slice(han + 1));
      if (translation && dropped) {
        const english = join(copy, 'translations', 'en', `${translation.data.slug}.md`);
        writeFileSync(english, readFileSync(english, 'utf8').replace(new RegExp(`^\\[${dropped.id}\\] .*\\n\\n?`, 'm'), ''));
      }
    });
  }, 60_000);

  it('a transcription that differs from the source: our message without Astro’s “Browser APIs” hint', () => {
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/harmony-and-unity\.md\n\s+field: \(body\)\n/);
    expect(run.output).toContain('the body differs from the source');
    expect(run.output).not.toContain('Browser APIs');
  });

  it.skipIf(!translation)('a translation missing a paragraph stops astro, naming the file and the id', () => {
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`${translation!.data.slug}.md`);
    expect(run.output).toContain(`field: id ${dropped!.id}`);
    expect(run.output).toContain(`is missing: report ${translation!.data.slug} has it`);
  });
});
