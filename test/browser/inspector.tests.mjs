/**
 * The inspector's browser tests (run by test/browser/inspector.mjs). Each gets a fresh page
 * with a fresh machine booted with a scenario's files; the programs are the chapter's Perl
 * ones from scenarios/tcp-echo.yaml and scenarios/double-fork.yaml, typed as the scenario's
 * steps. Expected traffic comes from real Linux (test/browser/inspector.echo-segments.txt,
 * written by inspector.record.mjs); expected process facts from the scenarios' recordings.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROMPT = 'user@linux:~$ ';
const SEGMENTS = readFileSync(fileURLToPath(new URL('./inspector.echo-segments.txt', import.meta.url)), 'utf8').trimEnd().split('\n');

const shot = (ctx, name) => ctx.page.locator('.inspector').screenshot({ path: path.join(ctx.resultsDir, name) });

/** Open a view through the same entry a scenario step uses. */
async function show(ctx, spec) {
  const err = await ctx.page.evaluate((s) => window.__inspector.show(s), spec);
  assert.equal(err, null);
}

/** The scenario the page was booted with. */
const scenario = (ctx) => ctx.page.evaluate(() => window.__terrarium.scenario);

/** Run a command as a scenario step does; resolves to what it printed (lines, prompt cut). */
async function step(ctx, command, timeoutS = 20) {
  const end = await ctx.page.evaluate(([c, t]) => window.__terrarium.step(c, t), [command, timeoutS]);
  assert.equal(end.stillRunning, false, `still running: ${command}\n${end.raw}`);
  const text = end.raw.replace(/\x1b\[[?0-9;]*[a-zA-Z]/g, '').replace(/\r/g, '');
  const lines = text.split('\n').slice(1).map((l) => (l.startsWith(PROMPT) ? l.slice(PROMPT.length) : l));
  if (lines.at(-1) === '') lines.pop();
  return withoutNotices(lines);
}

/** Lines without bash's job notices ("[1]+  Done ..."), whose moment depends on timing. */
const withoutNotices = (lines) => lines.filter((l) => !/^\[\d+\][-+]? +Done/.test(l));

/** The sequence diagram's arrows as drawn: direction from the line's ends, label, detail, time. */
function arrows(ctx) {
  return ctx.page.$$eval('.inspector .seq-svg g.arrow', (gs) => gs.map((g) => {
    const line = g.querySelector('line');
    return {
      kind: g.dataset.kind,
      dir: Number(line.getAttribute('x1')) < Number(line.getAttribute('x2')) ? 'C>S' : 'S>C',
      label: g.querySelector('.label').textContent,
      detail: g.querySelector('.detail').textContent,
      ms: Number(g.querySelector('text').textContent.replace(/[+ ms]/g, '')),
    };
  }));
}

/** The text of a label's quoted preview ("hello\\n" -> hello + newline); a cut preview is an error. */
function unpreview(q) {
  assert.ok(!q.endsWith('...'), `preview cut: ${q}`);
  return JSON.parse(q.replace(/\\x([0-9a-f]{2})/g, '\\u00$1'));
}

/**
 * The arrows as the recorded file writes them: the handshake, then for each direction
 * the bytes its DATA arrows carried and where its FIN came, with sequence numbers.
 */
function summary(drawn) {
  const lines = drawn.slice(0, 3).map((a) => `${a.dir} ${a.kind}${a.kind === 'ACK' ? '' : ` ${/^seq \S+/.exec(a.detail)[0]}`}`);
  for (const dir of ['C>S', 'S>C']) {
    let bytes = '';
    let first = null;
    let end = null;
    let fin = null;
    for (const a of drawn.filter((x) => x.dir === dir)) {
      const [from, to] = /^seq (\d+)(?::(\d+))?/.exec(a.detail).slice(1).map(Number);
      if (a.kind === 'DATA') {
        const m = /^DATA \d+ (".*")( \+FIN)?$/.exec(a.label);
        bytes += unpreview(m[1]);
        first ??= from;
        end = to;
        if (m[2]) fin = to;
      }
      if (a.kind === 'FIN') fin = from;
    }
    lines.push(`${dir} data ${JSON.stringify(bytes)} seq ${first}:${end}`, `${dir} FIN seq ${fin}`);
  }
  return lines;
}

/** Rows of the process table, as arrays of cell texts. */
const procRows = (ctx) => ctx.page.$$eval('.inspector table.procs tbody tr', (trs) =>
  trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));

async function procRow(ctx, pid) {
  return (await procRows(ctx)).find((r) => r[0] === String(pid)) ?? null;
}

async function waitFor(ctx, fn, arg, what) {
  await ctx.page.waitForFunction(fn, arg, { timeout: 15_000 }).catch(() => {
    throw new Error(`timed out waiting for ${what}`);
  });
}

/** Wait until the panel shows process `pid` with `stat` and last signal `sig`. */
function waitProc(ctx, pid, stat, sig) {
  return waitFor(ctx, ([p, st, sg]) => {
    const tr = document.querySelector(`.inspector table.procs tr[data-pid="${p}"]`);
    const cells = tr ? [...tr.querySelectorAll('td')].map((td) => td.textContent) : [];
    return cells[5] === st && cells[6] === sg;
  }, [pid, stat, sig], `pid ${pid} in state ${stat} with last signal '${sig}'`);
}

async function download(ctx, selector, name) {
  const [d] = await Promise.all([ctx.page.waitForEvent('download'), ctx.page.click(selector)]);
  assert.equal(d.suggestedFilename(), name);
  const file = path.join(ctx.resultsDir, `export-${name}`);
  await d.saveAs(file);
  return readFileSync(file);
}

export const inspectorTests = [
  {
    name: 'inspector: the chapter\'s Perl echo pair is drawn as a sequence diagram',
    query: '?scenario=tcp-echo',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      const { steps } = await scenario(ctx);
      assert.match((await step(ctx, steps[0].command)).join('\n'), /^\[1\] \d+\nListening on 9900$/);
      assert.deepEqual(await step(ctx, steps[1].command), withoutNotices(steps[1].output.split('\n')));
      await show(ctx, steps[1].inspect);
      await waitFor(ctx, () => {
        const gs = [...document.querySelectorAll('.inspector .seq-svg g.arrow')];
        const leftward = (g) => Number(g.querySelector('line').getAttribute('x1')) > Number(g.querySelector('line').getAttribute('x2'));
        return gs.at(-1)?.dataset.kind === 'ACK' && gs.at(-2)?.dataset.kind === 'FIN' && leftward(gs.at(-2));
      }, null, "the server's FIN and its ACK");
      const drawn = await arrows(ctx);
      // The handshake, then what each side sent and where its FIN came, as on Linux. How the
      // bytes are cut into segments and where pure ACKs fall depend on timing, there as here.
      assert.deepEqual(summary(drawn), SEGMENTS, `drawn:\n${drawn.map((a) => `${a.dir} ${a.label} (${a.detail})`).join('\n')}`);
      const times = drawn.map((a) => a.ms);
      assert.deepEqual(times, [...times].sort((a, b) => a - b), 'arrows in virtual-time order');
      const heads = await ctx.page.$$eval('.inspector .seq-svg g.lifeline', (gs) => gs.map((g) => g.textContent));
      assert.equal(heads.length, 2);
      assert.match(heads[0], /^client127\.0\.0\.1:\d+$/);
      assert.equal(heads[1], 'server127.0.0.1:9900');
      await shot(ctx, 'sequence.png');

      // the slider scrubs back to the handshake
      await ctx.page.$eval('.inspector input.seq-time', (s) => {
        s.value = '3';
        s.dispatchEvent(new Event('input'));
      });
      assert.deepEqual((await arrows(ctx)).map((a) => a.kind), ['SYN', 'SYN-ACK', 'ACK']);
      assert.match(await ctx.page.textContent('.inspector .seq-clock'), new RegExp(`^3/${drawn.length} segments · \\+\\d+\\.\\d{3} ms$`));
      await shot(ctx, 'sequence-handshake.png');
      const mermaid = await ctx.page.evaluate(() => window.__inspector.mermaid());
      assert.deepEqual(mermaid.split('\n').slice(3).map((l) => l.replace(/ \(.*/, '')), [
        '    C1->>S1: SYN', '    S1->>C1: SYN-ACK', '    C1->>S1: ACK', '',
      ]);

      // exports of the whole diagram: SVG, PNG and Mermaid
      await ctx.page.$eval('.inspector input.seq-time', (s) => {
        s.value = s.max;
        s.dispatchEvent(new Event('input'));
      });
      const svg = (await download(ctx, '.inspector button.export-svg', 'sequence.svg')).toString('utf8');
      assert.equal(svg.match(/<g class="arrow"/g).length, drawn.length);
      const xml = (t) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      for (const a of drawn) assert.ok(svg.includes(`>${xml(a.label)}</text>`) && svg.includes(`>${xml(a.detail)}</text>`), a.label);
      const png = await download(ctx, '.inspector button.export-png', 'sequence.png');
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      assert.ok(png.readUInt32BE(16) > 400 && png.readUInt32BE(20) > 400, 'PNG size');
      const mmd = (await download(ctx, '.inspector button.export-mermaid', 'sequence.mmd')).toString('utf8');
      assert.deepEqual(mmd.split('\n').filter((l) => l.includes('->>')),
        drawn.map((a) => `    ${a.dir === 'C>S' ? 'C1->>S1' : 'S1->>C1'}: ${a.label} (${a.detail})`));
    },
  },
  {
    name: 'inspector: the Perl daemon is under init, in its own session, holding its lock',
    query: '?scenario=double-fork',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      const { steps } = await scenario(ctx);
      await show(ctx, 'processes');
      assert.deepEqual(await step(ctx, steps[0].command), [steps[0].output]);
      // "    1 ?        S    perl": ppid, tty, stat and comm as the recording's ps printed them
      assert.deepEqual(await step(ctx, steps[1].command), [steps[1].output]);
      const pid = Number((await step(ctx, 'echo $pid'))[0]);
      await waitFor(ctx, (p) => document.querySelector(`.inspector table.procs tr[data-pid="${p}"]`) !== null, pid, 'the daemon row');
      const [, ppid, pgid, sid, tty, stat, sig, cmd] = await procRow(ctx, pid);
      const shell = (await procRows(ctx)).find((r) => r[7].includes('bash -i'));
      assert.deepEqual([ppid, tty, stat, sig, cmd.replace(/^[ └]+/, '')], ['1', '?', 'S', '', 'perl daemon.pl /home/user/daemon.pid']);
      // "not in the shell session", "not a session leader": the pgid and sid of the vanished middle child
      assert.notEqual(sid, shell[3]);
      assert.notEqual(sid, String(pid));
      assert.equal(pgid, sid);
      const chips = await ctx.page.$$eval(`.inspector .session[data-sid="${sid}"] .chip`, (cs) => cs.map((c) => c.textContent));
      assert.deepEqual(chips, [`${pid} perl`]);
      const box = await ctx.page.textContent(`.inspector .session[data-sid="${sid}"] .box-title`);
      assert.equal(box, `session ${sid} · no tty`);
      await shot(ctx, 'processes.png');

      await show(ctx, 'files');
      await waitFor(ctx, () => document.querySelector('.inspector table.locks') !== null, null, 'the lock table');
      const locks = await ctx.page.$$eval('.inspector table.locks tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
      assert.deepEqual(locks, [['/home/user/daemon.pid', 'LOCK_EX', String(pid), String(pid)]]);
      // the descriptors readlink showed in the scenario: 0-2 on /dev/null (opened <, >, >), and
      // the PID file it opened with > and locked
      const fds = await ctx.page.$$eval(`.inspector details.fds[data-pid="${pid}"] tbody tr`, (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' ')));
      assert.deepEqual(fds, [
        '0 dev r /dev/null ', '1 dev w /dev/null ', '2 dev w /dev/null ', '3 file w /home/user/daemon.pid LOCK_EX',
      ]);
      await shot(ctx, 'files.png');

      // the signal last delivered to each process
      await show(ctx, 'processes');
      await step(ctx, 'kill -STOP $pid');
      await waitProc(ctx, pid, 'T', 'SIGSTOP');
      await shot(ctx, 'processes-stopped.png');
      await step(ctx, 'kill -CONT $pid');
      await waitProc(ctx, pid, 'S', 'SIGCONT');

      assert.deepEqual(await step(ctx, steps[5].command), [steps[5].output]);
      await show(ctx, `lifecycle pid=${pid}`);
      await waitFor(ctx, () => [...document.querySelectorAll('.inspector .life-svg g.step')].some((g) => g.textContent.includes('killed by SIGTERM')), null, 'the exit step');
      const life = await ctx.page.$$eval('.inspector .life-svg g.step', (gs) => gs.map((g) => [g.dataset.kind, g.dataset.pid, g.querySelector('text').textContent]));
      const flow = life.filter(([k]) => ['fork', 'setsid', 'exit', 'running', 'signal'].includes(k)).map(([k, , label]) => (k === 'signal' ? label : k));
      // bash forks perl; perl forks and exits; the child calls setsid, forks and exits; the daemon runs until signalled
      assert.deepEqual(flow, ['fork', 'fork', 'exit', 'setsid', 'fork', 'exit', 'running', 'SIGSTOP', 'SIGCONT', 'SIGTERM', 'exit']);
      assert.equal(life.at(-1)[1], String(pid));
      assert.deepEqual(life.filter(([k]) => k === 'flock').map(([, p, label]) => `${p} ${label}`), [`${pid} flock LOCK_EX`, `${pid} flock LOCK_UN`]);
      await shot(ctx, 'lifecycle.png');
      const chart = (await download(ctx, '.inspector .life-controls button.export-mermaid', 'lifecycle.mmd')).toString('utf8');
      assert.ok(chart.includes(`(["pid ${pid} running"])`), chart);
      assert.ok(chart.includes(`"pid ${pid} exits, killed by SIGTERM"`), chart);
      const png = await download(ctx, '.inspector .life-controls button.export-png', 'lifecycle.png');
      assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    },
  },
  {
    name: 'inspector: the socket table lists the Perl listener like ss -tanp; a closed port answers RST',
    query: '?scenario=tcp-echo',
    async run(ctx) {
      await ctx.waitPrompt(1, { timeout: 20_000 });
      const { steps } = await scenario(ctx);
      await step(ctx, steps[0].command);
      await show(ctx, 'sockets');
      await waitFor(ctx, () => document.querySelector('.inspector table.sockets')?.textContent.includes('9900'), null, 'port 9900');
      const rows = await ctx.page.$$eval('.inspector table.sockets tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' ')));
      // ss -tanp on Linux for the same server: LISTEN 0 5 0.0.0.0:9900 0.0.0.0:* users:(("perl",pid=N,fd=3))
      assert.ok(rows.some((r) => /^tcp LISTEN 0 5 0\.0\.0\.0:9900 0\.0\.0\.0:\* users:\(\("perl",pid=\d+,fd=3\)\)$/.test(r)), rows.join('\n'));
      assert.ok(rows.some((r) => r.startsWith('tcp LISTEN 0 511 0.0.0.0:80 0.0.0.0:* users:(("httpd",')), rows.join('\n'));
      await shot(ctx, 'sockets.png');

      // a connection to a closed port: tcpdump on Linux shows "[S], seq N" and "[R.], seq 0, ack N+1, win 0"
      assert.deepEqual(await step(ctx, 'perl -MIO::Socket::INET -e \'IO::Socket::INET->new(PeerAddr => "127.0.0.1", PeerPort => 9911) or print "refused: $!\\n"\''),
        ['refused: Connection refused']);
      await show(ctx, 'sequence port=9911');
      await waitFor(ctx, () => document.querySelectorAll('.inspector .seq-svg g.arrow').length === 2, null, 'two arrows');
      assert.deepEqual((await arrows(ctx)).map((a) => `${a.dir} ${a.label} (${a.detail.replace(/ win \d+$/, '')})`),
        ['C>S SYN (seq 0)', 'S>C RST (seq 0 ack 1)']);
      assert.match((await arrows(ctx))[1].detail, / win 0$/);
      await shot(ctx, 'sequence-rst.png');
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
