#!/usr/bin/env node
/**
 * Browser tests: build the page, serve dist/ on 127.0.0.1, drive Chromium through
 * playwright-core, run test/browser/tests.mjs. Last line: "N passed, M failed".
 *
 *   node test/browser/run.mjs [--no-build] [--stub] [--only SUBSTRING]
 *
 * --no-build  use the existing dist/ as is
 * --stub      build against test/browser/stub-boot.ts instead of the real machine
 *             (exercises the page and worker plumbing only)
 * --boot FILE build with FILE standing in for src/system/boot.ts
 * Without /usr/bin/chromium the tests are skipped (exit 0) unless
 * TERRARIUM_REQUIRE_BROWSER=1, then it is a failure. TERRARIUM_CHROMIUM overrides the path.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir, gzipSizeOfDir } from './serve.mjs';
import { tests as pageTests } from './tests.mjs';
import { shellTests, knownFailures } from './shell.tests.mjs';
import { makeContext } from './context.mjs';
import { runEmbedTests } from './embed.mjs';
import { runInspectorTests } from './inspector.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.TERRARIUM_CHROMIUM ?? '/usr/bin/chromium';
const PORT = 41731;
const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const bootFile = args.includes('--boot') ? args[args.indexOf('--boot') + 1] : null;
const stub = flag('--stub') || bootFile !== null;
const tests = [...pageTests, ...shellTests];

function banner(text) {
  const line = '#'.repeat(text.length + 8);
  console.log(`\n${line}\n### ${text} ###\n${line}\n`);
}

async function buildPage(outDir) {
  const { build } = await import('vite');
  const stubPath = path.resolve(ROOT, bootFile ?? 'test/browser/stub-boot.ts');
  const stubPlugin = () => ({
    name: 'terrarium-stub-boot',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromWorker = importer?.includes('/src/worker/');
      return fromWorker && source.endsWith('/system/boot.ts') ? stubPath : null;
    },
  });
  await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    ...(stub ? { plugins: [stubPlugin()], worker: { format: 'es', plugins: () => [stubPlugin()] } } : {}),
  });
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    banner(`BROWSER TESTS SKIPPED: ${CHROMIUM} not installed`);
    if (process.env.TERRARIUM_REQUIRE_BROWSER === '1') {
      console.log('TERRARIUM_REQUIRE_BROWSER=1: a missing browser is a failure.');
      console.log('0 passed, 1 failed');
      process.exit(1);
    }
    console.log('0 passed, 0 failed');
    return;
  }
  const outDir = path.join(ROOT, stub ? 'test-results/dist-stub' : 'dist');
  const results = path.join(ROOT, 'test-results');
  mkdirSync(results, { recursive: true });
  if (!flag('--no-build') || !existsSync(path.join(outDir, 'index.html'))) {
    const t0 = Date.now();
    await buildPage(outDir);
    console.log(`built ${path.relative(ROOT, outDir)}/ in ${Date.now() - t0} ms`);
  }
  const size = gzipSizeOfDir(outDir);
  console.log(`page size: ${(size.total / 1024).toFixed(1)} KB gzip (${size.files.length} files)`);

  const server = await serveDir(outDir, PORT);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let passed = 0;
  let failed = 0;
  try {
    for (const t of tests) {
      if (only && !t.name.includes(only)) continue;
      if (flag('--stub') && !t.stub) continue;
      const ctx = await makeContext(browser, server.url, results);
      ctx.stub = flag('--stub');
      const t0 = Date.now();
      try {
        await t.run(ctx);
        passed++;
        console.log(`  ✓ ${t.name} (${Date.now() - t0} ms)`);
      } catch (err) {
        failed++;
        console.log(`  ✗ ${t.name} (${Date.now() - t0} ms)\n${indent(String(err?.stack ?? err))}`);
        if (knownFailures[t.name]) console.log(indent(`known failure: ${knownFailures[t.name]}`));
        console.log(indent(`screen:\n${await ctx.screen().catch(() => '(unreadable)')}`));
        if (ctx.logs.length) console.log(indent(`page log:\n${ctx.logs.join('\n')}`));
        await ctx.page.screenshot({ path: path.join(results, `failed-${slug(t.name)}.png`) }).catch(() => {});
      } finally {
        await ctx.close();
      }
    }
    await server.close();
    if (!stub) {
      // The embed, the player and the one-file build (test/browser/embed.tests.mjs).
      const r = await runEmbedTests(browser, { noBuild: true, noBuildSingle: flag('--no-build'), filter: only });
      passed += r.passed;
      failed += r.failed;
      if (r.pending) console.log(`${r.pending} pending`);
      // The inspector panel on its own test page (test/browser/inspector.tests.mjs).
      const i = await runInspectorTests(browser, { filter: only });
      passed += i.passed;
      failed += i.failed;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

const indent = (s) => s.split('\n').map((l) => `      ${l}`).join('\n');
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

main().catch((err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
