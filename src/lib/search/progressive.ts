/**
 * Results for any archive size: candidate pages come in the engine's rank
 * order and are checked paragraph by paragraph a batch at a time, so the first
 * screen needs only the first pages' data and the rest is checked when the
 * reader asks for more. Full and all-terms matches always come before partial
 * ones; within a kind, earlier batches first, so results already on screen
 * keep their order when more arrive. More candidates may come later, in turn
 * (`later`): the rest of a large archive after its first part, then pages that
 * hold only parts of the query (they rank after every page holding all of it),
 * so the engine searches for them only once the first screen is shown.
 */
import type { Hit, MatchKind, Paragraph } from './match.ts';

/** Report pages whose data is fetched at once (each is one report's text). */
export const PAGES_PER_BATCH = 8;
/** The very first batch is smaller: a common word fills the first screen from a few reports, so fetch only those. */
export const PAGES_FIRST_BATCH = 4;
/** A step ends once it has this many new results, or after MAX_BATCHES_PER_STEP batches, or when no pages are left. */
export const WANTED_PER_STEP = 20;
export const MAX_BATCHES_PER_STEP = 4;

const GROUP: Record<MatchKind, number> = { full: 0, 'all-terms': 0, partial: 1 };

export interface ShownHit {
  hit: Hit;
  /** The step that found it (0 = first screen). */
  step: number;
  /** Its place in that step's ranking. */
  rank: number;
}

/** Full and all-terms matches first, then partial; within each, by step, then by the step's ranking. */
export function compareShown(a: ShownHit, b: ShownHit): number {
  return GROUP[a.hit.kind] - GROUP[b.hit.kind] || a.step - b.step || a.rank - b.rank;
}

export interface ProgressOptions {
  pagesPerBatch?: number;
  firstBatchPages?: number;
  wantedPerStep?: number;
  maxBatchesPerStep?: number;
}

export class ProgressiveResults<Page> {
  private readonly candidates: Page[];
  private next = 0;
  private steps = 0;
  private readonly shown: ShownHit[] = [];
  private readonly perBatch: number;
  private readonly firstBatch: number;
  private readonly wanted: number;
  private readonly maxBatches: number;
  /** The later candidates' sources still to fetch, in order. */
  private readonly pending: (() => Promise<readonly Page[]>)[];
  private arriving: Promise<void> | undefined;

  /**
   * @param candidates pages in rank order (the engine's, or archive order when every page is checked)
   * @param load fetches the paragraphs of some pages
   * @param rank matches paragraphs against the query, best first
   * @param later sources of the pages to check after all of `candidates` (none of them among those or each other's),
   *   each fetched once, in order: when first needed (`more`) or asked for (`complete`)
   */
  constructor(
    candidates: readonly Page[],
    private readonly load: (pages: readonly Page[]) => Promise<Paragraph[]>,
    private readonly rank: (paragraphs: readonly Paragraph[]) => Hit[],
    options: ProgressOptions = {},
    later: readonly (() => Promise<readonly Page[]>)[] = [],
  ) {
    this.candidates = [...candidates];
    this.pending = [...later];
    this.perBatch = options.pagesPerBatch ?? PAGES_PER_BATCH;
    this.firstBatch = options.firstBatchPages ?? Math.min(PAGES_FIRST_BATCH, this.perBatch);
    this.wanted = options.wantedPerStep ?? WANTED_PER_STEP;
    this.maxBatches = options.maxBatchesPerStep ?? MAX_BATCHES_PER_STEP;
  }

  /** Candidate pages known so far (final once `complete` has settled). */
  get total(): number {
    return this.candidates.length;
  }

  /** Whether later candidates are still to come. */
  get incomplete(): boolean {
    return this.pending.length > 0;
  }

  /** Fetch the next source of later candidates (once; a call while one arrives waits for it). */
  private fetchNext(): Promise<void> {
    const source = this.pending[0];
    if (!source) return this.arriving ?? Promise.resolve();
    this.arriving ??= source().then(
      (pages) => {
        this.candidates.push(...pages);
        this.pending.shift();
        this.arriving = undefined;
      },
      (error: unknown) => {
        // Not remembered: the next step or search asks again (a dropped connection).
        this.arriving = undefined;
        throw error;
      },
    );
    return this.arriving;
  }

  /** Fetch every later source now, in order: the count becomes final. */
  async complete(): Promise<void> {
    while (this.pending.length) await this.fetchNext();
  }

  /** How many candidate pages have been checked so far. */
  get checked(): number {
    return this.next;
  }

  get done(): boolean {
    return this.next >= this.candidates.length && !this.pending.length;
  }

  /** Every result found so far, in display order. */
  get hits(): readonly ShownHit[] {
    return this.shown;
  }

  /** Check the next pages (one step); returns the results it found, in display order. */
  async more(): Promise<ShownHit[]> {
    const step = this.steps++;
    const found: Hit[] = [];
    for (let batch = 0; batch < this.maxBatches && !this.done && found.length < this.wanted; batch++) {
      while (this.next >= this.candidates.length && this.pending.length) await this.fetchNext();
      const pages = this.candidates.slice(this.next, this.next + (this.next ? this.perBatch : this.firstBatch));
      if (!pages.length) break;
      this.next += pages.length;
      found.push(...this.rank(await this.load(pages)));
    }
    // One order over the whole step (scores rank full above all-terms above partial; the sort is stable), so a
    // step's best matches come first whichever batch found them.
    const added = found.sort((a, b) => b.score - a.score).map((hit, rank) => ({ hit, step, rank }));
    this.shown.push(...added);
    this.shown.sort(compareShown);
    return added.sort(compareShown);
  }
}

/** Full (and all-terms) and partial counts of the results found so far. */
export function countHits(hits: readonly { hit: Hit }[]): { full: number; partial: number } {
  const partial = hits.filter((h) => h.hit.kind === 'partial').length;
  return { full: hits.length - partial, partial };
}
