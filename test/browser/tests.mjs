/**
 * The browser tests. Each gets a fresh page (a fresh machine). `stub: true` marks the ones
 * that also make sense against the stand-in machine (`run.mjs --stub`).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { PROMPT } from './context.mjs';
import { recorded } from './recorded.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Time from pressing Ctrl-C to a fresh prompt, in ms. */
async function interrupt(ctx) {
  const before = await ctx.prompts();
  const t0 = Date.now();
  await ctx.page.keyboard.press('Control+C');
  await ctx.waitPrompt(before + 1, { timeout: 5_000 });
  return Date.now() - t0;
}

export const tests = [
  {
    name: 'the page boots to the prompt',
    stub: true,
    async run(ctx) {
      const s = await ctx.waitPrompt(1, { timeout: 20_000 });
      assert.equal(s, PROMPT);
      assert.equal(await ctx.page.evaluate(() => window.__terrarium.tabCount()), 1);
    },
  },
  {
    name: 'a pipeline runs: echo hello | tr a-z A-Z',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      assert.deepEqual(await ctx.run('echo hello | tr a-z A-Z'), ['HELLO']);
      await ctx.page.screenshot({ path: path.join(ctx.resultsDir, 'page.png') });
    },
  },
  {
    name: 'the shell matches [[ s =~ re ]] (the regex engine comes with the late parts)',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      // Recorded from bash 5.2.
      assert.deepEqual(await ctx.run('[[ abc123 =~ ([a-z]+)([0-9]+) ]] && echo "${BASH_REMATCH[2]}"'), ['123']);
    },
  },
  {
    name: 'Ctrl-C ends sleep 100 at once',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      await ctx.typeLine('sleep 100');
      await sleep(400);
      assert.equal(await ctx.prompts(), 1, 'sleep returned early');
      const ms = await interrupt(ctx);
      assert.ok(ms < 1000, `prompt took ${ms} ms`);
      assert.equal(await ctx.screen(), (await recorded('ctrl-c-sleep')).screen);
    },
  },
  {
    name: 'Ctrl-C interrupts a runaway while loop within a second',
    stub: true,
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      const spin = ctx.stub ? 'spin' : 'while :; do :; done';
      await ctx.typeLine(spin);
      await sleep(700);
      const t0 = Date.now();
      assert.equal(await ctx.page.evaluate(() => 1 + 1), 2); // the page itself stays responsive
      assert.ok(Date.now() - t0 < 200, 'page unresponsive while the guest spins');
      const ms = await interrupt(ctx);
      assert.ok(ms < 1000, `prompt took ${ms} ms`);
      if (!ctx.stub) assert.equal(await ctx.screen(), (await recorded('ctrl-c-loop')).screen);
    },
  },
  {
    name: 'Reset boots a fresh machine with a clean screen',
    stub: true,
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      await ctx.typeLine(ctx.stub ? 'spin' : 'while :; do :; done');
      await sleep(300);
      await ctx.page.click('button.reset'); // even while a guest spins
      const s = await ctx.waitScreen((t) => t === PROMPT, { timeout: 20_000, what: 'a lone prompt' });
      assert.equal(s, PROMPT);
      await ctx.page.keyboard.type('x'); // focus came back to the terminal
      await ctx.waitScreen((t) => t === `${PROMPT}x`, { what: 'typed x' });
    },
  },
  {
    name: 'a second tab is another terminal on the same machine',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      await ctx.run('echo shared-file > /tmp/tab-test');
      assert.deepEqual(await ctx.run('tty'), ['/dev/pts/0']);
      await ctx.page.click('button.new-tab');
      await ctx.page.waitForFunction(() => window.__terrarium.activeTab() === 1);
      await ctx.waitPrompt(1, { timeout: 20_000 });
      assert.deepEqual(await ctx.run('cat /tmp/tab-test'), ['shared-file']);
      assert.deepEqual(await ctx.run('tty'), ['/dev/pts/1']);
      await ctx.page.click('.tabs button >> nth=0');
      assert.deepEqual(await ctx.run('echo back-in-one'), ['back-in-one']);
    },
  },
  {
    name: 'binary output does not break the terminal',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      await ctx.typeLine('head -c 2000 /dev/urandom');
      await sleep(1000);
      await ctx.page.keyboard.press('Control+C'); // clear whatever the noise left on the line
      await sleep(300);
      await ctx.typeLine('echo still-$((40+2))');
      await ctx.waitScreen((s) => s.split('\n').includes('still-42'), { what: 'still-42' });
    },
  },
  {
    name: 'resizing the window reaches the tty',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      const before = await ctx.page.evaluate(() => window.__terrarium.size());
      await ctx.page.setViewportSize({ width: 700, height: 400 });
      await ctx.page.waitForFunction((b) => window.__terrarium.size().cols < b.cols, before);
      await sleep(200);
      const { rows, cols } = await ctx.page.evaluate(() => window.__terrarium.size());
      assert.deepEqual(await ctx.run('stty size'), [`${rows} ${cols}`]);
    },
  },
  {
    name: 'a kernel panic is shown in red and Reset recovers',
    stub: true,
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      await ctx.page.evaluate(() => window.__terrarium.injectPanic());
      await ctx.waitScreen((s) => s.includes('Kernel panic: the machine stopped.'), { what: 'panic text' });
      const s = await ctx.screen();
      assert.match(s, /Error: kernel panic injected for testing\n\s+at /);
      assert.match(await ctx.page.textContent('.status'), /^kernel panic: Error: kernel panic injected/);
      await ctx.page.click('button.reset');
      await ctx.waitScreen((t) => t === PROMPT, { timeout: 20_000, what: 'a lone prompt' });
      assert.equal(await ctx.page.textContent('.status'), '');
    },
  },
  {
    name: 'Ctrl-Z stops the foreground job',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      await ctx.typeLine('sleep 100');
      await sleep(300);
      await ctx.page.keyboard.press('Control+Z');
      const s = await ctx.waitPrompt(2, { timeout: 5_000 });
      assert.equal(s, (await recorded('ctrl-z-sleep')).screen);
    },
  },
  {
    name: 'Ctrl-D ends the shell; a key starts a new one',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      await ctx.page.keyboard.press('Control+D');
      const done = '[shell ended (exit status 0); press any key for a new one]';
      await ctx.waitScreen((s) => s.endsWith(done), { what: 'the shell-ended notice' });
      assert.equal(await ctx.screen(), `${(await recorded('ctrl-d-exit')).screen}\n${done}`);
      await ctx.page.keyboard.press('Enter');
      await ctx.waitPrompt(2, { timeout: 5_000 });
      assert.deepEqual(await ctx.run('echo again'), ['again']);
    },
  },
];
