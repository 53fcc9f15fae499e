import type zhHans from './zh-hans.ts';

/**
 * Whole interface strings reworded for a region, where its wording differs in
 * more than a word. Word-level differences (鏈接 → 連結, 數據 → 資料) are data in
 * ../regional-terms.ts and apply to every string; strings not listed here are
 * converted from the Simplified dictionary and then given the region's terms.
 * Report text is never rewritten this way; only the archive's own interface is.
 */
export const tw: Partial<Record<keyof typeof zhHans, string>> = {
  // 窄屏 is mainland shorthand for a narrow screen; Taiwan writes 螢幕.
  'parallel.intro': '中文原文與本站英文譯文（非官方文字）逐段對照，段落編號和永久連結與原文相同。螢幕較窄時，英文接在每段中文之後。',
  // An English word is 英文單字 in Taiwan; 單詞 is the mainland word.
  'search.promptEnglish': '輸入英文單字、人名地名或數字：包含全部所輸入詞語的段落都會列出，不分大小寫。',
  'search.needsBuild': '開發伺服器沒有搜尋索引：索引在建置時產生。請執行 {command}，在它提供的網址開啟本頁搜尋。',
  // 單個 reads as a mainland calque here; 單一段落 is the region's phrase.
  'cite.paragraphs': '引用單一段落',
  // A web address is 網址; 地址 alone reads as a postal address.
  'notFound.lost': '無法從此網址找到檔案所在的資料夾。',
  // 覆蓋表 calques the mainland programmer's "override table"; here 覆蓋 reads as "cover".
  'about.conversion': '繁體文字由簡體原文在建置時以OpenCC轉換（台灣、香港標準），再依人工審校的修正清單訂正；引號改用「」『』。',
};

export const hk: Partial<Record<keyof typeof zhHans, string>> = {
  // 窄屏 is mainland shorthand; Hong Kong writes 屏幕 in full.
  'parallel.intro': '中文原文與本站英文譯文（非官方文字）逐段對照，段落編號和永久連結與原文相同。屏幕較窄時，英文接在每段中文之後。',
  'search.needsBuild': '開發伺服器沒有搜尋索引：索引在建置時產生。請執行 {command}，在它提供的網址開啟本頁搜尋。',
  // 單個 reads as a mainland calque here; 單一段落 is the region's phrase.
  'cite.paragraphs': '引用單一段落',
  // A web address is 網址; 地址 alone reads as a postal address.
  'notFound.lost': '無法從此網址找到檔案所在的資料夾。',
  // 覆蓋表 calques the mainland programmer's "override table"; here 覆蓋 reads as "cover".
  'about.conversion': '繁體文字由簡體原文在建置時以OpenCC轉換（台灣、香港標準），再依人工審校的修正清單訂正；引號改用「」『』。',
};
