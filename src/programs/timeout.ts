/**
 * timeout(1), as GNU coreutils has it: run a command and signal it when a
 * duration passes. Unless --foreground, timeout first makes its own process
 * group and on expiry signals the whole group, itself included (ignoring the
 * signal first so it does not loop); with -s KILL it dies with its child, so
 * the shell sees 128+9. Statuses: 124 on expiry, 125 its own failure,
 * 126/127 command not runnable, else the command's status; a command killed
 * by a signal (without expiry) has timeout die by the same signal.
 */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { parseCmd } from './lib/io.ts';
import { findInPath } from './lib/exec.ts';
import { parseDuration } from './basic.ts';
import { strerror, EACCES, EINTR, ENOENT } from '../abi/errno.ts';
import { X_OK } from '../abi/fcntl.ts';
import { S_ISDIR } from '../abi/stat.ts';
import { SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGKILL, SIGQUIT, SIGTERM, SIGTTIN, SIGTTOU, canCatch, signalByName, signalName } from '../abi/signals.ts';
import { WEXITSTATUS, WIFSIGNALED, WTERMSIG } from '../abi/wait.ts';

/** sigprocmask `how` (abi/sys.ts). */
const SIG_SETMASK = 2;

const EXIT_TIMEDOUT = 124, EXIT_CANCELED = 125;

interface Watch {
  pid: number;
  cmd: string;
  sig: number;
  killAfterMs: number;
  foreground: boolean;
  verbose: boolean;
  timedOut: boolean;
}

function* tryHelp(ctx: Ctx, msg?: string): Gen<number> {
  yield* ctx.err(`${msg !== undefined ? `${ctx.prog}: ${msg}\n` : ''}Try '${ctx.prog} --help' for more information.\n`);
  return EXIT_CANCELED;
}

/** Send `sig` to the command (and to the group, as GNU's cleanup() does). */
function* cleanup(ctx: Ctx, w: Watch, sig: number): Gen<void> {
  if (w.verbose) yield* ctx.err(`${ctx.prog}: sending signal ${signalName(sig) ?? sig} to command ${ctx.q(w.cmd)}\n`);
  if (w.killAfterMs > 0) {
    w.sig = SIGKILL;
    ctx.sys.setitimer(w.killAfterMs, 0);
    w.killAfterMs = 0;
  }
  ctx.sys.kill(w.pid, sig);
  if (w.foreground) return;
  if (canCatch(sig)) ctx.sys.sigaction(sig, 'ignore');
  ctx.sys.kill(0, sig);
  if (sig !== SIGKILL && sig !== SIGCONT) {
    ctx.sys.kill(w.pid, SIGCONT);
    ctx.sys.kill(0, SIGCONT);
  }
}

/** Wait for the command, handling the alarm and forwarded signals. Its wait status. */
function* watch(ctx: Ctx, w: Watch): Gen<number> {
  for (;;) {
    const r = yield* ctx.wait4(w.pid, 0);
    if (typeof r !== 'number') return r.status;
    if (r !== -EINTR) return 0;
    for (let s = ctx.sys.sigtake(); s !== 0; s = ctx.sys.sigtake()) {
      if (s === SIGALRM) { w.timedOut = true; yield* cleanup(ctx, w, w.sig); }
      else yield* cleanup(ctx, w, s);
    }
  }
}

const timeout = defineProgram('timeout', function* (ctx) {
  const c = yield* parseCmd(ctx, {
    short: 's:k:v',
    long: { signal: 's:', 'kill-after': 'k:', 'preserve-status': 'ps', foreground: 'fg', verbose: 'v' },
    stopAtOperand: true,
  }, EXIT_CANCELED);
  if (typeof c === 'number') return c;
  if (c.args.length < 2) return yield* tryHelp(ctx);
  const sigSpec = c.o.get('s') ?? 'TERM';
  const sig = signalByName(sigSpec);
  if (sig === undefined || sig === 0) return yield* tryHelp(ctx, `${ctx.q(sigSpec)}: invalid signal`);
  const k = c.o.get('k');
  const killAfterMs = k === undefined ? 0 : parseDuration(k);
  const ms = parseDuration(c.args[0]!);
  for (const [v, d] of [[k, killAfterMs], [c.args[0]!, ms]] as const) {
    if (Number.isNaN(d)) return yield* tryHelp(ctx, `invalid time interval ${ctx.q(v!)}`);
  }
  const argv = c.args.slice(1);
  const foreground = c.o.has('fg');
  if (!foreground) ctx.sys.setpgid(0, 0);
  for (const s of [SIGALRM, SIGINT, SIGQUIT, SIGHUP, SIGTERM, sig]) if (canCatch(s)) ctx.sys.sigaction(s, 'catch');
  ctx.sys.sigaction(SIGTTIN, 'ignore');
  ctx.sys.sigaction(SIGTTOU, 'ignore');
  const path = runnable(ctx, findInPath(ctx, argv[0]!));
  if (typeof path === 'number') {
    yield* ctx.err(`${ctx.prog}: failed to run command ${ctx.q(argv[0]!)}: ${strerror(path)}\n`);
    return path === -ENOENT ? 127 : 126;
  }
  yield* ctx.flush();
  const pid = ctx.spawn(path, argv, ctx.envp());
  if (pid < 0) { yield* ctx.err(`${ctx.prog}: fork system call failed: ${strerror(pid)}\n`); return EXIT_CANCELED; }
  const w: Watch = { pid, cmd: argv[0]!, sig, killAfterMs, foreground, verbose: c.o.has('v'), timedOut: false };
  if (ms > 0) ctx.sys.setitimer(Math.max(1, Math.ceil(ms)), 0);
  const ws = yield* watch(ctx, w);
  ctx.sys.setitimer(0, 0);
  let preserve = c.o.has('ps');
  if (WIFSIGNALED(ws)) {
    const died = WTERMSIG(ws);
    if (!w.timedOut) dieBy(ctx, died);
    if (w.timedOut && died === SIGKILL) preserve = true;
    if (!w.timedOut || preserve) return 128 + died;
  } else if (!w.timedOut || preserve) return WEXITSTATUS(ws);
  return EXIT_TIMEDOUT;
});

/** A resolved command path, or -EACCES when it is a directory or not executable (as execvp would fail). */
function runnable(ctx: Ctx, path: string | number): string | number {
  if (typeof path === 'number') return path;
  const st = ctx.sys.stat(path);
  if (typeof st === 'number') return st;
  return S_ISDIR(st.mode) || ctx.sys.access(path, X_OK) !== 0 ? -EACCES : path;
}

/** Die by the signal the command died by, as GNU timeout re-raises it. */
function dieBy(ctx: Ctx, sig: number): void {
  ctx.sys.sigaction(sig, 'default');
  ctx.sys.sigprocmask(SIG_SETMASK, 0);
  ctx.sys.kill(ctx.sys.getpid(), sig);
}

/** Install path of timeout. */
export function timeoutPrograms(): Record<string, Program> {
  return { '/usr/bin/timeout': timeout };
}
