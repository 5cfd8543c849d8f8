/**
 * The embed's budgets, measured in this machine's Chromium (used by `npm run bench`):
 *
 * - Size: the gzip size (level 9, file by file, as a static host serves them) of every
 *   file a page with the whole chapter fetches while booting every `<terrarium-terminal>`;
 *   bench/run.ts adds the worker's late parts that boot did not fetch (the Perl engine and
 *   the modules the chapter's steps use, bench/page-size.ts). What is fetched on demand
 *   (`demand-` chunks: programs, the Perl modules of the chapter's code blocks and the
 *   rest of the library, the manual pages) is not counted, like the inspector: to check
 *   that, every step of every element is then run, and the measure fails if a step
 *   fetched a `demand-` chunk. `codeModules` is the chunk a reader running the chapter's
 *   code blocks would fetch on top (its Perl modules).
 * - Time: from navigation start to a `preload` element's `terrarium-ready` event (its
 *   shell's first prompt on screen), in a fresh browser context each run (nothing cached).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDir } from './serve.mjs';
import { pages } from './embed.pages.mjs';

const CHROMIUM = process.env.TERRARIUM_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

export class BenchUnavailable extends Error {}

/** { chapterGzipBytes, files, codeModules, bootMs: number[] } — throws BenchUnavailable without Chromium. */
export async function measureEmbed(root, { runs = 5 } = {}) {
  if (!existsSync(CHROMIUM)) throw new BenchUnavailable(`${CHROMIUM} not installed`);
  const out = mkdtempSync(path.join(tmpdir(), 'terrarium-bench-embed-'));
  const { build } = await import('vite');
  await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  const all = pages(root);
  // Without the guide (../shared/guide) the pipes page stands in, and its steps are not run.
  const hasChapter = all['chapter.html'].includes('<terrarium-terminal');
  const chapter = hasChapter ? all['chapter.html'] : all['pipes.html'];
  writeFileSync(path.join(out, 'chapter.html'), chapter);
  writeFileSync(path.join(out, 'boot.html'), all['csp.html']);
  const server = await serveDir(out, 0);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const { boot: loaded, steps } = await chapterFiles(browser, server.url, hasChapter);
    const demand = [...steps].filter((f) => /^assets\/demand-/.test(f));
    if (demand.length) throw new BenchUnavailable(`the chapter's steps fetched ${demand.join(' ')}`);
    const files = [...loaded].filter((f) => existsSync(path.join(out, f)) && f !== '').map((f) => ({ file: f, gzip: gzipSync(readFileSync(path.join(out, f)), { level: 9 }).length }));
    const bootMs = [];
    for (let i = 0; i < runs; i++) bootMs.push(await bootTime(browser, server.url));
    const code = readdirSync(path.join(out, 'assets')).filter((f) => f.startsWith('demand-perl-lib-chapter-')).map((f) => `assets/${f}`);
    const codeModules = code.map((f) => ({ file: f, gzip: gzipSync(readFileSync(path.join(out, f)), { level: 9 }).length }));
    return { chapterGzipBytes: files.reduce((n, f) => n + f.gzip, 0), files, codeModules, bootMs };
  } finally {
    await browser.close();
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** Files (relative to the site) the chapter page fetched while booting every element
 *  (`boot`), and then while running every step of every element if `runSteps` (`steps`). */
async function chapterFiles(browser, base, runSteps) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set();
  const note = (url) => {
    if (url.startsWith(base)) files.add(decodeURIComponent(new URL(url).pathname.slice(1)));
  };
  page.on('request', (r) => note(r.url()));
  page.on('worker', (w) => note(w.url()));
  await page.goto(`${base}chapter.html`);
  await page.waitForFunction(() => customElements.get('terrarium-terminal') !== undefined);
  await page.evaluate(() => Promise.all([...document.querySelectorAll('terrarium-terminal')].map((t) => t.boot())));
  await page.waitForFunction(() => [...document.querySelectorAll('terrarium-terminal')].every((t) => t.dataset.state === 'ready'), null, { timeout: 30_000 });
  const boot = new Set(files);
  files.clear();
  if (runSteps) await page.evaluate(() => Promise.all([...document.querySelectorAll('terrarium-terminal')].map((t) => t.runAll())));
  await context.close();
  return { boot, steps: files };
}

/** Milliseconds from navigation start to a `preload` element's first prompt. */
async function bootTime(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('terrarium-ready', () => { window.__readyAt = performance.now(); }, { once: true });
  });
  await page.goto(`${base}boot.html`);
  const ms = await page.waitForFunction(() => window.__readyAt, null, { timeout: 30_000 }).then((h) => h.jsonValue());
  await context.close();
  return ms;
}
