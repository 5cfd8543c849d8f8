/** Types of embed.bench.mjs for bench/run.ts. */
/** Boots to the first prompt: milliseconds from navigation start, and per run (runs
 *  without every mark left out) the milliseconds of each of PHASES. */
export interface Timed {
  ms: number[];
  phases: Array<Record<string, number>>;
}
export function measureEmbed(root: string, opts?: { runs?: number }): Promise<{
  chapterGzipBytes: number;
  files: Array<{ file: string; gzip: number }>;
  /** The Perl modules of the chapter's code blocks (fetched on demand). */
  codeModules: Array<{ file: string; gzip: number }>;
  /** First visits: a fresh browser context each run. */
  firstVisit: Timed;
  /** A returning reader: the page loaded again, its scripts and their code cached. */
  returning: Timed;
  /** An empty page starting an empty worker, the same two ways (ms to its first message);
   *  and first visits of it started with the machine's worker script, posting before its
   *  first statement (`withScript`). */
  floor: { firstVisit: number[]; returning: number[]; withScript: number[] };
  /** Resets of a scenario's element after a step ran, as its status line reports them. */
  resetMs: number[];
}>;
/** [phase name, the mark that ends it, what it is]. */
export const PHASES: Array<[string, string, string]>;
export class BenchUnavailable extends Error {}
