/**
 * Regional wording as data: the words the archive itself writes (interface,
 * summaries, labels, ledger notes) in Taiwan's and Hong Kong's own usage, where
 * they differ from the mainland word that OpenCC's character conversion keeps
 * (鏈接 → 連結, 數據 → 資料). Each term names the source it rests on. Report
 * text and anything quoted from it is never reworded (see regional.ts).
 *
 * `mainland` is the word as OpenCC's cn→tw / cn→hk conversion writes it, in
 * Traditional characters; `regional` replaces it. Sources marked `checkedBy:
 * 'test'` are verified by tests/unit/regional-wording.test.ts against data the
 * build has (OpenCC's Taiwan phrase table, CLDR through Intl); the others are
 * published references a regional reviewer confirms (README: scripts and regions).
 */
import type { ConversionTarget } from './locales.ts';

export interface TermSource {
  /** The reference, named so a reviewer can look the word up. */
  title: string;
  /** 'test': checked automatically against data the build has; 'reviewer': confirmed by a reader of the region. */
  checkedBy: 'test' | 'reviewer';
}

export const TERM_SOURCES = {
  'opencc-twp': {
    title: 'OpenCC’s Taiwan phrase table (TWPhrases, used by its cn→twp configuration; opencc-js 1.4.2)',
    checkedBy: 'test',
  },
  cldr: { title: 'Unicode CLDR zh_Hant locale data (as in ICU / Intl.DisplayNames): territory TW is 台灣', checkedBy: 'test' },
  'moe-dict': { title: '教育部《重編國語辭典修訂本》(Ministry of Education, Taiwan): headword', checkedBy: 'reviewer' },
  'microsoft-zh-tw': {
    title:
      'Microsoft’s Traditional Chinese (Taiwan) terminology, as Windows and Office write it (導覽窗格, 建置, 目前, 符合, 造訪, 按 Enter 鍵)',
    checkedBy: 'reviewer',
  },
  'naer-terms': {
    title: '國家教育研究院《雙語詞彙、學術名詞暨辭書資訊網》, library and information science: metadata = 詮釋資料',
    checkedBy: 'reviewer',
  },
  'data-gov-hk': {
    title:
      'Hong Kong SAR Government usage: 《個人資料（私隱）條例》 (Cap. 486, personal data = 個人資料) and the open data portal 資料一線通 (DATA.GOV.HK); Hong Kong also writes 數據 for statistics (開放數據)',
    checkedBy: 'reviewer',
  },
  hkscs: { title: 'Hong Kong SAR Government standard 香港增補字符集 (HKSCS): Hong Kong writes 字符', checkedBy: 'reviewer' },
  'hk-usage': {
    title:
      'Hong Kong usage in government and news websites (搜尋, 連結, 紀錄, 介面, 瀏覽本網站); a reviewer’s usage judgement, not a published standard',
    checkedBy: 'reviewer',
  },
} as const satisfies Record<string, TermSource>;

export type TermSourceId = keyof typeof TERM_SOURCES;

export interface RegionalTerm {
  /** The word as OpenCC's conversion writes it (mainland wording in Traditional characters). */
  mainland: string;
  /** The region's own word. */
  regional: string;
  source: TermSourceId;
  /** For a phrase term (來源文件), the word of the source it rests on: [mainland, regional] (文件, 檔案). */
  sourceWord?: readonly [string, string];
  /** When the term applies only in a phrase, or other notes for reviewers. */
  note?: string;
}

/** A word the region writes as the mainland does, kept on purpose (so a reviewer need not wonder). */
export interface KeptTerm {
  word: string;
  source: TermSourceId;
  note: string;
}

export const REGIONAL_TERMS: Record<ConversionTarget, readonly RegionalTerm[]> = {
  tw: [
    { mainland: '鏈接', regional: '連結', source: 'opencc-twp' },
    { mainland: '搜索', regional: '搜尋', source: 'opencc-twp' },
    { mainland: '報道', regional: '報導', source: 'moe-dict' },
    { mainland: '元數據', regional: '詮釋資料', source: 'naer-terms', note: 'OpenCC’s table gives 後設資料, also used in Taiwan.' },
    { mainland: '數據', regional: '資料', source: 'opencc-twp' },
    { mainland: '文件夾', regional: '資料夾', source: 'opencc-twp' },
    {
      mainland: '來源文件',
      regional: '來源檔案',
      source: 'opencc-twp',
      sourceWord: ['文件', '檔案'],
      note: 'A computer file is 檔案; 文件 alone stays (documents in the index).',
    },
    { mainland: '界面', regional: '介面', source: 'opencc-twp' },
    { mainland: '字符', regional: '字元', source: 'opencc-twp' },
    { mainland: '構建', regional: '建置', source: 'microsoft-zh-tw' },
    { mainland: '導航', regional: '導覽', source: 'microsoft-zh-tw' },
    { mainland: '當前', regional: '目前', source: 'microsoft-zh-tw' },
    { mainland: '按回車', regional: '按 Enter 鍵', source: 'microsoft-zh-tw', note: 'So 按回車 does not become 按按 Enter 鍵.' },
    { mainland: '回車', regional: '按 Enter 鍵', source: 'microsoft-zh-tw' },
    { mainland: '打開', regional: '開啟', source: 'opencc-twp' },
    { mainland: '匹配', regional: '符合', source: 'microsoft-zh-tw' },
    {
      mainland: '訪問本頁',
      regional: '造訪本頁',
      source: 'microsoft-zh-tw',
      note: 'Visiting a web page only; a state visit stays 訪問 (國事訪問).',
    },
    { mainland: '打印', regional: '列印', source: 'opencc-twp' },
    { mainland: '默認', regional: '預設', source: 'opencc-twp' },
    { mainland: '腳本', regional: '指令碼', source: 'opencc-twp' },
    { mainland: '文本', regional: '文字', source: 'microsoft-zh-tw' },
    { mainland: '臺賬', regional: '紀錄', source: 'moe-dict', note: '台賬 is mainland administrative jargon for a register.' },
    {
      mainland: '臺灣',
      regional: '台灣',
      source: 'cldr',
      note: 'As the language switcher names the region; OpenCC writes the MOE form 臺.',
    },
    { mainland: '刷新', regional: '重新整理', source: 'opencc-twp' },
    { mainland: '加載', regional: '載入', source: 'opencc-twp' },
    { mainland: '關鍵詞', regional: '關鍵字', source: 'microsoft-zh-tw' },
    { mainland: '信息', regional: '資訊', source: 'opencc-twp' },
    { mainland: '視頻', regional: '影片', source: 'opencc-twp' },
    { mainland: '軟件', regional: '軟體', source: 'opencc-twp' },
    { mainland: '網絡', regional: '網路', source: 'opencc-twp' },
    { mainland: '用戶', regional: '使用者', source: 'opencc-twp' },
    { mainland: '屏幕', regional: '螢幕', source: 'opencc-twp' },
    { mainland: '服務器', regional: '伺服器', source: 'opencc-twp' },
    { mainland: '在線', regional: '線上', source: 'opencc-twp' },
  ],
  hk: [
    { mainland: '鏈接', regional: '連結', source: 'hk-usage' },
    { mainland: '搜索', regional: '搜尋', source: 'hk-usage' },
    { mainland: '數據', regional: '資料', source: 'data-gov-hk' },
    { mainland: '文件夾', regional: '資料夾', source: 'hk-usage' },
    {
      mainland: '來源文件',
      regional: '來源檔案',
      source: 'hk-usage',
      note: 'A computer file is 檔案; 文件 alone stays (documents in the index).',
    },
    { mainland: '界面', regional: '介面', source: 'hk-usage' },
    { mainland: '構建', regional: '建置', source: 'hk-usage' },
    { mainland: '導航', regional: '導覽', source: 'hk-usage' },
    { mainland: '當前', regional: '目前', source: 'hk-usage' },
    { mainland: '按回車', regional: '按 Enter 鍵', source: 'hk-usage', note: 'So 按回車 does not become 按按 Enter 鍵.' },
    { mainland: '回車', regional: '按 Enter 鍵', source: 'hk-usage' },
    { mainland: '匹配', regional: '符合', source: 'hk-usage' },
    { mainland: '腳本', regional: 'JavaScript', source: 'hk-usage', note: 'The strings speak of the browser’s JavaScript setting.' },
    { mainland: '文本', regional: '文字', source: 'hk-usage' },
    { mainland: '台賬', regional: '紀錄', source: 'hk-usage', note: '台賬 is mainland administrative jargon for a register.' },
    {
      mainland: '訪問本頁',
      regional: '瀏覽本頁',
      source: 'hk-usage',
      note: 'Hong Kong sites say 瀏覽本網站 of a visit to a web page; a state visit stays 訪問.',
    },
    {
      mainland: '刷新',
      regional: '重新載入',
      source: 'hk-usage',
      note: 'As browsers in Hong Kong name the action (重新載入); 重新整理 is the Taiwan word.',
    },
    { mainland: '服務器', regional: '伺服器', source: 'hk-usage' },
    { mainland: '加載', regional: '載入', source: 'hk-usage' },
    { mainland: '關鍵詞', regional: '關鍵字', source: 'hk-usage' },
  ],
};

export const KEPT_TERMS: Record<ConversionTarget, readonly KeptTerm[]> = {
  tw: [],
  hk: [
    { word: '報道', source: 'hk-usage', note: 'Hong Kong news media write 報道 (Taiwan writes 報導).' },
    { word: '字符', source: 'hkscs', note: 'As in 香港增補字符集; Taiwan writes 字元.' },
    { word: '打開', source: 'hk-usage', note: 'Common in Hong Kong; Taiwan writes 開啟.' },
    { word: '台灣', source: 'cldr', note: 'OpenCC’s Hong Kong conversion already writes 台.' },
    {
      word: '元數據',
      source: 'hk-usage',
      note: 'Hong Kong writes 元數據 for metadata (as ISOC Hong Kong’s 香港開放數據指數 report does); without this, 數據 → 資料 made it 元資料.',
    },
    { word: '網絡', source: 'hk-usage', note: 'Hong Kong writes 網絡 (Taiwan writes 網路).' },
    { word: '用戶', source: 'hk-usage', note: 'Hong Kong writes 用戶 (Taiwan writes 使用者).' },
  ],
};
