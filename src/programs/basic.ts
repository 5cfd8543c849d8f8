/** Small programs: true false echo printf yes pwd env printenv sleep seq tty clear nproc sync. */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { escapes, fromByteStr, printf, toByteStr } from './lib/printf.ts';
import { parseCmd, usageError } from './lib/io.ts';
import { findInPath } from './lib/exec.ts';
import { strerror } from '../abi/errno.ts';

const trueProg = defineProgram('true', function* () { return 0; });
const falseProg = defineProgram('false', function* () { return 1; });

const echo = defineProgram('echo', function* (ctx) {
  const args = ctx.argv.slice(1);
  let nl = true;
  let esc = false;
  while (args.length > 0 && /^-[neE]+$/.test(args[0]!)) {
    for (const c of args.shift()!.slice(1)) { if (c === 'n') nl = false; else esc = c === 'e'; }
  }
  let text = toByteStr(args.join(' '));
  if (esc) { const e = escapes(text, true); text = e.text; if (e.stop) nl = false; }
  yield* ctx.out(fromByteStr(nl ? text + '\n' : text));
  return 0;
});

const printfProg = defineProgram('printf', function* (ctx) {
  const args = ctx.argv.slice(1);
  if (args[0] === '--') args.shift();
  if (args.length === 0) return yield* usageError(ctx, 'missing operand');
  const r = printf(toByteStr(args[0]!), args.slice(1).map(toByteStr));
  let at = 0;
  for (let i = 0; i < r.errors.length; i++) {
    yield* ctx.out(fromByteStr(r.out.slice(at, r.errorAt[i])));
    at = r.errorAt[i]!;
    yield* ctx.err(fromByteStr(toByteStr(`${ctx.prog}: `) + r.errors[i]!.replace(/^'(.*)'(?=:)/s, (_, v: string) => toByteStr(ctx.q(v))) + '\n'));
  }
  yield* ctx.out(fromByteStr(r.out.slice(at)));
  return r.errors.length > 0 ? 1 : 0;
});

const yes = defineProgram('yes', function* (ctx) {
  const text = (ctx.argv.length > 1 ? ctx.argv.slice(1).join(' ') : 'y') + '\n';
  const chunk = text.repeat(Math.max(1, Math.floor(4096 / text.length)));
  for (;;) {
    const r = yield* ctx.write(1, chunk);
    if (r < 0) { yield* ctx.perror('standard output', r); return 1; }
    yield* ctx.tick(50);
  }
});

const pwd = defineProgram('pwd', function* (ctx) {
  const logical = ctx.argv.slice(1).includes('-L');
  const envPwd = ctx.env.get('PWD');
  const cwd = ctx.sys.getcwd();
  yield* ctx.out(`${logical && envPwd?.startsWith('/') ? envPwd : cwd}\n`);
  return 0;
});

const env = defineProgram('env', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'iu:0C:', long: { 'ignore-environment': 'i', unset: 'u:', null: '0', chdir: 'C:' }, stopAtOperand: true }, 125);
  if (typeof c === 'number') return c;
  const vars = c.o.has('i') ? new Map<string, string>() : new Map(ctx.env);
  for (const u of c.o.all('u')) vars.delete(u);
  const args = [...c.args];
  if (args[0] === '-') { vars.clear(); args.shift(); }
  while (args.length > 0 && /^[^=]+=/.test(args[0]!)) {
    const a = args.shift()!;
    const i = a.indexOf('=');
    vars.set(a.slice(0, i), a.slice(i + 1));
  }
  if (args.length === 0) {
    for (const [k, v] of vars) yield* ctx.out(`${k}=${v}${c.o.has('0') ? '\0' : '\n'}`);
    return 0;
  }
  const envp = [...vars].map(([k, v]) => `${k}=${v}`);
  const dir = c.o.get('C');
  if (dir !== undefined) {
    const r = ctx.sys.chdir(dir);
    if (r < 0) { yield* ctx.err(`${ctx.prog}: cannot change directory to '${dir}': ${strerror(r)}\n`); return 125; }
  }
  const path = findInPath(ctx, args[0]!, vars.get('PATH'));
  yield* ctx.flush();
  const r = typeof path === 'number' ? path : ctx.sys.execve(path, args, envp);
  if (ctx.sys.gone) return 0;
  yield* ctx.err(`${ctx.prog}: ${ctx.q(args[0]!)}: ${strerror(r)}\n`);
  return r === -2 ? 127 : 126;
});

const printenv = defineProgram('printenv', function* (ctx) {
  const names = ctx.argv.slice(1).filter((a) => a !== '-0');
  const z = ctx.argv.includes('-0') ? '\0' : '\n';
  if (names.length === 0) { for (const [k, v] of ctx.env) yield* ctx.out(`${k}=${v}${z}`); return 0; }
  let st = 0;
  for (const n of names) { const v = ctx.env.get(n); if (v === undefined) st = 1; else yield* ctx.out(v + z); }
  return st;
});

/** Parse a sleep/timeout duration "1.5", "2m", "1h", "1d" to ms; NaN if invalid. */
export function parseDuration(s: string): number {
  const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(s);
  if (!m) return NaN;
  const mult = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]!]!;
  return Number(m[1]) * mult * 1000;
}

const sleep = defineProgram('sleep', function* (ctx) {
  const args = ctx.argv.slice(1).filter((a) => a !== '--');
  if (args.length === 0) return yield* usageError(ctx, 'missing operand');
  let ms = 0;
  let bad = false;
  for (const a of args) {
    const d = parseDuration(a);
    if (Number.isNaN(d)) { yield* ctx.err(`${ctx.prog}: invalid time interval ${ctx.q(a)}\n`); bad = true; } else ms += d;
  }
  if (bad) { yield* ctx.err(`Try '${ctx.prog} --help' for more information.\n`); return 1; }
  let left = Math.ceil(ms);
  while (left > 0) left = yield* ctx.sleep(left);
  return 0;
});

function seqDecimals(s: string): number {
  const m = /\.(\d*)/.exec(s);
  return m && !/[eE]/.test(s) ? m[1]!.length : 0;
}

const seq = defineProgram('seq', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 's:wf:', long: { separator: 's:', 'equal-width': 'w', format: 'f:' }, numbersAreOperands: true });
  if (typeof c === 'number') return c;
  const a = c.args;
  if (a.length === 0) return yield* usageError(ctx, 'missing operand');
  if (a.length > 3) return yield* usageError(ctx, `extra operand ${ctx.q(a[3]!)}`);
  for (const x of a) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(x)) return yield* usageError(ctx, `invalid floating point argument: ${ctx.q(x)}`);
  }
  const first = a.length > 1 ? a[0]! : '1';
  const inc = a.length === 3 ? a[1]! : '1';
  const last = a[a.length - 1]!;
  if (Number(inc) === 0) return yield* usageError(ctx, `invalid Zero increment value: ${ctx.q(inc)}`);
  const dec = Math.max(seqDecimals(first), seqDecimals(inc));
  const sep = c.o.get('s') ?? '\n';
  const fmt = c.o.get('f');
  const f0 = Number(first), st = Number(inc), l = Number(last);
  const items: string[] = [];
  for (let i = 0; ; i++) {
    const v = f0 + i * st;
    if (st > 0 ? v > l + 1e-10 : v < l - 1e-10) break;
    items.push(fmt !== undefined ? printf(fmt, [String(v)]).out : v.toFixed(dec));
    yield* ctx.tick();
    if (items.length >= 1024) { yield* ctx.out(items.join(sep) + sep); items.length = 0; }
  }
  if (c.o.has('w')) {
    const w = Math.max(f0.toFixed(dec).length, l.toFixed(dec).length);
    for (let i = 0; i < items.length; i++) {
      const s = items[i]!;
      items[i] = s.startsWith('-') ? '-' + s.slice(1).padStart(w - 1, '0') : s.padStart(w, '0');
    }
  }
  if (items.length > 0) yield* ctx.out(items.join(sep) + '\n');
  return 0;
});

const tty = defineProgram('tty', function* (ctx) {
  const n = ctx.sys.ttyname(0);
  const silent = ctx.argv.includes('-s');
  if (typeof n === 'number') { if (!silent) yield* ctx.out('not a tty\n'); return 1; }
  if (!silent) yield* ctx.out(n + '\n');
  return 0;
});

const clear = defineProgram('clear', function* (ctx) {
  yield* ctx.out('\x1b[H\x1b[2J\x1b[3J');
  return 0;
});

const nproc = defineProgram('nproc', function* (ctx) { yield* ctx.out('1\n'); return 0; });
const sync = defineProgram('sync', function* () { return 0; });

/** Install paths of the programs in this file. */
export function basicPrograms(): Record<string, Program> {
  return {
    '/bin/true': trueProg, '/bin/false': falseProg, '/bin/echo': echo, '/usr/bin/printf': printfProg,
    '/usr/bin/yes': yes, '/bin/pwd': pwd, '/usr/bin/env': env, '/usr/bin/printenv': printenv,
    '/bin/sleep': sleep, '/usr/bin/seq': seq, '/usr/bin/tty': tty, '/usr/bin/clear': clear,
    '/usr/bin/nproc': nproc, '/bin/sync': sync,
  };
}
