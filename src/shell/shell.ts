/**
 * The shell's process-side runtime: one per process, built around the plain
 * data image (state + what to start). Blocking calls are yielded the
 * runtime.ts way; fork builds child images from copied state and an AST node.
 */
import { EINTR, ERESTARTSYS, strerror } from '../abi/errno.ts';
import { SIGCHLD } from '../abi/signals.ts';
import { O_CLOEXEC, O_DIRECTORY, O_RDONLY, F_DUPFD_CLOEXEC } from '../abi/fcntl.ts';
import { S_ISDIR } from '../abi/stat.ts';
import type { Sys, WaitResult } from '../abi/sys.ts';
import type { Gen } from '../programs/runtime.ts';
import { shellBytes, shellString } from '../programs/lib/bytes.ts';
import { ArithError, evalArith } from './arith.ts';
import { ExpandError, expandString, type ExpandHost } from './expand.ts';
import type { Command, List, Redir, Word } from './parse/ast.ts';
import { cloneState, type ShellState } from './state.ts';
import { expandPrompt } from './prompt.ts';
import { openInput } from './redir.ts';
import { getScalar, lookup, setElement, setScalar, VarError } from './vars.ts';

/** What a process image starts doing. */
export type Start =
  | { k: 'main'; argv: string[]; envp: string[] }
  | { k: 'node'; cmd: Command; fdOps: FdOp[]; pgid?: number; fg?: boolean; asyncIgnore?: boolean }
  | { k: 'exec'; path: string | null; argv: string[]; env: string[]; redirs: Redir[]; fdOps: FdOp[]; pgid?: number; fg?: boolean };

export type FdOp = { op: 'dup2'; from: number; to: number } | { op: 'close'; fd: number };

export interface ShellImage {
  kind: 'shell';
  st: ShellState;
  start: Start;
  steps: number;
  budget: number;
  /** Runtime objects (never copied: children get fresh images). */
  rt?: unknown;
}

/** Non-local control flow inside the interpreter. */
export class Flow {
  constructor(
    readonly kind: 'break' | 'continue' | 'return' | 'exit',
    readonly n: number,
  ) {}
}

/**
 * Thrown when ^C reaches an interactive shell running a command itself (a
 * loop) or kills its foreground job: back to the prompt (`newline` false when
 * the job's end already moved to a new line).
 */
export class Interrupt {
  constructor(readonly newline = true) {}
}

/** Thrown when a non-interactive shell must stop (fatal expansion error, set -e). */
export class Fatal {
  constructor(readonly status: number) {}
}

/**
 * An assignment error in a non-interactive shell: bash abandons the
 * top-level command it is in and reads the next one (elsewhere, as Fatal).
 */
export class Discard extends Fatal {}

export class Shell implements ExpandHost {
  /** Bytes left over after a read that went past a line (read builtin on unseekable input). */
  constructor(
    readonly img: ShellImage,
    readonly sys: Sys,
  ) {}

  get st(): ShellState {
    return this.img.st;
  }

  // ---- system calls

  *tick(steps = 1): Gen<void> {
    this.img.steps += steps;
    if (this.img.steps >= this.img.budget) yield;
  }

  /** Issue a call that may block, re-issuing after each park. */
  *call<T>(f: () => T): Gen<T> {
    for (;;) {
      const r = f();
      if (r === -ERESTARTSYS) {
        yield;
        continue;
      }
      this.img.steps += 1;
      return r;
    }
  }

  *write(fd: number, s: string | Uint8Array): Gen<number> {
    let bytes = typeof s === 'string' ? shellBytes(s) : s;
    while (bytes.length) {
      const n = yield* this.call(() => this.sys.write(fd, bytes));
      if (n === -EINTR) continue;
      if (n < 0) return n;
      bytes = bytes.subarray(n);
    }
    return 0;
  }

  *out(s: string): Gen<number> {
    return yield* this.write(1, s);
  }

  /** Program name as bash prints it before messages. */
  get progName(): string {
    return this.st.interactiveShell ? 'bash' : this.st.source === '-c' ? this.st.argv0 : this.st.source || 'bash';
  }

  /** "bash: line N: msg" (non-interactive) or "bash: msg". */
  *error(msg: string): Gen<void> {
    // Inside a function, bash names the place the function came from ("environment" for -c).
    const calls = this.st.calls;
    const where = calls.length ? calls[calls.length - 1]!.source : this.progName;
    const pre = this.st.interactiveShell ? `${this.progName}: ` : `${where}: line ${this.st.lineno}: `;
    yield* this.write(2, pre + msg + '\n');
  }

  *readAll(fd: number): Gen<string> {
    const parts: Uint8Array[] = [];
    for (;;) {
      const r = yield* this.call(() => this.sys.read(fd, 65536));
      if (r === -EINTR) {
        yield* this.trapsWhileWaiting(0);
        continue;
      }
      if (typeof r === 'number' || r.length === 0) break;
      parts.push(r);
      yield* this.tick(Math.ceil(r.length / 256));
    }
    let len = 0;
    for (const p of parts) len += p.length;
    const all = new Uint8Array(len);
    let off = 0;
    for (const p of parts) {
      all.set(p, off);
      off += p.length;
    }
    return shellString(all);
  }

  /** Read a whole file by path; -errno on failure. */
  *readFile(path: string): Gen<string | number> {
    const fd = yield* this.call(() => this.sys.open(path, O_RDONLY | O_CLOEXEC));
    if (fd < 0) return fd;
    const st = this.sys.fstat(fd);
    if (typeof st !== 'number' && S_ISDIR(st.mode)) {
      this.sys.close(fd);
      return -21;
    }
    const s = yield* this.readAll(fd);
    this.sys.close(fd);
    return s;
  }

  *waitpid(pid: number, options: number): Gen<WaitResult | number> {
    for (;;) {
      this.syncChildSignal();
      const r = yield* this.call(() => this.sys.wait4(pid, options));
      if (r === -EINTR) {
        yield* this.trapsWhileWaiting(pid);
        continue;
      }
      return r;
    }
  }

  /**
   * Run pending traps while the shell itself waits (not in a builtin): with
   * `set -b` a job that ends meanwhile is reported at once (bash(1), notify);
   * `target` (a pid, -pgid, or 0) is the wait's own, left to its waiter.
   */
  *trapsWhileWaiting(target: number): Gen<void> {
    this.waitTarget = target;
    try {
      yield* this.runTraps();
    } finally {
      this.waitTarget = null;
    }
  }

  /** Catch SIGCHLD while `set -b` asks for notices as jobs end (unless a trap owns it). */
  syncChildSignal(): void {
    if (this.st.traps.has(SIGCHLD)) return;
    const want = this.st.interactive && this.st.opts.notify && this.st.opts.monitor;
    const disp = this.sys.sigdisposition(SIGCHLD);
    if (want && disp !== 'catch') this.sys.sigaction(SIGCHLD, 'catch');
    else if (!want && disp === 'catch') this.sys.sigaction(SIGCHLD, 'default');
  }

  /**
   * wait4 for the `wait` builtin: a trapped signal ends the wait (bash(1),
   * SIGNALS). Returns the wait result, -errno, or { trapped: signal } once
   * that signal's trap has run.
   */
  *waitpidTrapped(pid: number, options: number): Gen<WaitResult | number | { trapped: number }> {
    for (;;) {
      const r = yield* this.call(() => this.sys.wait4(pid, options));
      if (r !== -EINTR) return r;
      const sig = yield* this.runTraps();
      if (sig > 0) return { trapped: sig };
    }
  }

  /** Hook for pending trapped signals (set by the interpreter); the last signal whose trap ran, or 0. */
  *runTraps(): Gen<number> {
    return 0;
  }

  /** Fork a child running `start` with a copy of the state. Returns pid or -errno. */
  forkChild(start: Start): number {
    if (this.st.randomSeededPid === -1) this.st.randomSeededPid = this.sys.getpid();
    const st = cloneState(this.st);
    st.subshell++;
    const child: ShellImage = { kind: 'shell', st, start, steps: 0, budget: 0 };
    // An interactive shell ignores SIGTERM, SIGQUIT and the stop signals; its
    // child must not, even before it first runs (`cmd & kill %1` at once).
    const flipped: number[] = [];
    if (this.st.interactive) {
      for (const sig of [3, 15, 20, 21, 22]) {
        if (this.st.traps.has(sig) || this.sys.sigdisposition(sig) !== 'ignore') continue;
        this.sys.sigaction(sig, 'default');
        flipped.push(sig);
      }
    }
    const pid = this.sys.fork(child);
    for (const sig of flipped) this.sys.sigaction(sig, 'ignore');
    return pid;
  }

  /** Move an fd out of the way (>= 10, close-on-exec); returns the new fd or -errno. */
  saveFd(fd: number): number {
    return this.sys.fcntl(fd, F_DUPFD_CLOEXEC, 10);
  }

  // ---- ExpandHost

  special(name: string): string | undefined {
    switch (name) {
      case '$': return String(this.st.pid);
      case '!': return this.st.lastBg === null ? undefined : String(this.st.lastBg);
      case '-': return this.flags();
      case 'RANDOM': return lookup(this.st, 'RANDOM') === undefined && this.randomUnset ? undefined : String(this.random());
      case 'SECONDS': {
        const [s] = this.sys.clockGettime('monotonic');
        return String(s - this.st.secondsBase);
      }
      case 'LINENO': return String(this.st.lineno);
      case 'BASHPID': return String(this.sys.getpid());
      case 'EPOCHSECONDS': return String(this.sys.clockGettime('realtime')[0]);
      case 'PPID': return String(this.st.ppid);
    }
    return undefined;
  }

  /** FUNCNAME, BASH_LINENO, BASH_SOURCE: the call stack, innermost first (a script adds its "main" frame). */
  specialArray(name: string): string[] | undefined {
    if (name === 'DIRSTACK') return lookup(this.st, 'DIRSTACK') ? undefined : [getScalar(this.st, 'PWD') ?? this.sys.getcwd(), ...this.st.dirstack];
    if (name !== 'FUNCNAME' && name !== 'BASH_LINENO' && name !== 'BASH_SOURCE') return undefined;
    const st = this.st;
    const frames = [...st.calls].reverse();
    const script = st.source !== '-c' && st.source !== '' && !st.interactiveShell;
    if (name === 'FUNCNAME') return frames.length ? [...frames.map((f) => f.name), ...(script ? ['main'] : [])] : [];
    if (name === 'BASH_LINENO') return [...frames.map((f) => String(f.line)), ...(script ? ['0'] : [])];
    return [...frames.map((f) => f.source), ...(script ? [st.source] : [])];
  }

  randomUnset = false;
  /** The simple command a subshell ends with: run externally, it is exec'd in place rather than forked. */
  execTail: Command | null = null;
  /** The last command waited for processes (so PIPESTATUS is already set). */
  waited = false;
  /** Status of the last command substitution in the command being expanded. */
  substStatus: number | null = null;
  /** Nesting of runSource (1: the shell's own commands, more: eval, source, traps). */
  sourceNesting = 0;
  /** SIGINT reached a non-interactive shell while it caught it to wait for a foreground child. */
  sigintSeen = false;
  /** While the shell waits for a child or a pipe (not in a builtin): the wait's own target, else null. */
  waitTarget: number | null = null;

  /**
   * $RANDOM as bash 5.2 computes it: the Park-Miller minimal standard
   * generator, high and low halves folded, never the same value twice in a
   * row. A subshell or background child reseeds on its first use (bash 5.1+).
   */
  random(): number {
    const st = this.st;
    const pid = this.sys.getpid();
    if (st.randomSeededPid === -1) st.randomSeededPid = pid;
    if (st.subshell > 0 && st.randomSeededPid !== pid) {
      const b = this.sys.getrandom(4);
      st.randomState = (b[0]! | (b[1]! << 8) | (b[2]! << 16) | ((b[3]! & 0x7f) << 24)) >>> 0;
      st.randomSeededPid = pid;
    }
    let rv: number;
    do {
      const last = st.randomState === 0 ? 123459876 : st.randomState;
      const h = Math.floor(last / 127773);
      const l = last - 127773 * h;
      const t = 16807 * l - 2836 * h;
      st.randomState = t < 0 ? t + 0x7fffffff : t;
      rv = ((st.randomState >>> 16) ^ (st.randomState & 0xffff)) & 0x7fff;
    } while (rv === st.randomLast);
    st.randomLast = rv;
    return rv;
  }

  flags(): string {
    const o = this.st.opts;
    let f = '';
    if (o.allexport) f += 'a';
    if (o.errexit) f += 'e';
    if (o.noglob) f += 'f';
    if (o.hashall) f += 'h';
    if (this.st.interactive) f += 'i';
    if (o.monitor) f += 'm';
    if (o.noexec) f += 'n';
    if (o.nounset) f += 'u';
    if (o.verbose) f += 'v';
    if (o.xtrace) f += 'x';
    if (o.braceexpand) f += 'B';
    if (o.noclobber) f += 'C';
    if (o.histexpand) f += 'H';
    if (this.st.source === '-c') f += 'c';
    return f;
  }

  commandSubst(body: List): Gen<string> {
    return this.commandSubstImpl(body);
  }

  *commandSubstImpl(body: List): Gen<string> {
    const file = catRedir(body);
    if (file) return yield* this.catSubst(file);
    const p = this.sys.pipe(O_CLOEXEC);
    if (typeof p === 'number') {
      yield* this.error(`cannot make pipe for command substitution: ${strerror(p)}`);
      return '';
    }
    const [r, w] = p;
    const pid = this.forkChild({ k: 'node', cmd: body, fdOps: [{ op: 'dup2', from: w, to: 1 }, { op: 'close', fd: r }, { op: 'close', fd: w }] });
    this.sys.close(w);
    if (pid < 0) {
      this.sys.close(r);
      yield* this.error(`fork: ${strerror(pid)}`);
      return '';
    }
    const s = yield* this.readAll(r);
    this.sys.close(r);
    const res = yield* this.waitpid(pid, 0);
    if (typeof res !== 'number') this.st.status = this.substStatus = statusOf(res.status);
    return s;
  }

  /** `$(< file)`: the file's contents, read by the shell itself. */
  *catSubst(r: Redir): Gen<string> {
    let fd: number;
    try {
      fd = yield* openInput(this, r);
    } catch (e) {
      if (!(e instanceof ExpandError)) throw e;
      yield* this.error(e.message);
      fd = -1;
    }
    if (fd < 0) {
      this.st.status = this.substStatus = 1;
      return '';
    }
    const s = yield* this.readAll(fd);
    this.sys.close(fd);
    this.st.status = this.substStatus = 0;
    return s;
  }

  *procSubst(dir: '<' | '>', body: List): Gen<string> {
    const p = this.sys.pipe(0);
    if (typeof p === 'number') return '/dev/null';
    const [r, w] = p;
    const mine = dir === '<' ? r : w;
    const theirs = dir === '<' ? w : r;
    this.forkChild({ k: 'node', cmd: body, fdOps: [{ op: 'dup2', from: theirs, to: dir === '<' ? 1 : 0 }, { op: 'close', fd: r }, { op: 'close', fd: w }] });
    this.sys.close(theirs);
    return `/dev/fd/${mine}`;
  }

  *readdir(path: string): Gen<string[] | null> {
    const fd = yield* this.call(() => this.sys.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd < 0) return null;
    const names: string[] = [];
    for (;;) {
      const ents = this.sys.getdents(fd);
      if (typeof ents === 'number' || ents.length === 0) break;
      for (const e of ents) if (e.name !== '.' && e.name !== '..') names.push(e.name);
      yield* this.tick(ents.length);
    }
    this.sys.close(fd);
    return names;
  }

  *exists(path: string): Gen<boolean> {
    return typeof this.sys.lstat(path) !== 'number';
  }

  *isDir(path: string): Gen<boolean> {
    const st = this.sys.lstat(path);
    return typeof st !== 'number' && S_ISDIR(st.mode);
  }

  home(user: string): string | null {
    if (user === '') return getScalar(this.st, 'HOME') ?? '/';
    if (user === 'root') return '/root';
    if (user === 'user') return '/home/user';
    return null;
  }

  prompt(ps: string): string {
    return expandPrompt(this, ps);
  }

  arith(expr: string): string {
    return String(this.arithEval(expr));
  }

  arithEval(expr: string): bigint {
    let steps = 0;
    try {
      return evalArith(expr, {
        get: (name, index) => {
          if (index === null) return this.special(name) ?? getScalar(this.st, name);
          const v = lookup(this.st, name);
          if (!v?.val) return undefined;
          if (v.val.k === 'assoc') return v.val.v.get(index);
          const n = Number(this.arithEval(index));
          if (v.val.k === 'idx') return v.val.v.get(n);
          return n === 0 ? v.val.v : undefined;
        },
        set: (name, index, value) => {
          if (index === null) setScalar(this.st, name, value);
          else {
            const v = lookup(this.st, name);
            const key = v?.val?.k === 'assoc' ? index : String(this.arithEval(index));
            setElement(this.st, name, key, value);
          }
        },
        tick: () => {
          if (++steps > 10_000_000) throw new ArithError(`${expr}: expression too complex`);
        },
      });
    } catch (e) {
      if (e instanceof ArithError) throw new ExpandError(e.message, 1);
      if (e instanceof VarError) throw new ExpandError(e.message, 1);
      throw e;
    }
  }

  /** Expand a word as a plain string (for builtins such as eval helpers). */
  expandStr(w: Word): Gen<string> {
    return expandString(this, w);
  }
}

/** The redirection of a `$(< file)` body (one simple command made of a single `<` on fd 0), else null. */
function catRedir(body: List): Redir | null {
  if (body.items.length !== 1 || body.items[0]!.async) return null;
  const c = body.items[0]!.cmd;
  if (c.t !== 'simple' || c.words.length || c.assigns.length || c.redirs.length !== 1) return null;
  const r = c.redirs[0]!;
  return r.op === '<' && (r.fd === null || r.fd === 0) && !r.fdVar ? r : null;
}

/** Wait status -> $? value. */
export function statusOf(ws: number): number {
  if ((ws & 0x7f) === 0) return (ws >> 8) & 0xff;
  if ((ws & 0xff) === 0x7f) return 128 + ((ws >> 8) & 0xff);
  return 128 + (ws & 0x7f);
}
