/**
 * The page's weight: gzip size of what `vite build` puts in dist/ (HTML, JS incl. the
 * worker, CSS, static files).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface PageFileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface PageSize {
  /** Sum of the gzip sizes of every file, in bytes. */
  totalGzip: number;
  totalBytes: number;
  files: PageFileSize[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Gzip (level 9) size of every file under `dir` (default: the project's dist/). */
export function distGzipSize(dir = path.join(ROOT, 'dist')): PageSize {
  const files: PageFileSize[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) {
        walk(p);
        continue;
      }
      const body = readFileSync(p);
      files.push({ file: path.relative(dir, p), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
    }
  };
  walk(dir);
  return {
    totalGzip: files.reduce((n, f) => n + f.gzip, 0),
    totalBytes: files.reduce((n, f) => n + f.bytes, 0),
    files,
  };
}

/** The worker's late parts (the Perl engine and library, loaded on the reader's first
 *  keystroke; see vite.config.ts): their files and summed gzip size. */
export function lateParts(size: PageSize): { files: PageFileSize[]; gzip: number } {
  const files = size.files.filter((f) => /^assets\/late-/.test(f.file.split(path.sep).join('/')));
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

/** Build the page with vite into `outDir` (default dist/) and measure it. */
export async function buildAndMeasurePage(outDir = path.join(ROOT, 'dist')): Promise<PageSize> {
  const { build } = await import('vite');
  await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return distGzipSize(outDir);
}
