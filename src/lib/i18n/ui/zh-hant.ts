import type zhHans from './zh-hans.ts';

/**
 * Whole interface strings reworded for a region, where its wording differs in
 * more than a word. Word-level differences (鏈接 → 連結, 數據 → 資料) are data in
 * ../regional-terms.ts and apply to every string; strings not listed here are
 * converted from the Simplified dictionary and then given the region's terms.
 * Report text is never rewritten this way; only the archive's own interface is.
 */
export const tw: Partial<Record<keyof typeof zhHans, string>> = {
  'search.needsBuild': '開發伺服器沒有搜尋索引：索引在建置時產生。請執行 {command}，在它提供的網址開啟本頁搜尋。',
};

export const hk: Partial<Record<keyof typeof zhHans, string>> = {
  'search.needsBuild': '開發伺服器沒有搜尋索引：索引在建置時產生。請執行 {command}，在它提供的網址開啟本頁搜尋。',
};
