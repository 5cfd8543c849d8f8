/** Types of embed.bench.mjs for bench/run.ts. */
export function measureEmbed(root: string, opts?: { runs?: number }): Promise<{
  chapterGzipBytes: number;
  files: Array<{ file: string; gzip: number }>;
  bootMs: number[];
}>;
export class BenchUnavailable extends Error {}
