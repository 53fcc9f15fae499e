#!/usr/bin/env node
/**
 * A synthetic archive of N reports for the scale benchmarks, derived from the
 * real text in content/reports/: each report takes one real report's body with
 * its sections rotated and its lede paragraphs rotated, and varies slug, order,
 * headline, dates, outlets and authors.
 *
 * The build's fidelity check stays strict and runs unchanged: every synthetic
 * report gets its own source file (its body text, as a source would print it)
 * and one ledger entry of kind "add" documenting its header, so each report
 * matches its source exactly like a real one.
 *
 *   node scripts/generate-synthetic-archive.mjs <N> <out-dir>
 *   ARCHIVE_CONTENT_DIR=<out-dir> npm run build
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { splitFrontmatter, validateReportFile } from '../src/lib/content/archive-content.ts';
import { parse as parseYaml } from 'yaml';

const OUTLET_SETS = [['xinhua'], ['peoples-daily'], ['xinhua', 'peoples-daily']];
const REPORTER_NAMES = ['郝薇薇', '杨依军', '杜尚泽', '孟祥麟', '张伟', '王雅楠', '杜鹃', '李明', '陈静', '刘洋'];
const HEADLINE_SUFFIXES = ['综述', '纪实', '观察', '特写', '侧记', '访谈', '述评'];

/** The real reports, read from content/reports/ (frontmatter and body split into blocks). */
export function readRealReports(contentDir = 'content') {
  const dir = join(contentDir, 'reports');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name), 'utf8');
      const { frontmatter, body } = splitFrontmatter(raw);
      return { data: parseYaml(frontmatter, { schema: 'core' }), blocks: splitSections(body) };
    });
}

/** Body → lede blocks and sections (heading line + its blocks), as Markdown strings. */
function splitSections(body) {
  const blocks = body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const lede = [];
  const sections = [];
  for (const block of blocks) {
    if (block.startsWith('## ')) sections.push({ heading: block, blocks: [] });
    else if (sections.length) sections.at(-1).blocks.push(block);
    else lede.push(block);
  }
  return { lede, sections };
}

const rotate = (list, by) => (list.length ? [...list.slice(by % list.length), ...list.slice(0, by % list.length)] : list);

/** One synthetic report's Markdown body: sections rotated; lede rotated unless that would strand a lead-in ("——"). */
function syntheticBody({ lede, sections }, i) {
  let newLede = rotate(lede, i);
  if (newLede.at(-1)?.endsWith('——') || newLede.some((b, k) => b === '……' && k === 0)) newLede = lede;
  const newSections = rotate(sections, Math.floor(i / 2));
  return [...newLede, ...newSections.flatMap((s) => [s.heading, ...s.blocks])].join('\n\n') + '\n';
}

/** Plain text of a body as a source would print it: headings without "## ", paragraphs separated by blank lines. */
function sourceText(body) {
  return body.replace(/^## /gm, '');
}

function syntheticData(base, i, lineCount) {
  const outlets = OUTLET_SETS[i % OUTLET_SETS.length];
  const authors = [0, 1, 2].slice(0, 1 + (i % 3)).map((k) => ({
    name: REPORTER_NAMES[(i + k * 3) % REPORTER_NAMES.length],
    outlet: outlets[k % outlets.length],
  }));
  const day = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000);
  const iso = day.toISOString().slice(0, 10);
  const [, month, date] = iso.split('-').map(Number);
  const serial = String(i + 1).padStart(5, '0');
  return {
    slug: `synthetic-${serial}-${base.slug}`,
    order: i + 1,
    headline: { text: `${base.headline.text}（${HEADLINE_SUFFIXES[i % HEADLINE_SUFFIXES.length]}之${i + 1}）`, kind: 'editorial' },
    ...(base.subtitle && i % 2 === 0 ? { subtitle: base.subtitle } : {}),
    outlets,
    authors,
    dateline: `新华社北京${month}月${date}日电`,
    published: `${iso}T${String(8 + (i % 12)).padStart(2, '0')}:00:00+08:00`,
    language: 'zh-Hans',
    summary: `【合成报道 ${serial}】${base.summary}`,
    en: {
      headline: `[Synthetic report ${serial}] ${base.en.headline}`,
      summary: `Synthetic benchmark report ${serial}. ${base.en.summary}`,
    },
    source: { file: `sources/synthetic-${serial}.txt`, lines: [1, lineCount] },
  };
}

function headerLines(data) {
  const groups = new Map();
  const labels = { xinhua: '新华社记者', 'peoples-daily': '人民日报记者' };
  for (const a of data.authors) groups.set(a.outlet, [...(groups.get(a.outlet) ?? []), a.name]);
  const bylines = [...groups].map(([outlet, names]) => `${labels[outlet]} ${names.join(' ')}`);
  return [data.headline.text, ...(data.subtitle ? [data.subtitle] : []), ...bylines, data.dateline];
}

/** Write N synthetic reports, their sources and their ledger into outDir (replacing what is there). */
export function generateSyntheticArchive(n, outDir, { contentDir = 'content', onProgress = () => {} } = {}) {
  const real = readRealReports(contentDir);
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'reports'), { recursive: true });
  mkdirSync(join(out, 'sources'), { recursive: true });
  const ledger = [];
  for (let i = 0; i < n; i++) {
    const base = real[i % real.length];
    const body = syntheticBody(base.blocks, i);
    const source = sourceText(body);
    const data = syntheticData(base.data, i, source.split('\n').length);
    const markdown = `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
    const file = join(out, 'reports', `${data.slug}.md`);
    if (i < real.length) {
      const { problems } = validateReportFile(file, markdown);
      if (problems.length) throw new Error(`synthetic report ${data.slug} is invalid: ${JSON.stringify(problems)}`);
    }
    writeFileSync(file, markdown);
    writeFileSync(join(out, data.source.file), source);
    ledger.push({
      id: `${data.slug}-header`,
      report: data.slug,
      kind: 'add',
      text: headerLines(data).join(' '),
      to: 'header',
      reason: '合成基准测试报道：标题、署名和电头为生成数据。',
      reason_en: 'Synthetic benchmark report: headline, bylines and dateline are generated.',
    });
    if ((i + 1) % 1000 === 0) onProgress(i + 1);
  }
  writeFileSync(join(out, 'corrections.yaml'), stringify(ledger, { lineWidth: 0 }));
  // Every content file is required (an absent one is a build error): the synthetic archive has no
  // index entries, quotations or registered paragraph ids, and says so.
  writeFileSync(join(out, 'people.yaml'), '[]\n');
  writeFileSync(join(out, 'quotes.yaml'), '[]\n');
  writeFileSync(join(out, 'paragraph-ids.json'), '{}\n');
  return { reports: n, dir: out };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, outDir] = process.argv.slice(2);
  const n = Number(count);
  if (!Number.isInteger(n) || n < 1 || !outDir) {
    console.error('Usage: node scripts/generate-synthetic-archive.mjs <N ≥ 1> <out-dir>');
    process.exit(1);
  }
  const { dir } = generateSyntheticArchive(n, outDir, { onProgress: (k) => console.log(`  ${k}/${n} reports written`) });
  console.log(`Wrote ${n} synthetic report(s) to ${dir}. Build them with ARCHIVE_CONTENT_DIR=${dir} npm run build`);
}
