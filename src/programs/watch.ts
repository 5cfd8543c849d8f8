/**
 * watch (procps-ng 4.0.2): run a command through `sh -c` (or directly with
 * -x) every -n seconds and show its output, stdout and stderr together, full
 * screen on the alternate screen under the "Every Ns: CMD   host: date"
 * title. Ctrl-C (SIGINT, SIGTERM, SIGHUP) restores the screen and exits 0.
 * -g exits when the output changes; -e stops at a failing run and exits 8
 * after a key. -d, -c and -b are accepted and have no effect.
 */
import { defineProgram, type Ctx, type Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { EINTR } from '../abi/errno.ts';
import { O_RDONLY } from '../abi/fcntl.ts';
import { POLLIN } from '../abi/poll.ts';
import { WEXITSTATUS, WIFEXITED } from '../abi/wait.ts';
import { getopt } from './lib/args.ts';
import { concat } from './lib/io.ts';
import { findInPath } from './lib/exec.ts';
import { strftime } from './lib/time.ts';

const SIGHUP = 1, SIGINT = 2, SIGTERM = 15;

const USAGE = `
Usage:
 watch [options] command

Options:
  -b, --beep             beep if command has a non-zero exit
  -c, --color            interpret ANSI color and style sequences
  -d, --differences[=<permanent>]
                         highlight changes between updates
  -e, --errexit          exit if command has a non-zero exit
  -g, --chgexit          exit when output from command changes
  -q, --equexit <cycles>
                         exit when output from command does not change
  -n, --interval <secs>  seconds to wait between updates
  -p, --precise          attempt run command in precise intervals
  -t, --no-title         turn off header
  -w, --no-wrap          turn off line wrapping
  -x, --exec             pass command to exec instead of "sh -c"

 -h, --help     display this help and exit
 -v, --version  output version information and exit

For more details see watch(1).
`;

interface WatchOpts {
  intervalMs: number;
  title: boolean;
  exec: boolean;
  errExit: boolean;
  chgExit: boolean;
  wrap: boolean;
  argv: string[];
}

function* parseArgs(ctx: Ctx): Gen<WatchOpts | number> {
  const p = getopt(ctx.argv.slice(1), {
    short: 'bcd::egq:n:ptwxhv', stopAtOperand: true,
    long: {
      beep: 'b', color: 'c', differences: 'd::', errexit: 'e', chgexit: 'g', equexit: 'q:', interval: 'n:', precise: 'p',
      'no-title': 't', 'no-wrap': 'w', exec: 'x', help: 'h', version: 'v',
    },
  });
  if (p.error !== undefined) {
    yield* ctx.err(`${ctx.name}: ${p.error}\n${USAGE}`);
    return 1;
  }
  const o: WatchOpts = { intervalMs: 2000, title: true, exec: false, errExit: false, chgExit: false, wrap: true, argv: p.operands };
  for (const [k, v] of p.opts) {
    if (k === 'h') {
      yield* ctx.out(USAGE);
      return 0;
    }
    if (k === 'v') {
      yield* ctx.out('watch from procps-ng 4.0.2\n');
      return 0;
    }
    if (k === 'n') {
      const n = Number(v);
      if (!/^\s*(\d+\.?\d*|\.\d+)\s*$/.test(v ?? '') || Number.isNaN(n)) {
        yield* ctx.err(`${ctx.name}: failed to parse argument: '${v}': Invalid argument\n`);
        return 1;
      }
      o.intervalMs = Math.max(100, Math.round(n * 1000));
    } else if (k === 't') o.title = false;
    else if (k === 'x') o.exec = true;
    else if (k === 'e') o.errExit = true;
    else if (k === 'g') o.chgExit = true;
    else if (k === 'w') o.wrap = false;
  }
  if (o.argv.length === 0) {
    yield* ctx.err(USAGE);
    return 1;
  }
  return o;
}

/** Run the command once: its output (stdout and stderr), exit status, and whether a signal asked to quit. */
function* runOnce(ctx: Ctx, o: WatchOpts): Gen<{ text: string; status: number; quit: boolean }> {
  const p = ctx.sys.pipe();
  if (typeof p === 'number') return { text: '', status: 1, quit: false };
  const [r, w] = p;
  const nul = ctx.sys.open('/dev/null', O_RDONLY);
  const argv = o.exec ? o.argv : ['sh', '-c', o.argv.join(' ')];
  const found = o.exec ? findInPath(ctx, o.argv[0]!) : '/bin/sh';
  const path = typeof found === 'number' ? o.argv[0]! : found;
  const fds: Record<number, number> = { 1: w, 2: w };
  if (nul >= 0) fds[0] = nul;
  const pid = ctx.spawn(path, argv, ctx.envp(), { fds, close: [r, w, ...(nul >= 0 ? [nul] : [])] });
  ctx.sys.close(w);
  if (nul >= 0) ctx.sys.close(nul);
  let quit = false;
  const parts: Uint8Array[] = [];
  for (;;) {
    const d = yield* ctx.read(r, 65536);
    if (d === -EINTR) {
      quit = ctx.sys.sigtake() !== 0 || quit;
      continue;
    }
    if (typeof d === 'number' || d.length === 0) break;
    parts.push(d);
    yield* ctx.tick(Math.ceil(d.length / 256));
  }
  ctx.sys.close(r);
  if (pid < 0) return { text: '', status: 1, quit };
  let st = yield* ctx.wait4(pid, 0);
  while (st === -EINTR) {
    quit = ctx.sys.sigtake() !== 0 || quit;
    st = yield* ctx.wait4(pid, 0);
  }
  const status = typeof st === 'number' ? 1 : WIFEXITED(st.status) ? WEXITSTATUS(st.status) : 1;
  return { text: new TextDecoder().decode(concat(parts)), status, quit };
}

/** The screen: title line, a blank line, then the output cut to the window. */
function screen(ctx: Ctx, o: WatchOpts, text: string, rows: number, cols: number): string {
  const out: string[] = [];
  if (o.title) {
    const left = `Every ${(o.intervalMs / 1000).toFixed(1)}s: ${o.argv.join(' ')}`;
    const right = `${ctx.sys.gethostname()}: ${strftime('%a %b %e %H:%M:%S %Y', ctx.sys.clockGettime('realtime')[0])}`;
    const room = cols - right.length - 1;
    const l = left.length > room ? `${left.slice(0, Math.max(0, room - 3))}...` : left;
    out.push(l.padEnd(cols - right.length) + right, '');
  }
  for (const raw of text.replace(/\n$/, '').split('\n')) {
    const line = raw.replace(/\t/g, '        ').replace(/\r/g, '');
    if (!o.wrap || line.length <= cols) out.push(line.slice(0, cols));
    else for (let i = 0; i < line.length; i += cols) out.push(line.slice(i, i + cols));
  }
  return out.slice(0, rows).map((l) => `${l}\x1b[K`).join('\n');
}

/** Sleep, or stop early on a caught signal (true) or, when `key`, on input. */
function* pause(ctx: Ctx, ms: number, key: boolean): Gen<boolean> {
  if (!key) {
    const left = yield* ctx.sleep(ms);
    return left > 0 && ctx.sys.sigtake() !== 0;
  }
  const n = yield* ctx.poll([{ fd: 0, events: POLLIN, revents: 0 }], ms);
  if (n === -EINTR) return ctx.sys.sigtake() !== 0;
  if (n > 0) yield* ctx.read(0, 64);
  return n > 0;
}

const watch = defineProgram('watch', function* (ctx) {
  const o = yield* parseArgs(ctx);
  if (typeof o === 'number') return o;
  for (const s of [SIGINT, SIGTERM, SIGHUP]) ctx.sys.sigaction(s, 'catch');
  const ws = ctx.sys.tiocgwinsz(1);
  const rows = typeof ws === 'number' ? 24 : ws.rows;
  const cols = typeof ws === 'number' ? 80 : ws.cols;
  yield* ctx.write(1, '\x1b[?1049h\x1b[H\x1b[2J');
  let last: string | null = null;
  let status = 0;
  for (;;) {
    const r = yield* runOnce(ctx, o);
    yield* ctx.write(1, `\x1b[H${screen(ctx, o, r.text, rows, cols)}\x1b[J`);
    if (r.quit) break;
    if (o.chgExit && last !== null && last !== r.text) break;
    last = r.text;
    if (o.errExit && r.status !== 0) {
      yield* ctx.write(1, `\x1b[${rows};1Hcommand exit with a non-zero status, press a key to exit`);
      while (!(yield* pause(ctx, 60_000, true)));
      status = 8;
      break;
    }
    if (yield* pause(ctx, o.intervalMs, false)) break;
  }
  yield* ctx.write(1, `\x1b[${rows};1H\x1b[?1049l`);
  return status;
});

export function watchPrograms(): Record<string, Program> {
  return { '/usr/bin/watch': watch };
}
