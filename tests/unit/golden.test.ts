/**
 * The converted reports equal their reviewed golden snapshots
 * (tests/golden/zh-tw/, tests/golden/zh-hk/), line by line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { goldenPath, goldenText } from '../../src/lib/text/golden.ts';
import { archive, ROOT } from './helpers.ts';

const HOW =
  'The converted text changed. Review every differing line below as a reader of Chinese: fix a wrong conversion with an override in src/lib/i18n/overrides.ts (and its test); only when every line is right, run `npm run update-golden` and review `git diff tests/golden` before committing.';

for (const locale of LOCALES.filter((l) => l.conversion)) {
  describe(`golden snapshots, ${locale.code}`, () => {
    for (const r of archive.reports) {
      it(`${r.data.slug} matches ${goldenPath(locale.code, r.data.slug)}`, () => {
        const golden = readFileSync(`${ROOT}${goldenPath(locale.code, r.data.slug)}`, 'utf8').split('\n');
        const current = goldenText(r.data.slug, r.data, r.parsed, locale).split('\n');
        const diff: string[] = [];
        for (let i = 0; i < Math.max(golden.length, current.length); i++) {
          if (golden[i] !== current[i])
            diff.push(`line ${i + 1}\n  reviewed: ${golden[i] ?? '(none)'}\n  now:      ${current[i] ?? '(none)'}`);
        }
        expect(diff, `${HOW}\n${diff.join('\n')}`).toEqual([]);
      });
    }
  });
}
