/**
 * The embed's budgets, measured in this machine's Chromium (used by `npm run bench`):
 * the gzip size of everything a page with the whole chapter loads to run it (every
 * `<terrarium-terminal>` booted), and the time from navigation to the first prompt of a
 * `preload` element.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDir } from './serve.mjs';
import { pages } from './embed.pages.mjs';

const CHROMIUM = process.env.TERRARIUM_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

export class BenchUnavailable extends Error {}

/** { chapterGzipBytes, files, bootMs: number[] } — throws BenchUnavailable without Chromium. */
export async function measureEmbed(root, { runs = 5 } = {}) {
  if (!existsSync(CHROMIUM)) throw new BenchUnavailable(`${CHROMIUM} not installed`);
  const out = mkdtempSync(path.join(tmpdir(), 'terrarium-bench-embed-'));
  const { build } = await import('vite');
  await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  const all = pages(root);
  const chapter = all['chapter.html'].includes('<terrarium-terminal') ? all['chapter.html'] : all['pipes.html'];
  writeFileSync(path.join(out, 'chapter.html'), chapter);
  writeFileSync(path.join(out, 'boot.html'), all['csp.html']);
  const server = await serveDir(out, 0);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const loaded = await chapterFiles(browser, server.url);
    const files = [...loaded].filter((f) => existsSync(path.join(out, f)) && f !== '').map((f) => ({ file: f, gzip: gzipSync(readFileSync(path.join(out, f)), { level: 9 }).length }));
    const bootMs = [];
    for (let i = 0; i < runs; i++) bootMs.push(await bootTime(browser, server.url));
    return { chapterGzipBytes: files.reduce((n, f) => n + f.gzip, 0), files, bootMs };
  } finally {
    await browser.close();
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** Files (relative to the site) the chapter page fetched while booting every element. */
async function chapterFiles(browser, base) {
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
  await context.close();
  return files;
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
