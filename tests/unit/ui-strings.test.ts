/**
 * No untranslated interface string in any locale: every key exists in every
 * locale with a non-empty value, placeholders match the Simplified original,
 * English strings hold no Han characters, and Chinese strings hold no Latin
 * words except names the interface uses on purpose.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { ALLOWED_LATIN_IN_CHINESE } from '../support/simplified-only.ts';
import { type UiKey, uiStrings } from '../../src/lib/i18n/strings.ts';
import zhHans from '../../src/lib/i18n/ui/zh-hans.ts';

const KEYS = Object.keys(zhHans) as UiKey[];
/**
 * English strings that quote a Chinese term of the source on purpose (the
 * access-date placeholder printed in Chinese citations). Pages render them
 * with MarkedText, which marks the Han run lang="zh-Hans"; the browser tests
 * check that English pages show no unmarked Han character.
 */
const EN_KEYS_QUOTING_CHINESE: UiKey[] = ['cite.accessedNote'];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

for (const locale of LOCALES) {
  describe(`interface strings, ${locale.code}`, () => {
    const strings = uiStrings(locale.code);
    it('has every key, non-empty, with the same placeholders as the original', () => {
      expect(Object.keys(strings).sort()).toEqual([...KEYS].sort());
      for (const key of KEYS) {
        expect(strings[key].trim(), key).not.toBe('');
        expect(placeholders(strings[key]), key).toEqual(placeholders(zhHans[key]));
      }
    });
    if (locale.code === 'en') {
      it('has no Han character (nothing left in Chinese)', () => {
        expect(KEYS.filter((k) => /\p{Script=Han}/u.test(strings[k]) && !EN_KEYS_QUOTING_CHINESE.includes(k))).toEqual([]);
        // A quoted term is a short quotation inside English, never a whole Chinese string.
        for (const k of EN_KEYS_QUOTING_CHINESE)
          expect(strings[k].replace(/\p{Script=Han}/gu, ''), k).toMatch(/[A-Za-z]{3,}.*[A-Za-z]{3,}/);
      });
    } else {
      it('has no Latin word other than allowed names (nothing left in English)', () => {
        const words = KEYS.flatMap((k) => (strings[k].replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? []).map((w) => `${k}: ${w}`));
        expect(words.filter((w) => !ALLOWED_LATIN_IN_CHINESE.includes(w.split(': ')[1]!))).toEqual([]);
      });
    }
  });
}
