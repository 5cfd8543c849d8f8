/** Core builtins: echo, printf, cd, pwd, exit/return/break/continue, shift, eval, source, exec, let, test. */
import { strerror } from '../../abi/errno.ts';
import { S_ISDIR } from '../../abi/stat.ts';
import { fromByteStr, printf } from '../../programs/lib/printf.ts';
import { byteChar, byteStr, joinBytes, shellString } from '../../programs/lib/bytes.ts';
import type { Gen } from '../../programs/runtime.ts';
import { strftime } from '../../programs/lib/time.ts';
import { binaryTest, unaryTest } from '../cond-eval.ts';
import { BINARY_OPS, UNARY_OPS } from '../parse/cond.ts';
import { u32Bytes } from '../parse/scanner.ts';
import { runSource, runString } from '../main.ts';
import { Flow, type Shell } from '../shell.ts';
import { findCommand } from '../simple.ts';
import { applyRedirs } from '../redir.ts';
import { ExpandError } from '../expand.ts';
import { environ, getScalar, setScalar, varForWrite } from '../vars.ts';
import { printfQuote } from '../quote.ts';
import type { Builtin } from './types.ts';

export const echo: Builtin = function* (sh, argv) {
  let i = 1, newline = true, escapes = sh.st.shopt.get('xpg_echo') ?? false;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (!/^-[neE]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (c === 'n') newline = false;
      else if (c === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = argv.slice(i).join(' ');
  if (escapes) {
    const r = echoEscapes(text);
    text = r.text;
    if (r.stop) newline = false;
  }
  const n = yield* sh.out(text + (newline ? '\n' : ''));
  if (n < 0) {
    yield* sh.error(`echo: write error: ${strerror(n)}`);
    return 1;
  }
  return 0;
};

function echoEscapes(s: string): { text: string; stop: boolean } {
  let out = '';
  const map: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[i + 1]!;
    if (n === 'c') return { text: joinBytes(out), stop: true };
    if (n in map) {
      out += map[n];
      i++;
    } else if (n === '0') {
      const m = /^[0-7]{0,3}/.exec(s.slice(i + 2))![0];
      out += byteChar(parseInt(m || '0', 8) & 0xff);
      i += 1 + m.length;
    } else if (n === 'x' && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 2))![0];
      out += byteChar(parseInt(m, 16));
      i += 1 + m.length;
    } else if ((n === 'u' || n === 'U') && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) {
      const m = (n === 'u' ? /^[0-9a-fA-F]{1,4}/ : /^[0-9a-fA-F]{1,8}/).exec(s.slice(i + 2))![0];
      out += u32Bytes(parseInt(m, 16));
      i += 1 + m.length;
    } else out += c;
  }
  return { text: joinBytes(out), stop: false };
}

const DIRECTIVE = /%[-+ #0']*(\*|[0-9]+)?(?:\.(\*|[0-9]*))?(?:\(([^)]*)\))?([a-zA-Z%])/g;

/** How bash's printf reads a number argument (strtoimax, base 0): the value and whether all of it was a number. */
function timeArg(a: string): { n: number; ok: boolean } {
  const m = /^\s*([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)?/.exec(a)!;
  if (!m[2]) return { n: 0, ok: a === '' };
  const d = m[2];
  const v = /^0[xX]/.test(d) ? parseInt(d.slice(2), 16) : d.length > 1 && d[0] === '0' ? parseInt(d, 8) : Number(d);
  return { n: m[1] === '-' ? -v : v, ok: m[0].length === a.length };
}

/**
 * What the builtin adds to the shared printf: bash's %q (backslash quoting,
 * not coreutils' single quotes) and %(fmt)T (strftime of an epoch time; -1
 * or no argument is now, -2 the shell's start). The arguments those
 * directives take are converted here and the directives become %s. The
 * format is reused while arguments remain, as printf does.
 */
function* shellDirectives(sh: Shell, fmt: string, args: string[]): Gen<{ fmt: string; args: string[]; bad: boolean }> {
  const uses: Array<{ c: string; tf: string; n: number }> = [];
  for (const m of fmt.matchAll(DIRECTIVE)) {
    if (m[4] === '%') continue;
    uses.push({ c: m[4] === 'T' && m[3] === undefined ? '' : m[4]!, tf: m[3] ?? '', n: (m[1] === '*' ? 1 : 0) + (m[2] === '*' ? 1 : 0) });
  }
  if (!uses.some((u) => u.c === 'q' || u.c === 'T')) return { fmt, args, bad: false };
  const out = [...args];
  const given = args.length;
  let bad = false;
  let i = 0;
  do {
    for (const u of uses) {
      i += u.n;
      if (u.c === 'q' || u.c === 'T') {
        while (out.length < i) out.push('');
        if (u.c === 'q') out[i] = i < given ? printfQuote(out[i]!) : "''";
        else {
          let t = -1;
          if (i < given) {
            const r = timeArg(out[i]!);
            if (!r.ok) {
              yield* sh.error(`printf: ${out[i]}: invalid number`);
              bad = true;
            }
            t = r.n;
          }
          if (t === -1) t = sh.sys.clockGettime('realtime')[0];
          else if (t === -2) t = sh.st.startTime;
          out[i] = strftime(u.tf === '' ? '%X' : u.tf, t);
        }
      }
      i++;
    }
  } while (i < given);
  const f = fmt.replace(DIRECTIVE, (d, _w, _p, tf: string | undefined, c: string) => {
    if (c === 'q') return d.slice(0, -1) + 's';
    if (c === 'T' && tf !== undefined) return d.slice(0, d.length - tf.length - 3) + 's';
    return d;
  });
  return { fmt: f, args: out, bad };
}

export const printfBuiltin: Builtin = function* (sh, argv) {
  let args = argv.slice(1);
  let varName: string | null = null;
  if (args[0] === '-v') {
    varName = args[1] ?? null;
    args = args.slice(2);
  }
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    yield* sh.error('printf: usage: printf [-v var] format [arguments]');
    return 2;
  }
  const q = yield* shellDirectives(sh, args[0]!, args.slice(1));
  // printf works on bytes, as C's does: its escapes make bytes, %5s pads bytes.
  const r = printf(byteStr(q.fmt), q.args.map(byteStr));
  for (const e of r.errors) yield* sh.error(`printf: ${shellString(fromByteStr(e))}`);
  const out = shellString(fromByteStr(r.out));
  if (varName) setScalar(sh.st, varName, out);
  else yield* sh.out(out);
  return r.errors.length || q.bad ? 1 : 0;
};

/** Logical path join/normalise for cd -L. */
export function normalize(base: string, dir: string): string {
  const parts = (dir.startsWith('/') ? dir : base + '/' + dir).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return '/' + out.join('/');
}

export const cd: Builtin = function* (sh, argv) {
  let args = argv.slice(1);
  let physical = false;
  while (args[0] && /^-[LP]+$/.test(args[0])) {
    physical = args[0].includes('P');
    args = args.slice(1);
  }
  if (args[0] === '--') args = args.slice(1);
  if (args.length > 1) {
    yield* sh.error(`${argv[0]}: too many arguments`);
    return 1;
  }
  const arg = args[0];
  let print = false;
  let dir: string;
  if (arg === undefined || arg === '-') {
    const v = getScalar(sh.st, arg === undefined ? 'HOME' : 'OLDPWD');
    if (v === undefined) {
      yield* sh.error(`${argv[0]}: ${arg === undefined ? 'HOME' : 'OLDPWD'} not set`);
      return 1;
    }
    dir = v;
    print = arg === '-';
  } else dir = arg;
  if (dir === '') return 0;
  const pwd = getScalar(sh.st, 'PWD') ?? sh.sys.getcwd();
  const target = physical ? dir : normalize(pwd, dir);
  let r = sh.sys.chdir(target);
  if (r < 0 && !physical) r = sh.sys.chdir(dir);
  if (r < 0) {
    yield* sh.error(`${argv[0]}: ${args[0] ?? dir}: ${strerror(r)}`);
    return 1;
  }
  const newPwd = physical ? sh.sys.getcwd() : target;
  setScalar(sh.st, 'OLDPWD', pwd);
  setScalar(sh.st, 'PWD', newPwd);
  if (print) yield* sh.out(newPwd + '\n');
  return 0;
};

export const pwd: Builtin = function* (sh, argv) {
  const physical = argv.slice(1).some((a) => /^-[LP]*P/.test(a));
  const p = physical ? sh.sys.getcwd() : getScalar(sh.st, 'PWD') ?? sh.sys.getcwd();
  yield* sh.out(p + '\n');
  return 0;
};

function* numArg(sh: Shell, name: string, a: string | undefined, dflt: number): Gen<number | null> {
  if (a === undefined) return dflt;
  if (!/^\s*[-+]?[0-9]+\s*$/.test(a)) {
    yield* sh.error(`${name}: ${a}: numeric argument required`);
    return null;
  }
  return Number(a);
}

export const exit: Builtin = function* (sh, argv) {
  if (sh.st.interactive && sh.st.subshell === 0) yield* sh.write(2, 'exit\n');
  if (argv.length > 2) {
    yield* sh.error('exit: too many arguments');
    return 1;
  }
  const n = yield* numArg(sh, 'exit', argv[1], sh.st.status);
  throw new Flow('exit', n === null ? 2 : n & 0xff);
};

export const ret: Builtin = function* (sh, argv) {
  if (sh.st.funcNames.length === 0 && sh.st.sourceDepth === 0) {
    yield* sh.error("return: can only `return' from a function or sourced script");
    return 2;
  }
  const n = yield* numArg(sh, 'return', argv[1], sh.st.status);
  throw new Flow('return', n === null ? 2 : n & 0xff);
};

function loopCtl(kind: 'break' | 'continue'): Builtin {
  return function* (sh, argv) {
    const n = yield* numArg(sh, kind, argv[1], 1);
    if (n === null) return 1;
    if (n < 1) {
      yield* sh.error(`${kind}: ${argv[1]}: loop count out of range`);
      return 1;
    }
    if (sh.st.loopDepth === 0) {
      yield* sh.error(`${kind}: only meaningful in a \`for', \`while', or \`until' loop`);
      return 0;
    }
    throw new Flow(kind, Math.min(n, sh.st.loopDepth));
  };
}
export const brk = loopCtl('break');
export const cont = loopCtl('continue');

export const shift: Builtin = function* (sh, argv) {
  const n = yield* numArg(sh, 'shift', argv[1], 1);
  if (n === null) return 1;
  if (n < 0) {
    yield* sh.error(`shift: ${argv[1]}: shift count out of range`);
    return 1;
  }
  if (n > sh.st.positional.length) return 1;
  sh.st.positional = sh.st.positional.slice(n);
  return 0;
};

export const evalBuiltin: Builtin = function* (sh, argv) {
  const src = argv.slice(1).join(' ');
  if (src.trim() === '') return 0;
  return yield* runString(sh, src, 'eval');
};

export const source: Builtin = function* (sh, argv) {
  const name = argv[1];
  if (name === undefined) {
    yield* sh.error(`${argv[0]}: filename argument required`);
    yield* sh.write(2, `${argv[0]}: usage: ${argv[0]} filename [arguments]\n`);
    return 2;
  }
  const path = name.includes('/') ? name : findSourceFile(sh, name) ?? name;
  const text = yield* sh.readFile(path);
  if (typeof text === 'number') {
    yield* sh.error(`${name}: ${strerror(text)}`);
    return 1;
  }
  const st = sh.st;
  const saved = { source: st.source, pos: st.positional, line: st.lineno };
  if (argv.length > 2) st.positional = argv.slice(2);
  st.source = name;
  st.sourceDepth++;
  try {
    return yield* runSource(sh, text, true);
  } catch (e) {
    if (e instanceof Flow && e.kind === 'return') return e.n;
    throw e;
  } finally {
    st.sourceDepth--;
    st.source = saved.source;
    st.lineno = saved.line;
    if (argv.length > 2) st.positional = saved.pos;
  }
};

function findSourceFile(sh: Shell, name: string): string | null {
  for (const dir of (getScalar(sh.st, 'PATH') ?? '').split(':')) {
    const p = (dir || '.') + '/' + name;
    const st = sh.sys.stat(p);
    if (typeof st !== 'number' && !S_ISDIR(st.mode)) return p;
  }
  const st = sh.sys.stat(name);
  return typeof st !== 'number' ? name : null;
}

export const execBuiltin: Builtin = function* (sh, argv, cmd) {
  const saved = yield* applyRedirs(sh, cmd?.redirs ?? [], false);
  if (saved === null) return 1;
  let args = argv.slice(1);
  let name: string | null = null;
  let clearEnv = false;
  let login = false;
  while (args[0] && /^-[cla]+$/.test(args[0])) {
    const flags = args[0].slice(1);
    args = args.slice(1);
    if (flags.includes('c')) clearEnv = true;
    if (flags.includes('l')) login = true;
    if (flags.includes('a')) {
      if (args[0] === undefined) {
        yield* sh.error('exec: -a: option requires an argument');
        return 2;
      }
      name = args[0];
      args = args.slice(1);
    }
  }
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) return 0;
  const path = findCommand(sh, args[0]!);
  if (path === null) {
    yield* sh.error(`exec: ${args[0]}: not found`);
    if (!sh.st.interactive) throw new Flow('exit', 127);
    return 127;
  }
  const argv0 = (login ? '-' : '') + (name ?? args[0]!);
  const r = sh.sys.execve(path, [argv0, ...args.slice(1)], clearEnv ? [] : environ(sh.st));
  if (sh.sys.gone) {
    for (;;) yield;
  }
  const msg = r === -13 ? (typeof sh.sys.stat(path) !== 'number' && S_ISDIR((sh.sys.stat(path) as { mode: number }).mode) ? 'Is a directory' : 'Permission denied') : strerror(r);
  yield* sh.error(`${args[0]}: ${msg}`);
  if (!sh.st.interactive) throw new Flow('exit', r === -2 ? 127 : 126);
  return r === -2 ? 127 : 126;
};

export const letBuiltin: Builtin = function* (sh, argv) {
  if (argv.length < 2) {
    yield* sh.error('let: expression expected');
    return 1;
  }
  let v = 0n;
  for (const e of argv.slice(1)) {
    try {
      v = sh.arithEval(e);
    } catch (err) {
      if (err instanceof ExpandError) {
        yield* sh.error(`let: ${err.message}`);
        return 1;
      }
      throw err;
    }
  }
  return v !== 0n ? 0 : 1;
};

/** test / [ with POSIX's argument-count rules. */
export const test: Builtin = function* (sh, argv) {
  let args = argv.slice(1);
  const name = argv[0]!;
  if (name === '[') {
    if (args[args.length - 1] !== ']') {
      yield* sh.error("[: missing `]'");
      return 2;
    }
    args = args.slice(0, -1);
  }
  const t = new TestEval(sh, args);
  try {
    const r = t.run();
    return r ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) {
      yield* sh.error(`${name}: ${e.message}`);
      return 2;
    }
    throw e;
  }
};

class TestError {
  constructor(readonly message: string) {}
}

class TestEval {
  private i = 0;
  constructor(
    private readonly sh: Shell,
    private readonly a: string[],
  ) {}

  run(): boolean {
    const n = this.a.length;
    if (n === 0) return false;
    if (n === 1) return this.a[0] !== '';
    if (n === 2 && this.a[0] === '!') return this.a[1] === '';
    if (n === 2) return this.unary(this.a[0]!, this.a[1]!);
    if (n === 3 && BINARY_OPS.has(this.a[1]!) || n === 3 && (this.a[1] === '-a' || this.a[1] === '-o')) {
      if (this.a[1] === '-a') return this.a[0] !== '' && this.a[2] !== '';
      if (this.a[1] === '-o') return this.a[0] !== '' || this.a[2] !== '';
      return this.binary(this.a[0]!, this.a[1]!, this.a[2]!);
    }
    if (n === 3 && this.a[0] === '!') return !new TestEval(this.sh, this.a.slice(1)).run();
    if (n === 3 && this.a[0] === '(' && this.a[2] === ')') return this.a[1] !== '';
    if (n === 4 && this.a[0] === '!') return !new TestEval(this.sh, this.a.slice(1)).run();
    const v = this.or();
    if (this.i < this.a.length) throw new TestError(this.a.length > 3 ? 'too many arguments' : `${this.a[this.i]}: binary operator expected`);
    return v;
  }

  private or(): boolean {
    let v = this.and();
    while (this.a[this.i] === '-o') {
      this.i++;
      const r = this.and();
      v = v || r;
    }
    return v;
  }

  private and(): boolean {
    let v = this.not();
    while (this.a[this.i] === '-a') {
      this.i++;
      const r = this.not();
      v = v && r;
    }
    return v;
  }

  private not(): boolean {
    if (this.a[this.i] === '!') {
      this.i++;
      return !this.not();
    }
    return this.prim();
  }

  private prim(): boolean {
    const t = this.a[this.i];
    if (t === undefined) throw new TestError('argument expected');
    if (t === '(') {
      this.i++;
      const v = this.or();
      if (this.a[this.i] !== ')') throw new TestError("`)' expected");
      this.i++;
      return v;
    }
    const next = this.a[this.i + 1];
    if (next !== undefined && BINARY_OPS.has(next) && this.a[this.i + 2] !== undefined) {
      this.i += 3;
      return this.binary(t, next, this.a[this.i - 1]!);
    }
    if (UNARY_OPS.has(t) && next !== undefined) {
      this.i += 2;
      return this.unary(t, next);
    }
    this.i++;
    return t !== '';
  }

  private unary(op: string, arg: string): boolean {
    if (!UNARY_OPS.has(op)) throw new TestError(`${op}: unary operator expected`);
    return unaryTest(this.sh, op, arg);
  }

  private binary(a: string, op: string, b: string): boolean {
    if (op === '=~') throw new TestError(`${op}: binary operator expected`);
    return binaryTest(this.sh, op, a, b, (s) => {
      if (!/^\s*[-+]?[0-9]+\s*$/.test(s)) throw new TestError(`${s}: integer expression expected`);
      return BigInt(s.trim());
    });
  }
}

export const colon: Builtin = function* () {
  return 0;
};
export const falseBuiltin: Builtin = function* () {
  return 1;
};

export { varForWrite };
