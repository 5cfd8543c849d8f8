/**
 * flock(1), as util-linux has it: take a flock(2) lock on a file (opened and
 * created if need be) or on an inherited fd, then optionally run a command
 * while holding it.
 *   flock [options] FILE|DIR COMMAND [ARG...]
 *   flock [options] FILE|DIR -c COMMAND        (run by $SHELL -c, else /bin/sh)
 *   flock [options] FD
 * Exit codes are util-linux's sysexits: 64 usage, 65 bad fd, 66 open failed,
 * 69 command not runnable, 71 fork failed; the conflict code (1 or -E) when the
 * lock could not be had; otherwise the command's status (128+signal if killed).
 */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { parseCmd } from './lib/io.ts';
import { findInPath, statusOf } from './lib/exec.ts';
import { strerror, EAGAIN, EINTR, EISDIR, EWOULDBLOCK } from '../abi/errno.ts';
import { O_RDONLY, O_CREAT, LOCK_EX, LOCK_SH, LOCK_NB, LOCK_UN } from '../abi/fcntl.ts';
import { SIGALRM } from '../abi/signals.ts';

const EX_USAGE = 64, EX_DATAERR = 65, EX_NOINPUT = 66, EX_UNAVAILABLE = 69, EX_OSERR = 71;

interface LockPlan { fd: number; name: string; cmd: string[] }

function* usage(ctx: Ctx, msg: string): Gen<number> {
  yield* ctx.err(`${ctx.prog}: ${msg}\n`);
  return EX_USAGE;
}

/** Work out what to lock and what to run from the operands; a status on error. */
function* plan(ctx: Ctx, args: string[]): Gen<LockPlan | number> {
  if (args.length === 0) {
    yield* ctx.err(`${ctx.prog}: not enough arguments\nTry '${ctx.prog} --help' for more information.\n`);
    return EX_USAGE;
  }
  const name = args[0]!;
  if (args.length === 1) {
    if (!/^\d+$/.test(name)) return yield* usage(ctx, `bad file descriptor: '${name}'`);
    return { fd: Number(name), name, cmd: [] };
  }
  let cmd = args.slice(1);
  if (cmd[0] === '-c' || cmd[0] === '--command') {
    if (cmd.length !== 2) return yield* usage(ctx, `${cmd[0]} requires exactly one command argument`);
    const sh = ctx.env.get('SHELL');
    cmd = [sh !== undefined && sh !== '' ? sh : '/bin/sh', '-c', cmd[1]!];
  }
  // A FIFO opens only once a writer does, as on Linux.
  let fd = yield* ctx.call(() => ctx.sys.open(name, O_RDONLY | O_CREAT, 0o666));
  if (fd === -EISDIR) fd = yield* ctx.call(() => ctx.sys.open(name, O_RDONLY));
  if (fd < 0) {
    yield* ctx.err(`${ctx.prog}: cannot open lock file ${name}: ${strerror(fd)}\n`);
    return EX_NOINPUT;
  }
  return { fd, name, cmd };
}

/** Take the lock, waiting at most `waitMs` (Infinity: forever). 0, 'conflict', or -errno. */
function* takeLock(ctx: Ctx, fd: number, op: number, waitMs: number): Gen<number | 'conflict'> {
  if (waitMs === 0) op |= LOCK_NB;
  const timed = waitMs !== Infinity && waitMs > 0;
  if (timed) { ctx.sys.sigaction(SIGALRM, 'catch'); ctx.sys.setitimer(waitMs, 0); }
  try {
    for (;;) {
      const r = yield* ctx.flock(fd, op);
      if (r === 0) return 0;
      if (r === -EWOULDBLOCK || r === -EAGAIN) return 'conflict';
      if (r !== -EINTR) return r;
      if (timed && ctx.sys.sigtake() === SIGALRM) return 'conflict';
    }
  } finally {
    if (timed) ctx.sys.setitimer(0, 0);
  }
}

/** Parse -w SECONDS (fractions allowed). */
function parseWait(s: string): number {
  return /^(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) * 1000 : NaN;
}

const flock = defineProgram('flock', function* (ctx) {
  const c = yield* parseCmd(ctx, {
    short: 'sexnuw:oE:Fv',
    long: { shared: 's', exclusive: 'x', nonblock: 'n', nb: 'n', unlock: 'u', timeout: 'w:', wait: 'w:', close: 'o', 'conflict-exit-code': 'E:', 'no-fork': 'F', verbose: 'v' },
    stopAtOperand: true,
  }, EX_USAGE);
  if (typeof c === 'number') return c;
  const last = c.o.last('s', 'x', 'e', 'u');
  let op = last === 's' ? LOCK_SH : last === 'u' ? LOCK_UN : LOCK_EX;
  if (c.o.has('n')) op |= LOCK_NB;
  const e = c.o.get('E');
  if (e !== undefined && !/^\d+$/.test(e)) return yield* usage(ctx, `invalid exit code: '${e}'`);
  const conflict = e === undefined ? 1 : Number(e) & 255;
  const w = c.o.get('w');
  const waitMs = w === undefined ? Infinity : parseWait(w);
  if (Number.isNaN(waitMs)) return yield* usage(ctx, `invalid timeout value: '${w}'`);
  const p = yield* plan(ctx, c.args);
  if (typeof p === 'number') return p;
  const r = yield* takeLock(ctx, p.fd, op, c.o.has('n') ? 0 : waitMs);
  if (r === 'conflict') {
    if (c.o.has('v')) yield* ctx.err(`${ctx.prog}: failed to get lock\n`);
    return conflict;
  }
  if (r < 0) {
    yield* ctx.err(`${ctx.prog}: ${p.name}: ${strerror(r)}\n`);
    return EX_DATAERR;
  }
  if (p.cmd.length === 0) return 0;
  return yield* runLocked(ctx, p, c.o.has('o'), c.o.has('F'));
});

/** Run the command while the lock is held; its status, or a sysexits code. */
function* runLocked(ctx: Ctx, p: LockPlan, closeFd: boolean, noFork: boolean): Gen<number> {
  yield* ctx.flush();
  const path = findInPath(ctx, p.cmd[0]!);
  if (typeof path === 'number') {
    yield* ctx.err(`${ctx.prog}: failed to execute ${p.cmd[0]}: ${strerror(path)}\n`);
    return EX_UNAVAILABLE;
  }
  if (noFork) {
    if (closeFd) ctx.sys.close(p.fd);
    const r = ctx.sys.execve(path, p.cmd, ctx.envp());
    if (ctx.sys.gone) return 0;
    yield* ctx.err(`${ctx.prog}: failed to execute ${p.cmd[0]}: ${strerror(r)}\n`);
    return EX_UNAVAILABLE;
  }
  const pid = ctx.spawn(path, p.cmd, ctx.envp(), closeFd ? { close: [p.fd] } : {});
  if (pid < 0) {
    yield* ctx.err(`${ctx.prog}: fork failed: ${strerror(pid)}\n`);
    return EX_OSERR;
  }
  for (;;) {
    const r = yield* ctx.wait4(pid, 0);
    if (typeof r !== 'number') return statusOf(r.status);
    if (r !== -EINTR) return EX_OSERR;
  }
}

/** Install path of flock. */
export function flockPrograms(): Record<string, Program> {
  return { '/usr/bin/flock': flock };
}
