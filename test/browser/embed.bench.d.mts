/** Types of embed.bench.mjs for bench/run.ts. */
export function measureEmbed(root: string, opts?: { runs?: number }): Promise<{
  chapterGzipBytes: number;
  files: Array<{ file: string; gzip: number }>;
  /** The Perl modules of the chapter's code blocks (fetched on demand). */
  codeModules: Array<{ file: string; gzip: number }>;
  /** First visits: a fresh browser context each run. */
  bootMs: number[];
  /** A returning reader: the page loaded again, its scripts and their code cached. */
  warmMs: number[];
  /** Per run, the milliseconds of each of PHASES (runs without every mark left out). */
  phases: Array<Record<string, number>>;
}>;
/** [phase name, the mark that ends it, what it is]. */
export const PHASES: Array<[string, string, string]>;
export class BenchUnavailable extends Error {}
