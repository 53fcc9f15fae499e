import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/text/blocks.ts';
import { aliasesByTarget, currentIds, registryViolations, withNewIds } from '../../src/lib/text/id-registry.ts';
import { CONTENT_DIR, archive } from './helpers.ts';

const registry = JSON.parse(readFileSync(`${CONTENT_DIR}/paragraph-ids.json`, 'utf8'));

describe('the committed registry', () => {
  it.each(archive.reports.map((r) => [r.data.slug, r] as const))('protects every published link of %s', (slug, report) => {
    expect(registryViolations(slug, report.parsed, registry[slug])).toEqual([]);
  });
});

describe('registry rules', () => {
  const body = parseBody('甲段。\n\n## 第一节\n\n乙段。\n\n丙段。');
  const published = withNewIds(body, undefined);

  it('registers sections and paragraphs with fingerprints', () => {
    expect(Object.keys(published.ids)).toEqual(['s1', 'p1', 's1-p1', 's1-p2']);
    expect(currentIds(body)).toEqual(published.ids);
  });

  it('fails when a published id disappears', () => {
    const edited = parseBody('甲段。\n\n## 第一节\n\n乙段。');
    expect(registryViolations('r', edited, published)).toEqual([
      'r#s1-p2 was published but no longer exists; add an alias "s1-p2": "<id that now holds this text>"',
    ]);
  });

  it('fails when an id comes to point at different text (a paragraph inserted before it)', () => {
    const edited = parseBody('甲段。\n\n## 第一节\n\n新段。\n\n乙段。\n\n丙段。');
    const problems = registryViolations('r', edited, published);
    expect(problems.some((p) => p.startsWith('r#s1-p1 now points at different text'))).toBe(true);
    expect(problems).toContain('r#s1-p3 is not registered yet; run npm run register-paragraph-ids');
  });

  it('accepts an alias that carries the old link to the paragraph holding its text', () => {
    const edited = parseBody('甲段。\n\n## 第一节\n\n乙段丙段。');
    const aliased = { ids: published.ids, aliases: { 's1-p2': 's1-p1' } };
    const problems = registryViolations('r', edited, aliased);
    // s1-p1's text changed (merged): that needs its own decision, but s1-p2 is carried by the alias.
    expect(problems.every((p) => !p.startsWith('r#s1-p2'))).toBe(true);
    expect(aliasesByTarget(aliased).get('s1-p1')).toEqual(['s1-p2']);
  });

  it('rejects an alias to an id that does not exist', () => {
    const problems = registryViolations('r', body, { ids: published.ids, aliases: { old: 's9-p9' } });
    expect(problems).toContain('r#old: its alias points at #s9-p9, which does not exist');
  });

  it('never rewrites a published fingerprint', () => {
    const edited = parseBody('改过的甲段。\n\n## 第一节\n\n乙段。\n\n丙段。');
    expect(withNewIds(edited, published).ids.p1).toBe(published.ids.p1);
  });
});
