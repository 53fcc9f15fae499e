/**
 * The built page shows exactly the transcription the unit tests prove
 * faithful: header and body text on the Simplified page, whitespace and
 * interface elements (data-nontext) aside.
 */
import { expect, test } from '@playwright/test';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { bodyText, stripWhitespace } from '../../src/lib/text/blocks.ts';
import { headerText, reportHeader } from '../../src/lib/text/header.ts';

const { reports } = loadArchiveContent('content');

for (const report of reports) {
  test(`zh-hans page of ${report.data.slug} renders the transcription exactly`, async ({ page }) => {
    await page.goto(`zh-hans/reports/${report.data.slug}/`);
    const rendered = await page.evaluate(() => {
      const text = (selector: string) => {
        const node = document.querySelector(selector)!.cloneNode(true) as HTMLElement;
        node.querySelectorAll('[data-nontext]').forEach((n) => n.remove());
        return node.textContent ?? '';
      };
      return { header: text('[data-transcription-header]'), body: text('[data-transcription-body]') };
    });
    expect(stripWhitespace(rendered.header)).toBe(stripWhitespace(headerText(reportHeader(report.data)).join('')));
    expect(stripWhitespace(rendered.body)).toBe(stripWhitespace(bodyText(report.parsed)));
  });
}
