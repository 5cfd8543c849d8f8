#!/usr/bin/env node
/**
 * Browser tests of the inspector: build test/browser/inspector.html (one terminal and the
 * inspector, on the page's machine worker), serve it, drive Chromium, and save
 * screenshots and exported files to test-results/inspector/ (test-results/ is
 * git-ignored). Last line: "N passed, M failed".
 *
 *   node test/browser/inspector.mjs [--no-build] [--only SUBSTRING]
 *
 * Without /usr/bin/chromium the tests are skipped (exit 0) unless
 * TERRARIUM_REQUIRE_BROWSER=1.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir } from './serve.mjs';
import { makeContext } from './context.mjs';
import { inspectorTests } from './inspector.tests.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = '/usr/bin/chromium';
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
export const OUT = path.join(ROOT, 'test-results/dist-inspector');
export const PAGE = 'test/browser/inspector.html';

/** Build the inspector test page into test-results/dist-inspector (its path inside: PAGE). */
export async function buildPage() {
  const { build } = await import('vite');
  await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: OUT, emptyOutDir: true, rollupOptions: { input: { inspector: path.join(ROOT, PAGE) } } },
  });
}

/** Run the inspector tests against `browser`; returns { passed, failed }. */
export async function runInspectorTests(browser, { noBuild = false, filter = null } = {}) {
  const results = path.join(ROOT, 'test-results/inspector');
  mkdirSync(results, { recursive: true });
  if (!noBuild || !existsSync(path.join(OUT, PAGE))) {
    const t0 = Date.now();
    await buildPage();
    console.log(`built ${path.relative(ROOT, OUT)}/ in ${Date.now() - t0} ms`);
  }
  const server = await serveDir(OUT, 41741);
  let passed = 0;
  let failed = 0;
  try {
    for (const t of inspectorTests) {
      if (filter && !t.name.includes(filter)) continue;
      const ctx = await makeContext(browser, `${server.url}${PAGE}${t.query ?? ''}`, results);
      const t0 = Date.now();
      try {
        await ctx.page.evaluate(() => window.__terrarium.ready);
        await t.run(ctx);
        passed++;
        console.log(`  ✓ ${t.name} (${Date.now() - t0} ms)`);
      } catch (err) {
        failed++;
        console.log(`  ✗ ${t.name} (${Date.now() - t0} ms)\n${indent(String(err?.stack ?? err))}`);
        console.log(indent(`screen:\n${await ctx.screen().catch(() => '(unreadable)')}`));
        if (ctx.logs.length) console.log(indent(`page log:\n${ctx.logs.join('\n')}`));
        await ctx.page.screenshot({ path: path.join(results, `failed-${slug(t.name)}.png`) }).catch(() => {});
      } finally {
        await ctx.close();
      }
    }
  } finally {
    await server.close();
  }
  return { passed, failed };
}

const indent = (s) => s.split('\n').map((l) => `      ${l}`).join('\n');
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.log(`inspector browser tests skipped: ${CHROMIUM} not installed`);
    const required = process.env.TERRARIUM_REQUIRE_BROWSER === '1';
    console.log(required ? '0 passed, 1 failed' : '0 passed, 0 failed');
    process.exit(required ? 1 : 0);
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let r = { passed: 0, failed: 1 };
  try {
    r = await runInspectorTests(browser, { noBuild: args.includes('--no-build'), filter: only });
  } finally {
    await browser.close();
  }
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
