/**
 * A worker thread that renders citation shapes while the main thread renders pages. Astro renders pages on one
 * core; citeproc was about a quarter of that work, and the build machine's other core sat idle. The build hands the
 * worker every report's record shapes at the start (render.ts `prefetchCitations`), in the order pages will ask for
 * them, and a page awaits only the shapes the worker has not sent back yet. The worker runs `formsRenderer` from
 * its source text (see citeproc-forms.ts for why), so its forms are the in-thread render's, character for character.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { formsRenderer, type Forms } from './citeproc-forms.ts';
import type { CslRecord } from './record.ts';
import { LOCALE_XML, STYLES } from './styles.ts';

/** The worker's program: CommonJS, evaluated by Node (`eval: true`), with the renderer passed in as source. */
const WORKER_PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const CSL = require(workerData.citeproc);
const render = (0, eval)('(' + workerData.renderer + ')')(CSL, workerData.styles, workerData.locales, workerData.locator);
parentPort.on('message', (jobs) => {
  for (const { key, record, label } of jobs) {
    try {
      parentPort.postMessage({ key, forms: render(record, key, label) });
    } catch (error) {
      parentPort.postMessage({ key, error: String(error && error.message ? error.message : error) });
    }
  }
});
`;

export interface ShapeJob {
  key: string;
  record: CslRecord;
  /** What the record is, for an error message ("synthetic-00001 (its shape)"). */
  label: string;
}

type Reply = { key: string; forms: Forms } | { key: string; error: string };

export class CitationWorker {
  private thread: Worker | undefined;
  private readonly waiting = new Map<string, { resolve: (forms: Forms) => void; reject: (error: Error) => void }>();
  private failure: Error | undefined;

  constructor(private readonly locatorMark: string) {}

  /** Render these shapes, in this order; each promise settles with its shape's forms. */
  render(jobs: readonly ShapeJob[]): Promise<Forms>[] {
    const promises = jobs.map(
      ({ key }) =>
        new Promise<Forms>((resolve, reject) => {
          if (this.failure) reject(this.failure);
          else this.waiting.set(key, { resolve, reject });
        }),
    );
    // A promise nobody awaits yet must not end the build as an unhandled rejection; its awaiter still sees it.
    for (const p of promises) p.catch(() => undefined);
    if (!this.failure && jobs.length > 0) (this.thread ??= this.start()).postMessage(jobs);
    return promises;
  }

  private start(): Worker {
    const thread = new Worker(WORKER_PROGRAM, {
      eval: true,
      workerData: {
        citeproc: createRequire(import.meta.url).resolve('citeproc'),
        renderer: formsRenderer.toString(),
        styles: STYLES,
        locales: LOCALE_XML,
        locator: this.locatorMark,
      },
    });
    let retired = false;
    thread.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.key);
      if (!waiter) return;
      this.waiting.delete(reply.key);
      if ('error' in reply) waiter.reject(new Error(reply.error));
      else waiter.resolve(reply.forms);
      // Done with every job: the thread ends, and its engines' memory (about 200 MB) is freed for the rest of the
      // build. A later job starts a new one.
      if (this.waiting.size === 0) {
        retired = true;
        this.thread = undefined;
        void thread.terminate();
      }
    });
    thread.on('error', (error) => this.fail(new Error(`The citation worker stopped: ${error.message}`)));
    thread.on('exit', (code) => {
      if (!retired) this.fail(new Error(`The citation worker exited (code ${code}) with citations still to render.`));
    });
    return thread;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.waiting.values()) reject(this.failure);
    this.waiting.clear();
  }
}
