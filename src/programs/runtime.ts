/**
 * Runtime for programs written in TypeScript (coreutils, nc, ...): a program
 * is a generator function; a blocking call is `yield*`-ed so that when the
 * kernel parks the process the generator simply pauses at that call and
 * re-issues it when resumed (the ERESTARTSYS convention of abi/sys.ts).
 *
 * These programs never fork themselves: to run another program they `spawn`,
 * which forks a stub image whose only job is to arrange fds and execve. Their
 * images therefore never need copying.
 */
import { EINTR, ERESTARTSYS, strerror } from '../abi/errno.ts';
import type { Program, Sys, WaitResult, PollFd } from '../abi/sys.ts';
import { O_CLOEXEC } from '../abi/fcntl.ts';
import { shellBytes, shellString } from './lib/bytes.ts';

export type Gen<T> = Generator<void, T, void>;

/** UTF-8 bytes of a string; a byte that came in as an escape (lib/bytes.ts) goes out as itself. */
export const utf8 = (s: string): Uint8Array => shellBytes(s);
/** Text of UTF-8 bytes; a byte that is not part of valid UTF-8 is kept as an escape. */
export const fromUtf8 = (b: Uint8Array): string => shellString(b);

export interface SpawnOptions {
  /** Child fd -> parent fd to dup2 before exec (others inherited as they are). */
  fds?: Record<number, number>;
  /** Parent fds to close in the child. */
  close?: number[];
  /** New process group for the child (0 = its own pid). */
  pgid?: number;
  cwd?: string;
}

/** The image of the stub a `spawn` forks: it only sets up fds and execs. */
interface SpawnImage {
  kind: 'spawn';
  path: string;
  argv: string[];
  envp: string[];
  opts: SpawnOptions;
}

interface GenImage {
  kind: 'gen';
  argv: string[];
  envp: string[];
  gen: Gen<number> | null;
  steps: number;
  budget: number;
}

export class Ctx {
  readonly env: Map<string, string>;
  /** Bytes waiting to be written to fd 1 (flushed at exit or when large). */
  private outBuf: Uint8Array[] = [];
  private outLen = 0;

  constructor(
    readonly sys: Sys,
    readonly argv: string[],
    envp: string[],
    private readonly image: GenImage,
  ) {
    this.env = new Map();
    for (const kv of envp) {
      const i = kv.indexOf('=');
      if (i > 0) this.env.set(kv.slice(0, i), kv.slice(i + 1));
    }
  }

  get name(): string {
    const a0 = this.argv[0] ?? '';
    return a0.slice(a0.lastIndexOf('/') + 1);
  }

  /** argv[0] as given: the program name GNU tools print in diagnostics. */
  get prog(): string {
    return this.argv[0] ?? this.name;
  }

  /** GNU quote(): ‘s’ in a UTF-8 locale, 's' otherwise (file names use plain quotes). */
  q(s: string): string {
    const loc = this.env.get('LC_ALL') || this.env.get('LC_CTYPE') || this.env.get('LANG') || '';
    return /utf-?8/i.test(loc) ? `\u2018${s}\u2019` : `'${s}'`;
  }

  envp(): string[] {
    return [...this.env].map(([k, v]) => `${k}=${v}`);
  }

  /** Charge CPU steps; pauses (preemption) when the slice's budget is spent. */
  *tick(steps = 1): Gen<void> {
    this.image.steps += steps;
    if (this.image.steps >= this.image.budget) yield;
  }

  /** Issue a call that may block, re-issuing it after each park. */
  *call<T>(f: () => T): Gen<T> {
    for (;;) {
      const r = f();
      if (r === -ERESTARTSYS) {
        yield;
        continue;
      }
      this.image.steps += 1;
      return r;
    }
  }

  read(fd: number, n: number): Gen<Uint8Array | number> {
    return this.call(() => this.sys.read(fd, n));
  }

  /** Write all of `data` (string as UTF-8); returns bytes written or -errno. */
  *write(fd: number, data: Uint8Array | string): Gen<number> {
    const bytes = typeof data === 'string' ? utf8(data) : data;
    if (fd === 1) yield* this.flush();
    return yield* this.call(() => this.sys.write(fd, bytes));
  }

  /** Whether fd 1 is a terminal (decides stdio's line buffering); computed once. */
  private stdoutTty: boolean | null = null;

  /**
   * Buffered write to stdout, as stdio does it: line-buffered on a terminal,
   * fully buffered otherwise; flushed by `flush`, when large, and at exit.
   */
  *out(data: Uint8Array | string): Gen<number> {
    const bytes = typeof data === 'string' ? utf8(data) : data;
    this.outBuf.push(bytes);
    this.outLen += bytes.length;
    if (this.outLen >= 8192) return yield* this.flush();
    if (this.stdoutTty === null) this.stdoutTty = typeof this.sys.tiocgwinsz(1) !== 'number';
    if (this.stdoutTty) {
      const nl = bytes.lastIndexOf(10);
      if (nl >= 0) {
        const rest = bytes.subarray(nl + 1);
        this.outBuf[this.outBuf.length - 1] = bytes.subarray(0, nl + 1);
        this.outLen -= rest.length;
        const r = yield* this.flush();
        if (rest.length > 0) { this.outBuf.push(rest); this.outLen = rest.length; }
        return r;
      }
    }
    return 0;
  }

  *flush(): Gen<number> {
    if (this.outLen === 0) return 0;
    const all = new Uint8Array(this.outLen);
    let off = 0;
    for (const b of this.outBuf) {
      all.set(b, off);
      off += b.length;
    }
    this.outBuf = [];
    this.outLen = 0;
    return yield* this.call(() => this.sys.write(1, all));
  }

  /** Print to stderr unbuffered; stdout keeps what stdio would still hold (see `out`). */
  *err(msg: string | Uint8Array): Gen<void> {
    yield* this.call(() => this.sys.write(2, typeof msg === 'string' ? utf8(msg) : msg));
  }

  /** "prog: what: strerror" on stderr, the GNU way. */
  *perror(what: string, errno: number): Gen<void> {
    yield* this.err(`${this.prog}: ${what}: ${strerror(errno)}\n`);
  }

  /** Read a whole fd to its end. */
  *readAll(fd: number): Gen<Uint8Array | number> {
    const parts: Uint8Array[] = [];
    let len = 0;
    for (;;) {
      const r = yield* this.read(fd, 65536);
      if (typeof r === 'number') return r;
      if (r.length === 0) break;
      parts.push(r);
      len += r.length;
      yield* this.tick(Math.ceil(r.length / 256));
    }
    const all = new Uint8Array(len);
    let off = 0;
    for (const p of parts) {
      all.set(p, off);
      off += p.length;
    }
    return all;
  }

  wait4(pid: number, options: number): Gen<WaitResult | number> {
    return this.call(() => this.sys.wait4(pid, options));
  }

  *sleep(ms: number): Gen<number> {
    const r = yield* this.call(() => this.sys.nanosleep(ms));
    return r === -EINTR ? this.sys.sleepRemainingMs() : 0;
  }

  poll(fds: PollFd[], timeoutMs: number): Gen<number> {
    return this.call(() => this.sys.poll(fds, timeoutMs));
  }

  flock(fd: number, op: number): Gen<number> {
    return this.call(() => this.sys.flock(fd, op));
  }

  /** Fork a child that sets up fds and execs `path`. Returns its pid or -errno. */
  spawn(path: string, argv: string[], envp: string[], opts: SpawnOptions = {}): number {
    const child: SpawnImage = { kind: 'spawn', path, argv, envp, opts };
    return this.sys.fork(child);
  }
}

function runSpawn(img: SpawnImage, sys: Sys): number {
  const { opts } = img;
  if (opts.pgid !== undefined) sys.setpgid(0, opts.pgid);
  for (const [to, from] of Object.entries(opts.fds ?? {})) {
    if (Number(to) !== from) sys.dup2(from, Number(to));
  }
  for (const fd of opts.close ?? []) sys.close(fd);
  if (opts.cwd !== undefined) sys.chdir(opts.cwd);
  const r = sys.execve(img.path, img.argv, img.envp);
  if (r !== -ERESTARTSYS) {
    const name = img.argv[0] ?? img.path;
    const msg = `${name}: ${strerror(r)}\n`;
    sys.write(2, utf8(msg));
    sys.exit(r === -2 ? 127 : 126);
  }
  return 1;
}

export type Main = (ctx: Ctx) => Gen<number>;

/** Wrap a generator `main` as a Program. Its return value is the exit status. */
export function defineProgram(name: string, main: Main): Program {
  return {
    name,
    load(argv, envp): GenImage {
      return { kind: 'gen', argv: [...argv], envp: [...envp], gen: null, steps: 0, budget: 0 };
    },
    run(image, sys, budget): number {
      const img = image as GenImage | SpawnImage;
      if (img.kind === 'spawn') return runSpawn(img, sys);
      img.steps = 0;
      img.budget = budget;
      if (img.gen === null) {
        const ctx = new Ctx(sys, img.argv, img.envp, img);
        img.gen = (function* (): Gen<number> {
          const status = yield* main(ctx);
          yield* ctx.flush();
          return status;
        })();
      }
      const r = img.gen.next();
      if (r.done && !sys.gone) sys.exit(r.value);
      return Math.max(1, img.steps);
    },
  };
}

export { O_CLOEXEC };
