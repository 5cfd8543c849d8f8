#!/usr/bin/env node
/**
 * Browser tests of the embed: copy dist/ (the normal build) into test-results/embed-site/,
 * write the test pages beside it (test/browser/embed.pages.mjs), serve it, and run
 * test/browser/embed.tests.mjs; the one-file build (dist-single/) is opened from file://.
 *
 *   node test/browser/embed.mjs [--no-build] [--only SUBSTRING]
 *
 * Also run by test/browser/run.mjs. Last line: "N passed, M failed" (pending tests, those
 * that need a part of the machine not installed yet, are listed but not counted).
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir } from './serve.mjs';
import { pages } from './embed.pages.mjs';
import { embedTests, Pending } from './embed.tests.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.TERRARIUM_CHROMIUM ?? '/usr/bin/chromium';
const SITE = path.join(ROOT, 'test-results/embed-site');
const SINGLE = path.join(ROOT, 'dist-single');
export const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Build dist/ and dist-single/ (each unless told not to and already there). */
async function build(noBuild, noBuildSingle) {
  const { build: viteBuild } = await import('vite');
  const configFile = path.join(ROOT, 'vite.config.ts');
  if (!noBuild || !existsSync(path.join(ROOT, 'dist/terrarium-embed.js'))) {
    await viteBuild({ root: ROOT, configFile, logLevel: 'warn' });
  }
  if (!noBuildSingle || !existsSync(path.join(SINGLE, 'terrarium.html'))) {
    await viteBuild({ root: ROOT, configFile, logLevel: 'warn', mode: 'single' });
  }
}

function writeSite() {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  cpSync(path.join(ROOT, 'dist'), SITE, { recursive: true });
  for (const [name, html] of Object.entries(pages(ROOT))) writeFileSync(path.join(SITE, name), html);
}

/** A fresh context on `url`, with helpers to reach the element `#t` (or `sel`). */
async function open(browser, url, { reducedMotion = 'reduce', javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, reducedMotion, javaScriptEnabled });
  const page = await context.newPage();
  const logs = [];
  page.on('console', (m) => logs.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`[pageerror] ${e.stack ?? e.message}`));
  await page.addInitScript(() => {
    window.__events = [];
    for (const n of ['terrarium-ready', 'terrarium-step-start', 'terrarium-step-end', 'terrarium-mismatch', 'terrarium-inspect', 'terrarium-error']) {
      document.addEventListener(n, (e) => window.__events.push({ type: e.type, target: e.target.id, detail: e.detail }));
    }
  });
  await page.goto(url);
  const ctx = {
    page,
    logs,
    /** Wait until element `sel` has booted to its prompt(s). */
    ready: (sel = '#t', timeout = 20_000) => page.waitForSelector(`${sel}[data-state="ready"]`, { timeout, state: 'attached' }),
    screen: (t = 0, sel = '#t') => page.evaluate(([s, i]) => document.querySelector(s).screenText(i), [sel, t]),
    events: (type) => page.evaluate((ty) => window.__events.filter((e) => !ty || e.type === ty), type),
    /** Poll `fn` (async, returns truthy when done) until `timeout` ms. */
    async until(fn, what, timeout = 15_000) {
      const end = Date.now() + timeout;
      for (;;) {
        const v = await fn();
        if (v) return v;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await sleep(40);
      }
    },
    close: () => context.close(),
  };
  return ctx;
}

/**
 * Run the embed tests with `browser`; returns { passed, failed, pending }. `noBuild`:
 * use dist/ as it is; `noBuildSingle`: the same for dist-single/.
 */
export async function runEmbedTests(browser, { noBuild = false, noBuildSingle = noBuild, filter = null } = {}) {
  const t0 = Date.now();
  await build(noBuild, noBuildSingle);
  writeSite();
  console.log(`embed site ready in ${Date.now() - t0} ms`);
  const server = await serveDir(SITE, 41751);
  const results = path.join(ROOT, 'test-results');
  let passed = 0;
  let failed = 0;
  let pending = 0;
  const env = { root: ROOT, site: SITE, single: SINGLE, base: server.url, open: (url, opts) => open(browser, url, opts) };
  try {
    for (const t of embedTests) {
      if (filter && !t.name.includes(filter)) continue;
      const started = Date.now();
      const opened = [];
      const envT = { ...env, open: async (url, opts) => { const c = await open(browser, url, opts); opened.push(c); return c; } };
      try {
        await t.run(envT);
        passed++;
        console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
      } catch (err) {
        if (err instanceof Pending) {
          pending++;
          console.log(`  - ${t.name}: pending (${err.message})`);
          continue;
        }
        failed++;
        console.log(`  ✗ ${t.name} (${Date.now() - started} ms)\n${indent(String(err?.stack ?? err))}`);
        for (const c of opened) {
          console.log(indent(`screen:\n${await c.screen().catch(() => '(unreadable)')}`));
          if (c.logs.length) console.log(indent(`page log:\n${c.logs.join('\n')}`));
          await c.page.screenshot({ path: path.join(results, `failed-${slug(t.name)}.png`) }).catch(() => {});
        }
      } finally {
        for (const c of opened) await c.close().catch(() => {});
      }
    }
  } finally {
    await server.close();
  }
  return { passed, failed, pending };
}

const indent = (s) => s.split('\n').map((l) => `      ${l}`).join('\n');
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

async function main() {
  const args = process.argv.slice(2);
  if (!existsSync(CHROMIUM)) {
    const required = process.env.TERRARIUM_REQUIRE_BROWSER === '1';
    console.log(`embed browser tests skipped: ${CHROMIUM} not installed`);
    console.log(required ? '0 passed, 1 failed' : '0 passed, 0 failed');
    process.exit(required ? 1 : 0);
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  let r = { passed: 0, failed: 1, pending: 0 };
  try {
    r = await runEmbedTests(browser, {
      noBuild: args.includes('--no-build'),
      filter: args.includes('--only') ? args[args.indexOf('--only') + 1] : null,
    });
  } finally {
    await browser.close();
  }
  if (r.pending) console.log(`${r.pending} pending`);
  console.log(`${r.passed} passed, ${r.failed} failed`);
  process.exitCode = r.failed > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
}
