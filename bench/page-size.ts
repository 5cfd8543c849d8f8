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
  /** The directory measured. */
  dir: string;
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
    dir,
  };
}

/**
 * The worker's late parts (the Perl engine, the Perl modules the chapter's steps use and
 * the regex engine, loaded on the reader's first keystroke; see vite.config.ts): the `late-` chunks and
 * every chunk they import statically, less the worker's own script (loaded at boot).
 * What is fetched on demand (`demand-` chunks: programs, the other Perl modules, the
 * manual pages) is not; a `part-` chunk of shared code is when a late chunk imports it.
 * Returns their files and summed gzip size.
 */
export function lateParts(size: PageSize): { files: PageFileSize[]; gzip: number } {
  const byName = new Map(size.files.map((f) => [f.file.split(path.sep).join('/'), f]));
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !byName.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(size.dir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(path.posix.join(path.posix.dirname(file), m[1]!));
  };
  for (const file of byName.keys()) if (/^assets\/late-/.test(file)) visit(file);
  const files = [...seen].filter((f) => !/^assets\/machine-worker-/.test(f)).sort().map((f) => byName.get(f)!);
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

/** `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"` in built chunks. */
const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[^'"`;()]*?\bfrom\s*)?["'](\.\.?\/[^"']+)["']/g;

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
