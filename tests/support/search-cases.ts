/**
 * Real queries from the two reports (quotes, people, places, numbers, both
 * scripts, punctuation): what each must find first. The matching is checked for
 * every case in every Chinese locale by tests/unit/search-queries.test.ts; a
 * few cases run end to end in the browser (tests/e2e/search.spec.ts).
 */
export type Slug = 'harmony-and-unity' | 'international-voices';
export interface SearchCase {
  q: string;
  slug: Slug;
  /** The paragraph the first result must link to (or one of them, when the words occur more than once). */
  ids: string[];
  note: string;
  /** The Simplified original, when the query uses a regional form that no converter maps back exactly. */
  original?: string;
  /** Paragraphs of the other report that hold the words as well (`slug#id`). */
  also?: string[];
}

const H: Slug = 'harmony-and-unity';
const V: Slug = 'international-voices';
export const SEARCH_CASES: SearchCase[] = [
  { q: '兼相爱，交相利', slug: H, ids: ['s3-p27'], note: 'quote with Chinese comma' },
  { q: '兼相爱 交相利', slug: H, ids: ['s3-p27'], note: 'quote with a space' },
  { q: '“兼相爱，交相利。”', slug: H, ids: ['s3-p27'], note: 'quote with its quotation marks' },
  { q: '兼相愛，交相利', slug: H, ids: ['s3-p27'], note: 'quote typed in Traditional' },
  { q: '和睦与团结就是幸福与财富', slug: H, ids: ['s3-p27'], note: 'proverb (also the headline)' },
  { q: '独行快，众行远', slug: H, ids: ['s1-p9'], note: 'proverb' },
  { q: '獨行快,眾行遠', slug: H, ids: ['s1-p9'], note: 'Traditional with an ASCII comma' },
  { q: '亲戚越走越近', slug: H, ids: ['s1-p1'], note: 'saying' },
  { q: '乱云飞渡', slug: H, ids: ['p9'], note: 'phrase' },
  { q: '冬奥之约', slug: H, ids: ['s1-p2'], note: 'phrase' },
  { q: '西安愿景', slug: H, ids: ['s1-p7'], note: 'phrase' },
  { q: '第9次中亚之行', slug: H, ids: ['s1-p3'], note: 'number in a phrase' },
  { q: '第９次中亚之行', slug: H, ids: ['s1-p3'], note: 'full-width digit' },
  { q: '1360多万平方公里', slug: H, ids: ['p8'], note: 'number' },
  { q: '１３６０多萬平方公里', slug: H, ids: ['p8'], note: 'full-width number, Traditional' },
  { q: '3300多公里', slug: H, ids: ['p8'], note: 'number' },
  { q: '15亿元', slug: H, ids: ['s2-p13'], note: 'money' },
  { q: '200到300公里', slug: V, ids: ['s2-p2'], note: 'number range' },
  { q: '伊希姆河畔', slug: H, ids: ['p2'], note: 'place' },
  { q: '杜尚别', slug: H, ids: ['p4'], note: 'place' },
  { q: '阿什哈巴德', slug: H, ids: ['p4'], note: 'place' },
  { q: '乌鲁木齐', slug: V, ids: ['s2-p2'], note: 'place' },
  { q: '烏魯木齊', slug: V, ids: ['s2-p2'], note: 'place, Traditional' },
  { q: '连云港', slug: V, ids: ['s2-p5'], note: 'place' },
  { q: '連雲港', slug: V, ids: ['s2-p5'], note: 'place, Traditional' },
  { q: '阿拉木图', slug: V, ids: ['s2-p7'], note: 'place' },
  { q: '霍尔果斯', slug: V, ids: ['s2-p4'], note: 'place' },
  { q: '霍爾果斯', slug: V, ids: ['s2-p4'], note: 'place, Traditional' },
  { q: '别尔德穆哈梅多夫', slug: H, ids: ['s1-p10'], note: 'person' },
  { q: '孙炜东', slug: V, ids: ['s1-p1'], note: 'person' },
  { q: '寇建海', slug: V, ids: ['s2-p6'], note: 'person' },
  { q: '王国超', slug: V, ids: ['s2-p5'], note: 'person' },
  { q: '穆塔基', slug: V, ids: ['s3-p5'], note: 'person' },
  { q: '肯扎耶夫', slug: V, ids: ['s1-p2'], note: 'person' },
  { q: '巴赫蒂亚尔·哈姆达莫夫', slug: V, ids: ['s1-p3'], note: 'person with a middle dot' },
  { q: '朱莉娅 罗克尼法德', slug: V, ids: ['s3-p4'], note: 'person with a space' },
  { q: '马哈茂德·哈桑·汗', slug: V, ids: ['s3-p2'], note: 'person' },
  { q: '愛德華多·雷加拉多', slug: V, ids: ['s3-p6'], note: 'person, Traditional' },
  { q: '迎著正午陽光', slug: H, ids: ['p2'], note: 'Taiwan form 著', original: '迎着正午阳光' },
  { q: '迎着正午陽光', slug: H, ids: ['p2'], note: 'Hong Kong form 着', original: '迎着正午阳光' },
  { q: '公正地說', slug: H, ids: ['s1-p12'], note: 'Taiwan form 說', original: '公正地说' },
  { q: '公正地説', slug: H, ids: ['s1-p12'], note: 'Hong Kong form 説', original: '公正地说' },
  { q: '托卡耶夫', slug: H, ids: ['p2', 's1-p5', 's1-p12', 's1-p23', 's2-p2', 's2-p20', 's3-p5'], note: 'person, many paragraphs' },
  { q: '阿斯塔纳宣言', slug: H, ids: ['s1-p22', 's3-p19'], note: 'document title', also: [`${V}#s1-p3`] },
];
