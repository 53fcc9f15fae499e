/**
 * The checks of the archive's translation, on every report that has one: the
 * names check (people.yaml entries by their English names) and the numbers
 * check (figures carried over, with the unit conversions of
 * tests/support/translation-units.ts). Their justified exceptions are listed
 * with reasons in content/translations/en-checks.yaml. Alignment is checked by
 * the content loader itself (tests/unit/translation-content.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { missingNames, readChecks } from '../support/translation-names.ts';
import { compareFigures } from '../support/translation-numbers.ts';
import { archive, CONTENT_DIR } from './helpers.ts';

const checks = readChecks(CONTENT_DIR);

describe.each(archive.translations.map((t) => [t.data.slug, t] as const))('translation of %s', (slug, translation) => {
  const report = archive.reports.find((r) => r.data.slug === slug)!;
  const english = new Map(translation.blocks.map((b) => [b.id, b.text]));
  const paragraphs = textBlocks(report.parsed);

  it('names every people.yaml entry a Chinese paragraph mentions by its English name', () => {
    const missing = missingNames(slug, paragraphs, english, archive.people, checks.names);
    expect(missing.map((m) => `[${m.paragraph}] ${m.entry}: none of ${m.forms.join(' / ')}`)).toEqual([]);
  });

  it('carries every figure over with its value (and adds none)', () => {
    const problems = paragraphs
      .filter((p) => !checks.numbers.exceptions.some((x) => x.report === slug && x.paragraph === p.id))
      .flatMap((p) => {
        const { missing, extra } = compareFigures(p.text, english.get(p.id)!);
        return [
          ...missing.map((f) => `[${p.id}] Chinese ${f.text} (${f.value}) is not in the English`),
          ...extra.map((f) => `[${p.id}] English ${f.text} (${f.value}) is not in the Chinese`),
        ];
      });
    expect(problems).toEqual([]);
  });

  it('lists only exceptions that are still needed, each with a reason', () => {
    for (const x of [...checks.names.exceptions, ...checks.numbers.exceptions, ...checks.names.forms])
      expect(x.reason?.trim()).toBeTruthy();
    const without = { ...checks.names, exceptions: [] };
    const needed = new Set(missingNames(slug, paragraphs, english, archive.people, without).map((m) => `${m.paragraph} ${m.entry}`));
    const unneeded = checks.names.exceptions.filter((x) => x.report === slug && !needed.has(`${x.paragraph} ${x.entry}`));
    expect(unneeded).toEqual([]);
  });
});
