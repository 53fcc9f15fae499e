/**
 * One conversion path for every output: every text file the build writes for
 * zh-tw and zh-hk (pages, feeds, JSON-LD, citation files) is free of
 * Simplified-only characters, outside what is deliberately another script and
 * marked so (an element with lang="zh-Hans" or another region's lang, such as
 * a ledger quotation or the switcher's labels; the search page's conversion
 * table, which is data for its script). And the feed, the JSON-LD and the
 * citation files name the report, its authors and outlets exactly as the page
 * prints them. Reads the built files; no browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { simplifiedOnlyIn } from '../support/simplified-only.ts';

const TEXT_FILE = /\.(html|xml|json|bib|ris|txt)$/;
const traditional = LOCALES.filter((l) => l.conversion);

/** HTML without the parts that are another script on purpose and marked so, nor the search page's data for its script. */
function unmarkedText(html: string, pageLang: string): string {
  // lang="zh-…" other than the page's own (an element in the page's lang may wrap the whole page: never remove those).
  const other = `lang="(?!${pageLang}")zh-[^"]+"`;
  return (
    html
      // Data for a script (the search page's conversion table), not text; JSON-LD (application/ld+json) stays.
      .replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, '')
      // Elements marked with another Chinese script or region (none of them nests its own tag name).
      .replace(new RegExp(`<(\\w+)\\b[^>]*\\s${other}[^>]*>[\\s\\S]*?</\\1>`, 'g'), '')
      .replace(new RegExp(`<(?:link|meta)\\b[^>]*\\s${other}[^>]*>`, 'g'), '')
  );
}

for (const locale of traditional) {
  const files = readdirSync(`dist/${locale.code}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => TEXT_FILE.test(f))
    .sort();

  test(`${locale.code}: no Simplified-only character in any of its ${files.length} text outputs`, () => {
    // Every kind of output is there to check.
    for (const kind of [/index\.html$/, /feed\.xml$/, /citation\.json$/, /citation\.bib$/])
      expect(
        files.some((f) => kind.test(f)),
        String(kind),
      ).toBe(true);
    for (const file of files) {
      const raw = readFileSync(`dist/${locale.code}/${file}`, 'utf8');
      const text = file.endsWith('.html') ? unmarkedText(raw, locale.lang) : raw;
      expect.soft(simplifiedOnlyIn(text, locale.conversion!), `${locale.code}/${file}`).toEqual([]);
    }
  });

  test(`${locale.code}: feed, JSON-LD and citation files name reports as the pages print them`, () => {
    const feed = readFileSync(`dist/${locale.code}/feed.xml`, 'utf8');
    const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const slug = /<link rel="alternate" type="text\/html" href="[^"]*reports\/([^/"]+)\/"/.exec(entry)![1]!;
      const dir = `dist/${locale.code}/reports/${slug}`;
      const page = readFileSync(`${dir}/index.html`, 'utf8');
      const body = page.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
      const pageTitle = /<title>([^<]+)<\/title>/.exec(page)![1]!;
      const description = /<meta name="description" content="([^"]+)"/.exec(page)![1]!;
      const shows = (name: string, what: string) =>
        expect.soft(body.includes(name), `${slug}: ${what} “${name}” is on the page`).toBe(true);

      // The feed entry.
      const title = /<title>([^<]+)<\/title>/.exec(entry)![1]!;
      expect.soft(pageTitle.startsWith(title), `${slug}: feed title`).toBe(true);
      expect.soft(/<summary>([^<]+)<\/summary>/.exec(entry)![1], `${slug}: feed summary`).toBe(description);
      const authors = [...entry.matchAll(/<name>([^<]+)<\/name>/g)].map((m) => m[1]!);
      expect(authors.length).toBeGreaterThan(0);
      authors.forEach((a) => shows(a, 'feed author'));

      // The JSON-LD.
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!) as {
        headline: string;
        description: string;
        author: { name: string; affiliation: { name: string } }[];
        publisher: { name: string }[];
      };
      expect.soft(ld.description, `${slug}: JSON-LD description`).toBe(description);
      expect
        .soft(
          ld.author.map((a) => a.name),
          `${slug}: JSON-LD authors`,
        )
        .toEqual(authors);
      [...ld.author.map((a) => a.affiliation.name), ...ld.publisher.map((p) => p.name)].forEach((n) => shows(n, 'JSON-LD outlet'));
      expect.soft(ld.headline.replace(/^\[|\]$/g, '').startsWith(title), `${slug}: JSON-LD headline`).toBe(true);

      // The citation files.
      const csl = JSON.parse(readFileSync(`${dir}/citation.json`, 'utf8')) as { title: string; author: { literal: string }[] }[];
      expect
        .soft(
          csl[0]!.author.map((a) => a.literal),
          `${slug}: CSL-JSON authors`,
        )
        .toEqual(authors);
      // An editorial title is bracketed in citations (GB/T 7714 practice for a title the source lacks).
      expect.soft(csl[0]!.title.replace(/^\[/, '').startsWith(title), `${slug}: CSL-JSON title`).toBe(true);
      const bib = readFileSync(`${dir}/citation.bib`, 'utf8');
      authors.forEach((a) => expect.soft(bib.includes(`{${a}}`), `${slug}: BibTeX author ${a}`).toBe(true));
    }
  });
}
