/**
 * The citation styles the archive shows, rendered by citeproc-js from the official CSL files kept beside this module
 * (csl/, CC BY-SA 3.0, see csl/README.md). Imported as text so the build bundles them and needs no file paths.
 */
import apa from './csl/apa.csl?raw';
import chicago from './csl/chicago-notes-bibliography.csl?raw';
import gbt7714 from './csl/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import enUS from './csl/locales-en-US.xml?raw';
import zhCN from './csl/locales-zh-CN.xml?raw';
import zhTW from './csl/locales-zh-TW.xml?raw';
import mla from './csl/modern-language-association.csl?raw';

export type StyleId = 'gbt7714' | 'apa' | 'mla' | 'chicago';

export interface CitationStyle {
  id: StyleId;
  /** The label readers know the style by (Chicago's is its notes-and-bibliography system). */
  label: string;
  /** CSL style XML. */
  xml: string;
  /** Locale citeproc renders the style's terms in (the style's own default). */
  lang: 'zh-CN' | 'en-US';
  /** Whether the in-text or note form is worth showing (GB/T's numeric form is only "[1]"). */
  inText: boolean;
}

export const STYLES: readonly CitationStyle[] = [
  { id: 'gbt7714', label: 'GB/T 7714-2015', xml: gbt7714, lang: 'zh-CN', inText: false },
  { id: 'apa', label: 'APA 7', xml: apa, lang: 'en-US', inText: true },
  { id: 'mla', label: 'MLA 9', xml: mla, lang: 'en-US', inText: true },
  { id: 'chicago', label: 'Chicago 18', xml: chicago, lang: 'en-US', inText: true },
];

/** The CSL locales by tag; citeproc-forms.ts answers a language alone ("zh") with zh-CN, anything else with en-US. */
export const LOCALE_XML: Readonly<Record<string, string>> = { 'en-US': enUS, 'zh-CN': zhCN, 'zh-TW': zhTW };
