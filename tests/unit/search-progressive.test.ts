import { describe, expect, it } from 'vitest';
import { type Paragraph, rankHits } from '../../src/lib/search/match.ts';
import { countHits, PAGES_FIRST_BATCH, PAGES_PER_BATCH, ProgressiveResults } from '../../src/lib/search/progressive.ts';

/** A report page: its slug and paragraph texts. */
interface FakePage {
  slug: string;
  texts: string[];
}
const page = (n: number, ...texts: string[]): FakePage => ({ slug: `r${n}`, texts });
const paragraphsOf = (pages: readonly FakePage[]): Promise<Paragraph[]> =>
  Promise.resolve(
    pages.flatMap((p) =>
      p.texts.map((text, i) => ({ url: `/zh-hans/reports/${p.slug}/`, pageTitle: p.slug, id: `p${i + 1}`, sectionTitle: '', text })),
    ),
  );
const same = (c: string) => c;
const results = (pages: FakePage[], query: string, options = {}, later: (() => Promise<FakePage[]>)[] = []) => {
  const loaded: string[][] = [];
  const progress = new ProgressiveResults(
    pages,
    (batch) => {
      loaded.push(batch.map((p) => p.slug));
      return paragraphsOf(batch);
    },
    (paragraphs) => rankHits(paragraphs, query, same),
    options,
    later,
  );
  return { progress, loaded };
};
const where = (hits: readonly { hit: { paragraph: Paragraph } }[]) => hits.map((h) => `${h.hit.paragraph.pageTitle}#${h.hit.paragraph.id}`);

describe('results for any archive size', () => {
  const archive = Array.from({ length: 40 }, (_, i) => page(i + 1, `第${i + 1}篇：中亚峰会在阿斯塔纳举行。`, '其他内容。'));

  it('checks the first pages only for the first screen, then the rest on request, with an honest count', async () => {
    const { progress, loaded } = results(archive, '中亚峰会', {
      firstBatchPages: 4,
      pagesPerBatch: 8,
      wantedPerStep: 10,
      maxBatchesPerStep: 4,
    });
    const first = await progress.more();
    // A small first batch, then full ones, until the step has enough.
    expect(loaded).toEqual([archive.slice(0, 4).map((p) => p.slug), archive.slice(4, 12).map((p) => p.slug)]);
    expect(first).toHaveLength(12);
    expect(progress.checked).toBe(12);
    expect(progress.total).toBe(40);
    expect(progress.done).toBe(false);
    while (!progress.done) await progress.more();
    expect(progress.hits).toHaveLength(40);
    expect(countHits(progress.hits)).toEqual({ full: 40, partial: 0 });
    // Reports beyond the first eight are found, in the candidates' order.
    expect(where(progress.hits).slice(0, 12)).toEqual(archive.slice(0, 12).map((p) => `${p.slug}#p1`));
  });

  it('by default fetches fewer pages for the first screen than for later steps', async () => {
    const { progress, loaded } = results(archive, '中亚峰会', { wantedPerStep: 1 });
    await progress.more();
    await progress.more();
    expect(loaded.map((b) => b.length)).toEqual([PAGES_FIRST_BATCH, PAGES_PER_BATCH]);
    expect(PAGES_FIRST_BATCH).toBeLessThan(PAGES_PER_BATCH);
  });

  it('keeps checking batches while a step has found too little, and stops when none are left', async () => {
    const sparse = Array.from({ length: 30 }, (_, i) => page(i + 1, i === 25 ? '连云港在这里。' : '没有。'));
    const { progress, loaded } = results(sparse, '连云港', {
      firstBatchPages: 8,
      pagesPerBatch: 8,
      wantedPerStep: 5,
      maxBatchesPerStep: 4,
    });
    const first = await progress.more();
    expect(loaded).toHaveLength(4);
    expect(where(first)).toEqual(['r26#p1']);
    expect(progress.done).toBe(true);
  });

  it('puts full matches before partial ones, and results already shown keep their order when more arrive', async () => {
    const pages = [
      page(1, '连云港的码头。'),
      page(2, '量子研究。'),
      page(3, '连云港量子中心。'),
      page(4, '连云港与量子。'),
      page(5, '连云港量子。'),
    ];
    const { progress } = results(pages, '连云港 量子', { firstBatchPages: 2, pagesPerBatch: 2, wantedPerStep: 1, maxBatchesPerStep: 1 });
    await progress.more();
    expect(progress.hits.map((h) => h.hit.kind)).toEqual(['partial', 'partial']);
    await progress.more();
    const afterTwo = where(progress.hits);
    // The full match of the second step goes above the first step's partial ones; the all-terms one too.
    expect(afterTwo).toEqual(['r3#p1', 'r4#p1', 'r1#p1', 'r2#p1']);
    await progress.more();
    expect(where(progress.hits)).toEqual(['r3#p1', 'r4#p1', 'r5#p1', 'r1#p1', 'r2#p1']);
    expect(countHits(progress.hits)).toEqual({ full: 3, partial: 2 });
  });

  describe('pages holding only parts of the query, searched after the first screen', () => {
    const whole = archive.slice(0, 30);
    const parts = [page(91, '中亚的合作。'), page(92, '峰会召开。')];
    const withLater = (first: FakePage[]) => {
      let searches = 0;
      const later = async () => {
        searches++;
        return parts;
      };
      const { progress, loaded } = results(first, '中亚 峰会', { firstBatchPages: 4, pagesPerBatch: 8, wantedPerStep: 10 }, [later]);
      return { progress, loaded, searches: () => searches };
    };

    it('are not searched while pages holding all of it fill the first screen; the count is final once they are', async () => {
      const { progress, searches } = withLater(whole);
      await progress.more();
      expect(searches()).toBe(0);
      expect(progress.incomplete).toBe(true);
      expect(progress.total).toBe(30);
      expect(progress.done).toBe(false);
      await progress.complete();
      await progress.complete();
      expect(searches()).toBe(1);
      expect(progress.incomplete).toBe(false);
      expect(progress.total).toBe(32);
      while (!progress.done) await progress.more();
      // Every page is checked once, the parts' pages last, and their partial matches after every full one.
      expect(progress.checked).toBe(32);
      expect(where(progress.hits).slice(-2)).toEqual(['r91#p1', 'r92#p1']);
      expect(countHits(progress.hits)).toEqual({ full: 30, partial: 2 });
    });

    it('are searched within a step when the pages holding all of it run out, once', async () => {
      const { progress, loaded, searches } = withLater(whole.slice(0, 2));
      const first = await progress.more();
      expect(searches()).toBe(1);
      expect(loaded).toEqual([
        ['r1', 'r2'],
        ['r91', 'r92'],
      ]);
      expect(where(first)).toEqual(['r1#p1', 'r2#p1', 'r91#p1', 'r92#p1']);
      expect(progress.done).toBe(true);
    });

    it('a failed search for them is tried again by the next step', async () => {
      let calls = 0;
      const { progress } = results([], '峰会', {}, [
        async () => {
          if (++calls === 1) throw new Error('connection dropped');
          return parts;
        },
      ]);
      await expect(progress.more()).rejects.toThrow('connection dropped');
      expect(progress.incomplete).toBe(true);
      expect(where(await progress.more())).toEqual(['r92#p1']);
      expect(progress.done).toBe(true);
    });
  });

  describe('a large archive: its first part, then the rest, then pages holding parts of the query', () => {
    const firstPart = archive.slice(0, 3);
    const rest = archive.slice(3, 30);
    const parts = [page(91, '中亚的合作。')];
    const sources = () => {
      const asked: string[] = [];
      const later = [async () => (asked.push('rest'), rest), async () => (asked.push('parts'), parts)];
      return { asked, later };
    };

    it('a first screen the first part cannot fill takes the rest, not yet the parts', async () => {
      const { asked, later } = sources();
      const { progress, loaded } = results(firstPart, '中亚 峰会', { firstBatchPages: 4, pagesPerBatch: 8, wantedPerStep: 10 }, later);
      const first = await progress.more();
      expect(asked).toEqual(['rest']);
      expect(loaded[0]).toEqual(['r1', 'r2', 'r3']);
      // The first part's results come first, in its own order; then the rest's.
      expect(where(first).slice(0, 3)).toEqual(['r1#p1', 'r2#p1', 'r3#p1']);
      expect(progress.incomplete).toBe(true);
      expect(progress.total).toBe(30);
    });

    it('complete() fetches every source once, in order, and the count is final', async () => {
      const { asked, later } = sources();
      const { progress } = results(firstPart, '中亚 峰会', {}, later);
      await Promise.all([progress.complete(), progress.complete()]);
      expect(asked).toEqual(['rest', 'parts']);
      expect(progress.incomplete).toBe(false);
      expect(progress.total).toBe(31);
      while (!progress.done) await progress.more();
      expect(progress.checked).toBe(31);
      expect(where(progress.hits).at(-1)).toBe('r91#p1');
    });
  });

  it('an archive with no candidates is done at once', async () => {
    const { progress } = results([], '峰会');
    expect(await progress.more()).toEqual([]);
    expect(progress.done).toBe(true);
  });
});
