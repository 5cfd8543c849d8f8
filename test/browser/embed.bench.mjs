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
 *   shell's first prompt on screen), in a fresh browser context each run (a first visit:
 *   nothing cached); and where it goes, from the `terrarium:` performance marks of the
 *   page and of the machine's worker (src/worker/boot-mark.ts), in the page's time (see
 *   PHASES). Then the same for a returning reader (`warmMs`): the page loaded again in a
 *   context that has loaded it before, so the browser has the scripts in its HTTP cache
 *   and their compiled code in its code cache. The
 *   files come from a static server in a process of its own, as from a static host (in
 *   this process it would answer only when Playwright's own traffic let it).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDir } from './serve.mjs';
import { pages } from './embed.pages.mjs';

const CHROMIUM = process.env.TERRARIUM_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

export class BenchUnavailable extends Error {}

/**
 * The phases of a boot, each from the mark before it (page marks, and the worker's
 * marks moved into the page's time with the two time origins; `origin` is when the
 * worker's global scope was made).
 */
export const PHASES = [
  ['page', 'embed-start', 'the page and terrarium-embed.js, to the worker\'s creation'],
  ['worker start', 'worker:origin', 'the browser starts the worker'],
  ['script', 'worker:worker-start', 'the worker\'s script fetched and compiled'],
  ['evaluate', 'worker:worker-evaluated', 'its modules evaluated'],
  ['boot', 'worker:worker-booted', 'the machine booted, the login shell spawned'],
  ['shell', 'worker:output-0', 'the shell runs to its first prompt'],
  ['to screen', 'ready', 'the prompt reaches the page and its screen'],
];

/** { chapterGzipBytes, files, codeModules, bootMs: number[], warmMs: number[], phases: Array<Record<string, number>> } — throws BenchUnavailable without Chromium. */
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
  const host = await serveElsewhere(out);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const { boot: loaded, steps } = await chapterFiles(browser, server.url, hasChapter);
    const demand = [...steps].filter((f) => /^assets\/demand-/.test(f));
    if (demand.length) throw new BenchUnavailable(`the chapter's steps fetched ${demand.join(' ')}`);
    const files = [...loaded].filter((f) => existsSync(path.join(out, f)) && f !== '').map((f) => ({ file: f, gzip: gzipSync(readFileSync(path.join(out, f)), { level: 9 }).length }));
    const bootMs = [];
    const phases = [];
    for (let i = 0; i < runs; i++) {
      const run = await bootTime(browser, host.url);
      bootMs.push(run.ms);
      if (run.phases) phases.push(run.phases);
    }
    const warmMs = await returningReader(browser, host.url, runs);
    const code = readdirSync(path.join(out, 'assets')).filter((f) => f.startsWith('demand-perl-lib-chapter-')).map((f) => `assets/${f}`);
    const codeModules = code.map((f) => ({ file: f, gzip: gzipSync(readFileSync(path.join(out, f)), { level: 9 }).length }));
    return { chapterGzipBytes: files.reduce((n, f) => n + f.gzip, 0), files, codeModules, bootMs, warmMs, phases };
  } finally {
    await browser.close();
    await server.close();
    host.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** serveDir(`dir`) in a child process: resolves to { url, close }. */
function serveElsewhere(dir) {
  const serve = new URL('./serve.mjs', import.meta.url).href;
  const code = `import(${JSON.stringify(serve)}).then((m) => m.serveDir(${JSON.stringify(dir)}, 0)).then((s) => console.log(s.url))`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (status) => reject(new Error(`the static server exited (${status})`)));
    child.stdout.once('data', (d) => resolve({ url: String(d).trim(), close: () => void child.kill() }));
  });
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

/** Milliseconds from navigation start to a `preload` element's first prompt (`ms`), and
 *  the time of each of PHASES (`phases`, by name; null when a mark is missing). */
async function bootTime(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await page.addInitScript(() => {
    document.addEventListener('terrarium-ready', () => { window.__readyAt = performance.now(); }, { once: true });
  });
  await page.goto(`${base}boot.html`);
  const ms = await page.waitForFunction(() => window.__readyAt, null, { timeout: 30_000 }).then((h) => h.jsonValue());
  const marks = await page.evaluate(() => ({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]) }));
  const inWorker = workers[0]
    ? await workers[0].evaluate(() => ({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]) })).catch(() => null)
    : null;
  await context.close();
  return { ms, phases: bootPhases(marks, inWorker, ms) };
}

/** Milliseconds from navigation start to the first prompt of `runs` loads of the page in a
 *  context that loaded it three times before (its scripts cached and their code cache made). */
async function returningReader(browser, base, runs) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('terrarium-ready', () => { window.__readyAt = performance.now(); }, { once: true });
  });
  const load = async () => {
    await page.goto(`${base}boot.html`);
    return page.waitForFunction(() => window.__readyAt, null, { timeout: 30_000 }).then((h) => h.jsonValue());
  };
  const out = [];
  try {
    for (let i = 0; i < 3; i++) await load();
    for (let i = 0; i < runs; i++) out.push(await load());
  } finally {
    await context.close();
  }
  return out;
}

/** PHASES' durations from the page's and the worker's marks; null if one is missing. */
function bootPhases(page, worker, readyMs) {
  if (!worker) return null;
  const at = new Map([['start', 0], ['ready', readyMs], ['worker:origin', worker.origin - page.origin]]);
  for (const [name, t] of page.marks) if (name.startsWith('terrarium:')) at.set(name.slice(10), t);
  for (const [name, t] of worker.marks) if (name.startsWith('terrarium:')) at.set(`worker:${name.slice(10)}`, t + worker.origin - page.origin);
  const out = {};
  let prev = at.get('start');
  for (const [phase, mark] of PHASES) {
    const t = at.get(mark);
    if (t === undefined) return null;
    out[phase] = t - prev;
    prev = t;
  }
  return out;
}
