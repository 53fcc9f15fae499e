import type zhHans from './zh-hans.ts';

/**
 * Interface wording that differs by region beyond script conversion. Report
 * text is never rewritten this way; only the archive's own interface is.
 * Strings not listed here are converted from the Simplified dictionary.
 */
export const tw: Partial<Record<keyof typeof zhHans, string>> = {
  'nav.search': '搜尋',
  'search.label': '搜尋報導',
  'search.placeholder': '輸入關鍵字或引文',
  'search.submit': '搜尋',
  'lang.label': '語言與字體',
  'search.heading': '搜尋報導',
  'search.loading': '正在搜尋……',
  'search.error': '搜尋無法載入（{e}）。請重新整理頁面再試。',
  'search.needsBuild': '開發伺服器沒有搜尋索引：索引在建置時產生。請執行 {command}，在它提供的網址開啟本頁搜尋。',
  'search.results': '搜尋結果',
  // As the language switcher writes the region (OpenCC's Taiwan form would be 臺灣).
  'people.name.zhHantTW': '繁體（台灣）',
  'search.boxLandmark': '全站搜尋',
  'search.checked': '（已查看{n}篇候選報導中的{k}篇。）',
  'search.more': '查看更多報導',
  'search.cut': '查詢超過{n}個字，只搜尋了前{n}個字。',
};

export const hk: Partial<Record<keyof typeof zhHans, string>> = {
  'nav.search': '搜尋',
  'search.label': '搜尋報道',
  'search.placeholder': '輸入關鍵字或引文',
  'search.submit': '搜尋',
  'lang.label': '語言與字體',
  'search.heading': '搜尋報道',
  'search.loading': '正在搜尋……',
  'search.error': '搜尋無法載入（{e}）。請重新整理頁面再試。',
  'search.needsBuild': '開發伺服器沒有搜尋索引：索引在建置時產生。請執行 {command}，在它提供的網址開啟本頁搜尋。',
  'search.results': '搜尋結果',
  'search.boxLandmark': '全站搜尋',
  'search.cut': '查詢超過{n}個字，只搜尋了前{n}個字。',
};
