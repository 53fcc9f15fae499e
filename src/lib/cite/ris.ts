/**
 * RIS (Zotero, EndNote, Mendeley import it) written from the citation record. Our own writer, because
 * Citation.js's (@citation-js/plugin-ris 0.8.2) gives a newspaper article no authors and only the year.
 * NEWS: newspaper article (T2 the newspaper); ELEC: web page (PB publisher, CY place). Lines end in CRLF, as the
 * format's specification asks.
 */
import type { CslRecord } from './record.ts';

const RIS_DATE = ([y, m, d]: [number, number, number]) => `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`;

export function ris(record: CslRecord): string {
  const issued = record.issued['date-parts'][0];
  const lines: [string, string | undefined][] = [
    ['TY', record.type === 'article-newspaper' ? 'NEWS' : 'ELEC'],
    ...record.author.map((a): [string, string] => ['AU', a.literal]),
    ['TI', record.title],
    ['T2', record['container-title']],
    ['PB', record.publisher],
    ['CY', record['publisher-place']],
    ['PY', String(issued[0])],
    ['DA', RIS_DATE(issued)],
    ['UR', record.URL],
    ['Y2', record.accessed ? RIS_DATE(record.accessed['date-parts'][0]) : undefined],
    ['LA', record.language],
    ['DB', record.archive],
    ['N1', record.note],
    ['ID', record.id],
  ];
  return (
    lines
      .filter((l): l is [string, string] => l[1] !== undefined && l[1] !== '')
      // A value never spans lines: RIS has no continuation, a newline would start a broken tag.
      .map(([tag, value]) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`)
      .concat('ER  - ', '')
      .join('\r\n')
  );
}
