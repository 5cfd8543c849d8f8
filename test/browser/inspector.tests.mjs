/**
 * The inspector's browser tests (run by test/browser/inspector.mjs). Each gets a fresh page
 * with a fresh machine; the echo pair and the daemon are the TS stand-ins installed by
 * test/browser/inspector.worker.ts.
 */
import assert from 'node:assert/strict';
import path from 'node:path';

const shot = (ctx, name) => ctx.page.locator('.inspector').screenshot({ path: path.join(ctx.resultsDir, name) });

/** Open a view through the same entry a scenario step uses. */
async function show(ctx, spec) {
  const err = await ctx.page.evaluate((s) => window.__inspector.show(s), spec);
  assert.equal(err, null);
}

/** The sequence diagram's arrows as drawn in the SVG. */
function arrows(ctx) {
  return ctx.page.$$eval('.inspector .seq-svg g.arrow', (gs) => gs.map((g) => ({
    kind: g.dataset.kind, label: g.querySelector('.label').textContent, detail: g.querySelector('.detail').textContent,
  })));
}

/** Cells of the process-tree row whose command contains `text`. */
async function procRow(ctx, text) {
  const rows = await ctx.page.$$eval('.inspector table.procs tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  return rows.find((r) => r[7].includes(text)) ?? null;
}

async function waitFor(ctx, fn, arg, what) {
  await ctx.page.waitForFunction(fn, arg, { timeout: 10_000 }).catch(() => {
    throw new Error(`timed out waiting for ${what}`);
  });
}

const ECHO_ARROWS = [
  ['SYN', 'SYN', 'seq 0 win 65535'],
  ['SYN-ACK', 'SYN-ACK', 'seq 0 ack 1 win 65535'],
  ['ACK', 'ACK', 'seq 1 ack 1 win 131072'],
  ['DATA', 'DATA 6 "hello\\n"', 'seq 1:7 ack 1 win 131072'],
  ['ACK', 'ACK', 'seq 1 ack 7 win 131066'],
  ['DATA', 'DATA 6 "hello\\n"', 'seq 1:7 ack 7 win 131072'],
  ['ACK', 'ACK', 'seq 7 ack 7 win 131066'],
  ['FIN', 'FIN', 'seq 7 ack 7 win 131072'],
  ['ACK', 'ACK', 'seq 7 ack 8 win 131072'],
  ['FIN', 'FIN', 'seq 7 ack 8 win 131072'],
  ['ACK', 'ACK', 'seq 8 ack 8 win 131072'],
];

export const inspectorTests = [
  {
    name: 'inspector: the echo pair is drawn as a sequence diagram',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      await ctx.run('echod 9900 &');
      const out = await ctx.run('echo-client 9900 hello');
      assert.equal(out[0], 'echo: hello');
      await show(ctx, 'sequence port=9900');
      await waitFor(ctx, () => document.querySelectorAll('.inspector .seq-svg g.arrow').length >= 11, null, '11 arrows');
      const drawn = await arrows(ctx);
      assert.deepEqual(drawn.map((a) => [a.kind, a.label, a.detail]), ECHO_ARROWS);
      const heads = await ctx.page.$$eval('.inspector .seq-svg g.lifeline', (gs) => gs.map((g) => g.textContent));
      assert.equal(heads.length, 2);
      assert.match(heads[0], /^client127\.0\.0\.1:\d+$/);
      assert.equal(heads[1], 'server127.0.0.1:9900');
      await shot(ctx, 'inspector-sequence.png');

      // the slider scrubs back to the handshake
      await ctx.page.$eval('.inspector input.seq-time', (s) => {
        s.value = '3';
        s.dispatchEvent(new Event('input'));
      });
      assert.deepEqual((await arrows(ctx)).map((a) => a.kind), ['SYN', 'SYN-ACK', 'ACK']);
      assert.match(await ctx.page.textContent('.inspector .seq-clock'), /^3\/11 segments · \+\d+\.\d{3} ms$/);
      const mermaid = await ctx.page.evaluate(() => window.__inspector.mermaid());
      assert.deepEqual(mermaid.split('\n').slice(3, 6), [
        '    C1->>S1: SYN (seq 0 win 65535)', '    S1->>C1: SYN-ACK (seq 0 ack 1 win 65535)', '    C1->>S1: ACK (seq 1 ack 1 win 131072)',
      ]);

      // exports: SVG, PNG and Mermaid downloads
      for (const [button, name] of [['export-svg', 'sequence.svg'], ['export-png', 'sequence.png'], ['export-mermaid', 'sequence.mmd']]) {
        const [download] = await Promise.all([ctx.page.waitForEvent('download'), ctx.page.click(`.inspector button.${button}`)]);
        assert.equal(download.suggestedFilename(), name);
        await download.saveAs(path.join(ctx.resultsDir, `inspector-export-${name}`));
      }
    },
  },
  {
    name: 'inspector: the daemon is under init, in its own session, holding its lock',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      await show(ctx, 'processes');
      await ctx.run('daemon /tmp/d.pid');
      await waitFor(ctx, () => [...document.querySelectorAll('.inspector table.procs td')].some((td) => td.textContent.includes('d.pid run')), null, 'the daemon row');
      const [pid, ppid, pgid, sid, tty, stat] = await procRow(ctx, 'daemon /tmp/d.pid run');
      const shell = await procRow(ctx, 'bash');
      assert.equal(ppid, '1');
      assert.equal(sid, pgid);
      assert.notEqual(sid, shell[3]);
      assert.equal(tty, '?');
      assert.equal(stat, 'S');
      assert.deepEqual(await ctx.run('cat /tmp/d.pid'), [pid]);
      const chips = await ctx.page.$$eval(`.inspector .session[data-sid="${sid}"] .chip`, (cs) => cs.map((c) => c.textContent));
      assert.deepEqual(chips, [`${pid} daemon`]);
      await shot(ctx, 'inspector-processes.png');

      await show(ctx, 'files');
      await waitFor(ctx, () => document.querySelector('.inspector table.locks') !== null, null, 'the lock table');
      const locks = await ctx.page.$$eval('.inspector table.locks tbody tr', (trs) => trs.map((tr) => tr.textContent));
      assert.deepEqual(locks, [`/tmp/d.pidLOCK_EX${pid}${pid}`]);
      await shot(ctx, 'inspector-files.png');

      await ctx.run(`kill ${pid}`);
      await show(ctx, 'lifecycle match=run');
      await waitFor(ctx, () => [...document.querySelectorAll('.inspector .life-svg g.step')].some((g) => g.textContent.includes('killed by SIGTERM')), null, 'the exit step');
      const steps = await ctx.page.$$eval('.inspector .life-svg g.step', (gs) => gs.map((g) => [g.dataset.kind, g.dataset.pid]));
      const flow = steps.map(([k]) => k).filter((k) => ['fork', 'setsid', 'exit', 'running', 'signal'].includes(k));
      assert.deepEqual(flow, ['fork', 'fork', 'exit', 'setsid', 'fork', 'exit', 'running', 'signal', 'exit']);
      assert.equal(steps.at(-1)[1], pid);
      await shot(ctx, 'inspector-lifecycle.png');
      const [download] = await Promise.all([ctx.page.waitForEvent('download'), ctx.page.click('.inspector .life-controls button.export-mermaid')]);
      assert.equal(download.suggestedFilename(), 'lifecycle.mmd');
      await download.saveAs(path.join(ctx.resultsDir, 'inspector-export-lifecycle.mmd'));
      const chart = await ctx.page.evaluate(() => window.__inspector.lifecycleMermaid());
      assert.ok(chart.includes(`["pid ${pid} running"]`), chart);
    },
  },
  {
    name: 'inspector: the socket table lists listeners with their owners',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      await ctx.run('echod 9901 &');
      await show(ctx, 'sockets');
      await waitFor(ctx, () => document.querySelector('.inspector table.sockets')?.textContent.includes('9901'), null, 'port 9901');
      const rows = await ctx.page.$$eval('.inspector table.sockets tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' ')));
      assert.ok(rows.some((r) => /^tcp LISTEN 0 5 127\.0\.0\.1:9901 0\.0\.0\.0:\* users:\(\("echod",pid=\d+,fd=3\)\)$/.test(r)), rows.join('\n'));
      assert.ok(rows.some((r) => r.startsWith('tcp LISTEN 0 511 0.0.0.0:80 0.0.0.0:* users:(("httpd",')), rows.join('\n'));
      await shot(ctx, 'inspector-sockets.png');
    },
  },
  {
    name: 'inspector: closed when asked, and the toggle opens it beside the terminal',
    query: '?inspector=closed',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      assert.equal(await ctx.page.isHidden('.inspector'), true);
      const wide = await ctx.page.evaluate(() => document.querySelector('.panes').clientWidth);
      await ctx.page.click('button.inspector-toggle');
      assert.equal(await ctx.page.getAttribute('button.inspector-toggle', 'aria-pressed'), 'true');
      await waitFor(ctx, () => document.querySelector('.inspector table.procs') !== null, null, 'the process table');
      const narrow = await ctx.page.evaluate(() => document.querySelector('.panes').clientWidth);
      assert.ok(narrow < wide, `${narrow} < ${wide}`);
      const error = await ctx.page.evaluate(() => window.__inspector.show('graph'));
      assert.equal(error, "inspect: unknown view 'graph' (expected one of: processes, sockets, sequence, files, lifecycle)");
      assert.equal(await ctx.page.textContent('.inspector-error'), error);
      await ctx.page.click('.inspector-close');
      assert.equal(await ctx.page.isHidden('.inspector'), true);
      await ctx.page.click('.pane');
      assert.deepEqual(await ctx.run('echo still here'), ['still here']);
    },
  },
];
