/**
 * No Simplified-only character is left in anything a Traditional page shows
 * from the archive's data: the localized report model (header, summary,
 * section titles, paragraphs), the interface strings and the ledger reasons.
 * What "Simplified-only" means is documented in tests/support/simplified-only.ts.
 */
import { describe, expect, it } from 'vitest';
import { OUTLET_INFO } from '../../src/lib/model/outlets.ts';
import { forLocale } from '../../src/lib/i18n/convert.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { isSimplifiedOnly, simplifiedOnlyIn } from '../support/simplified-only.ts';
import { uiStrings } from '../../src/lib/i18n/strings.ts';
import { allBlocks } from '../../src/lib/text/blocks.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';
import { archive } from './helpers.ts';

describe('the Simplified-only character test', () => {
  it('flags characters that exist only in Simplified', () => {
    for (const c of '发国历们体这说') expect(isSimplifiedOnly(c, 'tw'), c).toBe(true);
  });
  it('accepts characters shared by both scripts and Traditional forms', () => {
    for (const c of '里于台只干面云周系后發國歷後體這裡') expect(isSimplifiedOnly(c, 'tw'), c).toBe(false);
    for (const c of '里于台只干面云周系后發國歷後體這裏着') expect(isSimplifiedOnly(c, 'hk'), c).toBe(false);
  });
  it('ignores everything that is not Han', () => {
    for (const c of 'A1，。「」—…') expect(isSimplifiedOnly(c, 'tw')).toBe(false);
  });
});

for (const locale of LOCALES.filter((l) => l.conversion)) {
  const target = locale.conversion!;
  describe(`no Simplified-only character in ${locale.code}`, () => {
    for (const r of archive.reports) {
      it(`report ${r.data.slug}`, () => {
        const model = localizeReport(r.data.slug, r.data, r.parsed, locale);
        const texts = [
          model.header.headline,
          model.header.subtitle ?? '',
          ...model.header.bylines,
          model.header.dateline,
          model.summary,
          ...model.body.sections.map((s) => s.title),
          ...allBlocks(model.body).map((b) => b.text),
        ];
        expect(texts.flatMap((t) => simplifiedOnlyIn(t, target))).toEqual([]);
      });
    }
    it('interface strings', () => {
      expect(Object.values(uiStrings(locale.code)).flatMap((t) => simplifiedOnlyIn(t, target))).toEqual([]);
    });
    it('ledger reasons and outlet names', () => {
      const texts = [...archive.ledger.map((e) => e.reason), ...Object.values(OUTLET_INFO).map((o) => `${o.zh}${o.reporterLabel}`)];
      expect(texts.flatMap((t) => simplifiedOnlyIn(forLocale(t, locale), target))).toEqual([]);
    });
  });
}
