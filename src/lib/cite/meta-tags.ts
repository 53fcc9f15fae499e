/**
 * The <meta> tags reference managers read from a report page: the Highwire Press `citation_*` convention (Google
 * Scholar, Zotero) and a Dublin Core type.
 *
 * Chosen for Zotero's Embedded Metadata translator (zotero/translators, "Embedded Metadata.js"): any
 * `citation_journal_title` forces a journal article, so it is never written (nor citation_conference_title,
 * citation_inbook_title, citation_technical_report_institution, citation_dissertation_institution, which force
 * other types); `citation_title` alone would fall back to a journal article guess, but an RDF type outranks that
 * guess: `DC.type` set to a Zotero item type name ("newspaperArticle", "webpage") becomes the item's type (RDF.js
 * detectType, t.dc). The page's og:type "article" is only a weaker guess (t.ogGuess) and loses to it. The outlet
 * goes in `prism.publicationName`, which Zotero reads as the publication (else og:site_name, the archive, would be).
 * Nothing else is repeated in Dublin Core: the translator merges the Highwire fields in, and an article's bytes count.
 */
import type { CslRecord } from './record.ts';

export interface MetaTag {
  name: string;
  content: string;
}

const ZOTERO_TYPE: Record<CslRecord['type'], string> = { 'article-newspaper': 'newspaperArticle', webpage: 'webpage' };

/** Highwire dates are YYYY/MM/DD. */
const highwireDate = ([y, m, d]: [number, number, number]) => `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`;

export function citationMetaTags(record: CslRecord): MetaTag[] {
  const outlet = record['container-title'] ?? record.publisher;
  return [
    { name: 'citation_title', content: record.title },
    ...record.author.map((a) => ({ name: 'citation_author', content: a.literal })),
    { name: 'citation_publication_date', content: highwireDate(record.issued['date-parts'][0]) },
    { name: 'citation_language', content: record.language },
    // Only an absolute address is worth reading: without a site URL the reader's own address is used.
    ...(record.URL ? [{ name: 'citation_public_url', content: record.URL }] : []),
    { name: 'DC.type', content: ZOTERO_TYPE[record.type] },
    // The newspaper, or the agency's site: Zotero's RDF reading takes publicationTitle from PRISM first.
    ...(outlet ? [{ name: 'prism.publicationName', content: outlet }] : []),
  ];
}
