/**
 * The converted reports equal their reviewed file snapshots (tests/golden/zh-tw/, tests/golden/zh-hk/), line
 * by line. Together with the id registry (content/paragraph-ids.json: every published id pinned to its text,
 * tests/unit/id-registry.test.ts) these are the one pin of paragraph structure: a merged, split or moved
 * paragraph, section or …… break shows here as a changed line.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { goldenText } from '../support/golden.ts';
import { archive, GOLDEN_DIR } from './helpers.ts';

const HOW =
  'The converted text changed. Review every differing line as a reader of Chinese: fix a wrong conversion with an override in src/lib/i18n/overrides.ts (and its test); only when every line is right, run `npm run test:update` and review `git diff tests/golden` before committing.';

for (const locale of LOCALES.filter((l) => l.conversion)) {
  describe(`golden snapshots, ${locale.code}`, () => {
    for (const r of archive.reports) {
      const file = `${GOLDEN_DIR}/${locale.code}/${r.data.slug}.txt`;
      it(`${r.data.slug} matches its snapshot ${locale.code}/${r.data.slug}.txt`, async () => {
        await expect(goldenText(r.data.slug, r.data, r.parsed, locale), HOW).toMatchFileSnapshot(file);
      });
    }
  });
}
