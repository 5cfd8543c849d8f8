/** Types of embed.bench.mjs for bench/run.ts. */
export function measureEmbed(root: string, opts?: { runs?: number }): Promise<{
  chapterGzipBytes: number;
  files: Array<{ file: string; gzip: number }>;
  /** The Perl modules of the chapter's code blocks (fetched on demand). */
  codeModules: Array<{ file: string; gzip: number }>;
  bootMs: number[];
}>;
export class BenchUnavailable extends Error {}
