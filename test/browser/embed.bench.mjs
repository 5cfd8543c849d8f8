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
 *   PHASES). Then the same for a returning reader: the page loaded again in a context
 *   that has loaded it before. The files come from a static server in a process of its
 *   own that answers as a static host does (immutable hashed assets, ETags), so the
 *   returning reader's browser has the scripts in its HTTP cache and their compiled code
 *   in its code cache (in this process the server would answer only when Playwright's own
 *   traffic let it).
 * - Reset: what the player reports for a Reset of the element (a fresh machine, its
 *   scenario's setup, the first prompt), after a step has run.
 * - The floor, both ways: an empty page whose script starts an empty worker, to the
 *   worker's first message. It is what the browser takes on this host before any code
 *   of ours runs.
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

/** { chapterGzipBytes, files, codeModules, firstVisit, returning, floor } (see
 *  embed.bench.d.mts) — throws BenchUnavailable without Chromium. */
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
  writeFileSync(path.join(out, 'floor.html'), FLOOR_PAGE);
  writeFileSync(path.join(out, 'floor-page.js'), FLOOR_SCRIPT);
  writeFileSync(path.join(out, 'assets/floor-worker.js'), FLOOR_WORKER);
  const machineWorker = readdirSync(path.join(out, 'assets')).find((f) => /^machine-worker-.*\.js$/.test(f));
  if (!machineWorker) throw new BenchUnavailable('the build has no machine worker');
  writeFileSync(path.join(out, 'assets/floor-machine-worker.js'), FLOOR_WORKER + readFileSync(path.join(out, 'assets', machineWorker), 'utf8'));
  const server = await serveDir(out, 0);
  const host = await serveElsewhere(out);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const { boot: loaded, steps } = await chapterFiles(browser, server.url, hasChapter);
    const demand = [...steps].filter((f) => /^assets\/demand-/.test(f));
    if (demand.length) throw new BenchUnavailable(`the chapter's steps fetched ${demand.join(' ')}`);
    const files = [...loaded].filter((f) => existsSync(path.join(out, f)) && f !== '').map((f) => ({ file: f, gzip: gzipSync(readFileSync(path.join(out, f)), { level: 9 }).length }));
    const cold = [];
    for (let i = 0; i < runs; i++) cold.push(await bootTime(browser, host.url));
    const warm = await returningReader(browser, host.url, runs);
    const floor = await floorTime(browser, host.url, runs);
    const resetMs = await resetTime(browser, host.url, runs);
    const code = readdirSync(path.join(out, 'assets')).filter((f) => f.startsWith('demand-perl-lib-chapter-')).map((f) => `assets/${f}`);
    const codeModules = code.map((f) => ({ file: f, gzip: gzipSync(readFileSync(path.join(out, f)), { level: 9 }).length }));
    const timed = (list) => ({ ms: list.map((r) => r.ms), phases: list.map((r) => r.phases).filter((p) => p !== null) });
    return { chapterGzipBytes: files.reduce((n, f) => n + f.gzip, 0), files, codeModules, firstVisit: timed(cold), returning: timed(warm), floor, resetMs };
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
  const code = `import(${JSON.stringify(serve)}).then((m) => m.serveDir(${JSON.stringify(dir)}, 0, { cache: true })).then((s) => console.log(s.url))`;
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
 *  the time of each of PHASES (`phases`, by name; null when a mark is missing), in a
 *  fresh browser context (a first visit). */
async function bootTime(browser, base) {
  const context = await browser.newContext();
  try {
    return await loadTimed(await readyPage(context), base);
  } finally {
    await context.close();
  }
}

/** A page of `context` that notes when the first `terrarium-ready` event comes. */
async function readyPage(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('terrarium-ready', () => { window.__readyAt = performance.now(); }, { once: true });
  });
  return page;
}

/** Load boot.html in `page`: { ms, phases } as bootTime gives them. */
async function loadTimed(page, base) {
  const workers = [];
  const onWorker = (w) => workers.push(w);
  page.on('worker', onWorker);
  try {
    await page.goto(`${base}boot.html`);
    const ms = await page.waitForFunction(() => window.__readyAt, null, { timeout: 30_000 }).then((h) => h.jsonValue());
    const marks = await page.evaluate(() => ({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]) }));
    const inWorker = workers[0]
      ? await workers[0].evaluate(() => ({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]) })).catch(() => null)
      : null;
    return { ms, phases: bootPhases(marks, inWorker, ms) };
  } finally {
    page.off('worker', onWorker);
  }
}

/** `runs` loads of the page, as bootTime measures them, in a context that loaded it three
 *  times before: the server answers as a static host (serveDir's `cache`), so the browser
 *  keeps the build's scripts and, once they have run, their compiled code. */
async function returningReader(browser, base, runs) {
  const context = await browser.newContext();
  try {
    const page = await readyPage(context);
    for (let i = 0; i < 3; i++) await loadTimed(page, base);
    const out = [];
    for (let i = 0; i < runs; i++) out.push(await loadTimed(page, base));
    return out;
  } finally {
    await context.close();
  }
}

/** The same two measures for the floor: FLOOR_PAGE, whose script starts FLOOR_WORKER and
 *  notes when its first message comes. No code of ours runs; what it takes is the
 *  browser's. Then first visits of the page started with the machine's worker script
 *  instead, made to post its message before its first statement (`withScript`): the
 *  floor plus fetching and compiling that script. { firstVisit, returning, withScript } */
async function floorTime(browser, base, runs) {
  const load = async (page, query = '') => {
    await page.goto(`${base}floor.html${query}`);
    return page.waitForFunction(() => window.__floorAt, null, { timeout: 30_000 }).then((h) => h.jsonValue());
  };
  const fresh = async (query) => {
    const out = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      try {
        out.push(await load(await context.newPage(), query));
      } finally {
        await context.close();
      }
    }
    return out;
  };
  const firstVisit = await fresh('');
  const withScript = await fresh('?script');
  const context = await browser.newContext();
  const returning = [];
  try {
    const page = await context.newPage();
    for (let i = 0; i < 3; i++) await load(page);
    for (let i = 0; i < runs; i++) returning.push(await load(page));
  } finally {
    await context.close();
  }
  return { firstVisit, returning, withScript };
}

/** Milliseconds of `runs` Resets of boot.html's element after its first step ran, as
 *  its status line reports them (the player times Reset from the click's handler to the
 *  starting state's prompt). */
async function resetTime(browser, base, runs) {
  const context = await browser.newContext();
  try {
    const page = await readyPage(context);
    await page.addInitScript(() => {
      document.addEventListener('terrarium-step-end', () => { window.__stepEnds = (window.__stepEnds ?? 0) + 1; });
    });
    await page.goto(`${base}boot.html`);
    await page.waitForFunction(() => window.__readyAt, null, { timeout: 30_000 });
    await page.click('button.terrarium-run');
    await page.waitForFunction(() => window.__stepEnds === 1, null, { timeout: 30_000 });
    const out = [];
    for (let i = 0; i < runs; i++) {
      await page.evaluate(() => { document.querySelector('.terrarium-status').textContent = ''; });
      await page.click('button.terrarium-reset');
      const status = await page.waitForFunction(() => {
        const text = document.querySelector('.terrarium-status').textContent;
        return text.startsWith('Reset:') && text;
      }, null, { timeout: 30_000 }).then((h) => h.jsonValue());
      out.push(Number(/in (\d+) ms/.exec(status)[1]));
    }
    return out;
  } finally {
    await context.close();
  }
}

/** The floor's page, script and worker, written into the build where its own page,
 *  terrarium-embed.js and machine worker are (see floorTime). */
const FLOOR_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="script-src 'self'">
<title>Floor</title>
<script type="module" src="./floor-page.js"></script>
</head>
<body>
<h1>Floor</h1>
</body>
</html>
`;
const FLOOR_SCRIPT = `const name = location.search === '?script' ? 'floor-machine-worker.js' : 'floor-worker.js';
const w = new Worker(new URL('./assets/' + name, import.meta.url), { type: 'module' });
w.onmessage = () => { window.__floorAt = performance.now(); };
`;
const FLOOR_WORKER = 'postMessage(1);\n';

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
