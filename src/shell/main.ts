/**
 * Starting the shell: argument parsing, the initial variables, running a
 * source text command by command, child images (subshells, pipeline stages,
 * exec children), traps and exit.
 */
import { strerror } from '../abi/errno.ts';
import { SIGCHLD, SIGINT, SIGQUIT, signalName } from '../abi/signals.ts';
import type { Gen } from '../programs/runtime.ts';
import { exec, execList } from './interp.ts';
import type { Command } from './parse/ast.ts';
import { isParseError, type ParseError } from './parse/errors.ts';
import { Parser } from './parse/parser.ts';
import { Discard, Fatal, Flow, Interrupt, type FdOp, type Shell } from './shell.ts';
import { execChild } from './simple.ts';
import { getScalar, lookup, setScalar, varForWrite } from './vars.ts';
import { interactiveLoop } from './interactive.ts';
import { notifyJobs } from './jobs.ts';
import { setBuiltinOptions } from './builtins/set.ts';
import { subshellTraps } from './traps.ts';
import { TRAP_DEBUG, TRAP_ERR } from './state.ts';

/** Entry point of every shell process image. Returns the exit status. */
export function* shellMain(sh: Shell): Gen<number> {
  sh.runTraps = () => runTraps(sh);
  const start = sh.img.start;
  let status = 0;
  try {
    if (start.k === 'main') status = yield* startup(sh, start.argv, start.envp);
    else if (start.k === 'node') {
      childSetup(sh, start.fdOps, start.pgid, start.fg);
      // An asynchronous command without job control ignores SIGINT (as by `trap '' INT`:
      // `trap -p` shows it, `trap - INT` undoes it) and SIGQUIT. As in bash the child does
      // this itself, once it runs: a signal sent before then still finds the default action.
      if (start.asyncIgnore) {
        sh.st.traps.set(SIGINT, '');
        sh.sys.sigaction(SIGINT, 'ignore');
        sh.sys.sigaction(SIGQUIT, 'ignore');
      }
      sh.execTail = tailSimple(start.cmd);
      status = yield* exec(sh, start.cmd);
    } else {
      childSetup(sh, start.fdOps, start.pgid, start.fg);
      return yield* execChild(sh, start.path, start.argv, start.env, start.redirs);
    }
  } catch (e) {
    status = yield* unwind(sh, e);
  }
  return yield* exitShell(sh, status);
}

/** The simple command a subshell's body consists of (through one-item lists, pipelines and groups), if any. */
function tailSimple(c: Command): Command | null {
  for (let n = 0; n < 8; n++) {
    if (c.t === 'simple') return c;
    if (c.t === 'pipeline' && c.cmds.length === 1 && !c.bang) c = c.cmds[0]!;
    else if ((c.t === 'list' || c.t === 'group') && ('items' in c ? c : c.body).items.length === 1) {
      const l = 'items' in c ? c : c.body;
      if (l.items[0]!.async) return null;
      c = l.items[0]!.cmd;
    } else return null;
  }
  return null;
}

function* unwind(sh: Shell, e: unknown): Gen<number> {
  if (e instanceof Flow) return e.kind === 'exit' ? e.n : sh.st.status;
  if (e instanceof Fatal) return e.status;
  throw e;
}

/** Run the EXIT trap once, then return the final status. */
export function* exitShell(sh: Shell, status: number): Gen<number> {
  const action = sh.st.traps.get(0);
  if (action !== undefined) {
    sh.st.traps.delete(0);
    sh.st.status = status;
    try {
      yield* runString(sh, action, 'trap');
    } catch (e) {
      if (e instanceof Flow && e.kind === 'exit') return e.n;
      if (!(e instanceof Flow || e instanceof Fatal)) throw e;
    }
  }
  return status;
}

function childSetup(sh: Shell, fdOps: FdOp[], pgid: number | undefined, fg = false): void {
  for (const op of fdOps) {
    if (op.op === 'dup2') sh.sys.dup2(op.from, op.to);
    else sh.sys.close(op.fd);
  }
  if (pgid !== undefined) {
    sh.sys.setpgid(0, pgid);
    if (fg) sh.sys.tcsetpgrp(0, pgid || sh.sys.getpid());
  }
  if (sh.st.interactive) {
    for (const s of [2, 3, 15, 17, 20, 21, 22]) if (!sh.st.traps.has(s)) sh.sys.sigaction(s, 'default');
  }
  sh.st.opts.monitor = false;
  sh.st.interactive = false;
  subshellTraps(sh);
  for (const sig of [...sh.st.traps.keys()]) {
    if (sig > 0 && sh.st.traps.get(sig) !== '') {
      sh.st.shownTraps.set(sig, sh.st.traps.get(sig)!);
      sh.st.traps.delete(sig);
      sh.sys.sigaction(sig, 'default');
    }
  }
  if (sh.st.traps.has(0)) sh.st.traps.delete(0);
}

/**
 * Take pending caught signals and run their traps (between commands).
 * Returns the last signal whose trap ran, or 0; SIGCHLD is not reported, as
 * its trap does not interrupt `wait` in bash.
 */
export function* runTraps(sh: Shell): Gen<number> {
  let ran = 0;
  for (;;) {
    const sig = sh.sys.sigtake();
    if (sig <= 0) return ran;
    const action = sh.st.traps.get(sig);
    // bash abandons what an interactive shell is running itself (a loop) on ^C.
    if (action === undefined && sig === SIGINT && sh.st.interactive) throw new Interrupt();
    if (action === undefined && sig === SIGINT) sh.sigintSeen = true;
    // set -b: a job that ended while the shell waited is reported now.
    if (sig === SIGCHLD && sh.waitTarget !== null && sh.st.opts.notify && sh.st.interactive) yield* notifyJobs(sh, { skip: sh.waitTarget });
    if (action === undefined) continue;
    const saved = sh.st.status;
    yield* runString(sh, action, 'trap');
    sh.st.status = saved;
    if (sig !== SIGCHLD) ran = sig;
  }
}

/** Parse and run a string (eval, traps, source). */
export function* runString(sh: Shell, src: string, what: string): Gen<number> {
  const eval_ = what === 'eval';
  return yield* runSource(sh, src, true, eval_ && !sh.st.interactive ? sh.st.lineno : 1, eval_ ? 'eval' : null);
}

/** Print a syntax error as bash does for this shell's mode. */
export function* syntaxError(sh: Shell, e: ParseError, what: string | null = null): Gen<void> {
  const src = sh.st.source;
  if (what) {
    const pre = `${sh.st.interactive ? 'bash' : sh.st.argv0}: ${what}: line ${e.line}: `;
    yield* sh.write(2, pre + e.message + '\n');
    if (e.quote !== null) yield* sh.write(2, `${pre}\`${e.quote}'\n`);
    return;
  }
  if (sh.st.interactive) {
    yield* sh.write(2, `bash: ${e.message}\n`);
    return;
  }
  const pre = src === '-c' ? `${sh.st.argv0}: -c: line ${e.line}: ` : `${src}: line ${e.line}: `;
  yield* sh.write(2, pre + e.message + '\n');
  if (e.quote !== null) yield* sh.write(2, `${pre}\`${e.quote}'\n`);
}

/** Parse and execute a source text one complete command at a time. */
export function* runSource(sh: Shell, src: string, final: boolean, lineBase = 1, what: string | null = null): Gen<number> {
  sh.sourceNesting++;
  try {
    return yield* runSourceIn(sh, src, final, lineBase, what);
  } finally {
    sh.sourceNesting--;
  }
}

function* runSourceIn(sh: Shell, src: string, final: boolean, lineBase: number, what: string | null): Gen<number> {
  const aliases = (): Map<string, string> | null => (sh.st.shopt.get('expand_aliases') || sh.st.interactive ? sh.st.aliases : null);
  const extglob = (): boolean => sh.st.shopt.get('extglob') ?? false;
  const p = new Parser(src, { final, aliases, lineBase, extglob });
  let status = 0;
  for (;;) {
    let cmd: Command | null;
    try {
      cmd = p.parseCommandLine();
      if (!cmd) p.finish();
    } catch (e) {
      if (!isParseError(e)) throw e;
      yield* syntaxError(sh, e, what);
      sh.st.status = 2;
      if (!sh.st.interactive && !what) throw new Fatal(2);
      return 2;
    }
    for (const w of p.warnings.splice(0)) {
      const pre = sh.st.source === '-c' ? `${sh.st.argv0}: line ${w.line}: ` : sh.st.interactive ? 'bash: ' : `${sh.st.source}: line ${w.line}: `;
      yield* sh.write(2, pre + w.message + '\n');
    }
    if (!cmd) break;
    if (sh.st.opts.noexec) continue;
    try {
      status = yield* execList(sh, cmd as never);
    } catch (e) {
      if (!(e instanceof Discard) || sh.sourceNesting !== 1) throw e;
      status = sh.st.status = e.status;
    }
  }
  return status;
}

function importEnv(sh: Shell, envp: string[]): void {
  for (const kv of envp) {
    const i = kv.indexOf('=');
    if (i <= 0) continue;
    const name = kv.slice(0, i);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
    const v = varForWrite(sh.st, name);
    v.val = { k: 'str', v: kv.slice(i + 1) };
    v.exported = true;
  }
}

function setDefault(sh: Shell, name: string, value: string, exported = false): void {
  if (getScalar(sh.st, name) === undefined) setScalar(sh.st, name, value);
  if (exported) varForWrite(sh.st, name).exported = true;
}

function initVars(sh: Shell, envp: string[]): void {
  const st = sh.st;
  importEnv(sh, envp);
  st.pid = sh.sys.getpid();
  st.ppid = sh.sys.getppid();
  const seed = sh.sys.getrandom(4);
  st.randomState = (seed[0]! | (seed[1]! << 8) | (seed[2]! << 16) | ((seed[3]! & 0x7f) << 24)) >>> 0;
  st.randomSeededPid = st.pid;
  st.secondsBase = sh.sys.clockGettime('monotonic')[0];
  st.startTime = sh.sys.clockGettime('realtime')[0];
  const uid = sh.sys.getuid();
  const cwd = sh.sys.getcwd();
  const pwdEnv = getScalar(st, 'PWD');
  setScalar(st, 'PWD', pwdEnv && sameDir(sh, pwdEnv, cwd) ? pwdEnv : cwd);
  varForWrite(st, 'PWD').exported = true;
  setDefault(sh, 'HOME', uid === 0 ? '/root' : '/home/user');
  setDefault(sh, 'PATH', '/usr/local/bin:/usr/bin:/bin');
  setScalar(st, 'IFS', ' \t\n');
  setDefault(sh, 'PS1', '\\s-\\v\\$ ');
  setDefault(sh, 'PS2', '> ');
  setDefault(sh, 'PS4', '+ ');
  setScalar(st, 'OPTIND', '1');
  setScalar(st, 'HOSTNAME', sh.sys.gethostname());
  setScalar(st, 'BASH', '/bin/bash');
  setScalar(st, 'BASH_VERSION', '5.2.15(1)-release');
  setScalar(st, 'HOSTTYPE', 'x86_64');
  setScalar(st, 'MACHTYPE', 'x86_64-pc-linux-gnu');
  setScalar(st, 'OSTYPE', 'linux-gnu');
  setScalar(st, 'UID', String(uid));
  setScalar(st, 'EUID', String(sh.sys.geteuid()));
  setScalar(st, 'SHELLOPTS', 'braceexpand:hashall:interactive-comments');
  const lvl = Number(getScalar(st, 'SHLVL') ?? '0');
  setScalar(st, 'SHLVL', String((Number.isFinite(lvl) ? lvl : 0) + 1));
  varForWrite(st, 'SHLVL').exported = true;
  for (const n of ['UID', 'EUID', 'BASH_VERSION', 'PPID']) lookup(st, n) && (varForWrite(st, n).readonly = n !== 'BASH_VERSION');
}

function sameDir(sh: Shell, a: string, b: string): boolean {
  const sa = sh.sys.stat(a), sb = sh.sys.stat(b);
  return typeof sa !== 'number' && typeof sb !== 'number' && sa.ino === sb.ino && sa.dev === sb.dev;
}

interface Args {
  command: string | null;
  file: string | null;
  interactive: boolean;
  login: boolean;
  norc: boolean;
  rest: string[];
  setOpts: string[];
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = { command: null, file: null, interactive: false, login: false, norc: false, rest: [], setOpts: [] };
  let i = 1;
  let wantC = false;
  for (; i < argv.length; i++) {
    const s = argv[i]!;
    if (s === '--' || s === '-') {
      i++;
      break;
    }
    if (s === '--login') a.login = true;
    else if (s === '--norc') a.norc = true;
    else if (s === '--noprofile' || s === '--posix' || s === '--noediting') continue;
    else if (/^-[a-zA-Z]+$/.test(s) || /^\+[a-zA-Z]+$/.test(s)) {
      for (const ch of s.slice(1)) {
        if (ch === 'c') wantC = true;
        else if (ch === 'i') a.interactive = true;
        else if (ch === 'l') a.login = true;
        else if (ch === 's') continue;
        else a.setOpts.push(s[0] + ch);
      }
    } else if (s === '-o' || s === '+o') {
      a.setOpts.push(s + (argv[++i] ?? ''));
    } else break;
  }
  if (wantC) {
    if (i >= argv.length) return '-c: option requires an argument';
    a.command = argv[i++]!;
  } else if (i < argv.length) a.file = argv[i++]!;
  a.rest = argv.slice(i);
  return a;
}

function* startup(sh: Shell, argv: string[], envp: string[]): Gen<number> {
  const st = sh.st;
  initVars(sh, envp);
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    yield* sh.write(2, `bash: ${args}\n`);
    return 2;
  }
  yield* setBuiltinOptions(sh, args.setOpts);
  st.argv0 = (argv[0] ?? 'bash').replace(/^\/(usr\/)?bin\//, '');
  if (/(^|\/)-?sh$/.test(argv[0] ?? '')) {
    // Invoked as sh: bash's POSIX mode (Debian's /bin/sh is dash; ours is bash).
    st.opts.posix = true;
    setScalar(st, 'SHELLOPTS', 'braceexpand:hashall:interactive-comments:posix');
  }
  if (args.command !== null) {
    st.source = '-c';
    if (args.rest.length) {
      st.argv0 = args.rest[0]!;
      st.positional = args.rest.slice(1);
    }
    return yield* runSource(sh, args.command.endsWith('\n') ? args.command : args.command + '\n', true);
  }
  if (args.file !== null) {
    st.argv0 = args.file;
    st.positional = args.rest;
    const text = yield* sh.readFile(args.file);
    if (typeof text === 'number') {
      yield* sh.write(2, `bash: ${args.file}: ${strerror(text)}\n`);
      return text === -21 ? 126 : 127;
    }
    st.source = args.file;
    return yield* runSource(sh, text, true);
  }
  st.positional = args.rest;
  const tty = typeof sh.sys.ttyname(0) === 'string' && typeof sh.sys.ttyname(2) === 'string';
  if (args.interactive || tty) return yield* interactiveLoop(sh, args.login, args.norc);
  st.source = 'bash';
  const text = yield* sh.readAll(0);
  return yield* runSource(sh, text, true);
}

/** ENOEXEC fallback: run a file without #! as a shell script in this (forked) process. */
export function* runScriptFile(sh: Shell, path: string, argv: string[]): Gen<number> {
  const text = yield* sh.readFile(path);
  if (typeof text === 'number') {
    yield* sh.error(`${argv[0]}: ${strerror(text)}`);
    return 126;
  }
  const st = sh.st;
  st.funcs = new Map();
  st.argv0 = path;
  st.positional = argv.slice(1);
  st.source = path;
  st.frames = [];
  try {
    return yield* runSource(sh, text, true);
  } catch (e) {
    return yield* unwind(sh, e);
  }
}

/** Signal name as `trap -p`/`kill -l` print it. */
export function sigName(n: number): string {
  if (n < 0) return n === TRAP_ERR ? 'ERR' : n === TRAP_DEBUG ? 'DEBUG' : 'RETURN';
  return n === 0 ? 'EXIT' : 'SIG' + (signalName(n) ?? String(n));
}

