/**
 * Conversion review: for every character of the archive's Chinese texts whose
 * Simplified→Traditional mapping is one-to-many, compare the archive's
 * conversion (OpenCC cn→tw / cn→hk + reviewed overrides) with an independent
 * judgement — MediaWiki's ZhConversion tables — and with each region's
 * standard forms, and print every disagreement in context.
 *
 * The MediaWiki tables are NOT part of the archive (never shipped, never
 * committed). Get them from Debian's `mediawiki` package, e.g.
 *   apt-get download mediawiki && dpkg-deb -x mediawiki_*.deb /tmp/mw
 * then:
 *   npm run review-conversion -- /tmp/mw/usr/share/mediawiki/includes/languages/data/ZhConversion.php
 *
 * Every disagreement must be judged by a reader of Chinese: a real error gets a
 * phrase-level override in src/lib/i18n/overrides.ts (with a reason and a
 * test); a MediaWiki error or an accepted regional variant is left alone.
 */
import { readFileSync } from 'node:fs';
import { loadArchiveContent } from '../src/lib/content/archive-content.ts';
import { OUTLET_INFO } from '../src/lib/model/outlets.ts';
import { convertText } from '../src/lib/i18n/convert.ts';
import type { ConversionTarget } from '../src/lib/i18n/locales.ts';
import zhHans from '../src/lib/i18n/ui/zh-hans.ts';
import { textBlocks } from '../src/lib/text/blocks.ts';
import { headerText, reportHeader } from '../src/lib/text/header.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run review-conversion -- <path to MediaWiki ZhConversion.php> (see the comment at the top of this script)');
  process.exit(2);
}

/** Parse one `public static $name = [ 'a' => 'b', … ];` table of ZhConversion.php. */
function table(php: string, name: string): Map<string, string> {
  const start = php.indexOf(`$${name} = [`);
  if (start < 0) throw new Error(`${file}: table $${name} not found — is this MediaWiki's ZhConversion.php?`);
  const end = php.indexOf('];', start);
  const map = new Map<string, string>();
  for (const m of php.slice(start, end).matchAll(/'((?:[^'\\]|\\.)*)' => '((?:[^'\\]|\\.)*)'/g)) map.set(m[1]!, m[2]!);
  return map;
}

const php = readFileSync(file, 'utf8');
const zh2Hant = table(php, 'zh2Hant');
const zh2Hans = table(php, 'zh2Hans');
const regional = { tw: table(php, 'zh2TW'), hk: table(php, 'zh2HK') };

/**
 * MediaWiki converts with PHP strtr: longest key first at each position. Only
 * entries that keep the length are used, so output aligns character by
 * character with the source (the others are vocabulary swaps, not script).
 */
function mediawiki(target: ConversionTarget): (text: string) => string {
  const merged = new Map([...zh2Hant, ...regional[target]]);
  for (const [k, v] of merged) if ([...k].length !== [...v].length) merged.delete(k);
  const maxLen = Math.max(...[...merged.keys()].map((k) => [...k].length));
  return (text) => {
    const chars = [...text];
    let out = '';
    for (let i = 0; i < chars.length;) {
      let done = false;
      for (let len = Math.min(maxLen, chars.length - i); len > 0; len--) {
        const key = chars.slice(i, i + len).join('');
        const value = merged.get(key);
        if (value !== undefined) {
          out += value;
          i += len;
          done = true;
          break;
        }
      }
      if (!done) out += chars[i++];
    }
    return out;
  };
}

/** Traditional candidates of each Simplified character, from MediaWiki's reverse table. */
const candidates = new Map<string, Set<string>>();
for (const [trad, simp] of zh2Hans) {
  if ([...trad].length !== 1 || [...simp].length !== 1) continue;
  const set = candidates.get(simp) ?? new Set([...(zh2Hans.has(simp) ? [] : [simp])]);
  set.add(trad);
  candidates.set(simp, set);
}
const oneToMany = (c: string) => (candidates.get(c)?.size ?? 0) > 1;

/**
 * Regional standard forms (Taiwan: 國字標準字體; Hong Kong: 常用字字形表): a
 * character on the left must not appear on that region's pages.
 */
const AVOID: Record<ConversionTarget, Record<string, string>> = {
  tw: {
    裏: '裡',
    着: '著',
    綫: '線',
    衞: '衛',
    爲: '為',
    僞: '偽',
    啓: '啟',
    峯: '峰',
    温: '溫',
    麪: '麵',
    牀: '床',
    眞: '真',
    羣: '群',
    敍: '敘',
    説: '說',
    鈎: '鉤',
    嘆: '歎',
  },
  hk: { 裡: '裏', 峰: '峯', 衛: '衞', 啟: '啓', 溫: '温', 說: '説', 脫: '脱', 稅: '税', 悅: '悦', 閱: '閲', 蘊: '藴', 醞: '醖', 敘: '敍' },
};

const content = loadArchiveContent('content');
const texts: { where: string; text: string }[] = [];
for (const r of content.reports) {
  const slug = r.data.slug;
  headerText(reportHeader(r.data)).forEach((text, i) => texts.push({ where: `${slug} header ${i + 1}`, text }));
  texts.push({ where: `${slug} summary`, text: r.data.summary });
  r.parsed.sections.forEach((s) => texts.push({ where: `${slug} ${s.id} title`, text: s.title }));
  for (const b of textBlocks(r.parsed)) texts.push({ where: `${slug} ${b.id}`, text: b.text });
}
for (const e of content.ledger) texts.push({ where: `ledger ${e.id}`, text: e.reason });
for (const [key, text] of Object.entries(zhHans)) texts.push({ where: `ui ${key}`, text });
for (const [key, info] of Object.entries(OUTLET_INFO)) texts.push({ where: `outlet ${key}`, text: `${info.zh} ${info.reporterLabel}` });

let disagreements = 0;
const seen = new Map<string, number>();
for (const target of ['tw', 'hk'] as const) {
  const mw = mediawiki(target);
  console.log(`\n===== cn→${target} =====`);
  for (const { where, text } of texts) {
    const src = [...text];
    const ours = [...convertText(text, target)];
    const theirs = [...mw(text)];
    if (ours.length !== src.length) {
      console.log(`${where}: the archive's conversion changed the length; review by hand:\n  ${ours.join('')}`);
      disagreements++;
      continue;
    }
    src.forEach((c, i) => {
      const o = ours[i]!;
      const quote = '“”‘’'.includes(c);
      const regionalIssue = AVOID[target][o];
      if (quote) return;
      if (!oneToMany(c) && !regionalIssue && (o === theirs[i] || !candidates.has(c))) return;
      if (o === theirs[i] && !regionalIssue) return;
      const context = ours.slice(Math.max(0, i - 8), i).join('') + `【${o}】` + ours.slice(i + 1, i + 9).join('');
      const why = regionalIssue ? `regional form: ${target} writes ${regionalIssue}` : `MediaWiki: ${theirs[i]}`;
      console.log(`${where} [${c}→${o}] ${why} | candidates ${[...(candidates.get(c) ?? [])].join('')} | ${context}`);
      disagreements++;
      seen.set(`${target} ${c}→${o}`, (seen.get(`${target} ${c}→${o}`) ?? 0) + 1);
    });
  }
}
const checked = new Set(texts.flatMap((t) => [...t.text].filter(oneToMany)));
console.log(`\nOne-to-many characters in the texts (${checked.size}): ${[...checked].join('')}`);
console.log(`${disagreements} disagreement(s) to judge.`);
