/** awk's built-in functions (POSIX plus mawk's fflush), and command capture for `cmd | getline`. */
import { fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import { search } from './lib/regex-bridge.ts';
import { runChild } from './lib/exec.ts';
import type { Expr } from './awk-parse.ts';
import { AwkFatal, StrNum, sprintfAwk, toNum } from './awk-value.ts';
import type { V } from './awk-value.ts';
import type { AwkVm } from './awk.ts';

/** Run `sh -c cmd` and collect its stdout. */
export function* captureCommand(ctx: Ctx, cmd: string, before: () => Gen<void>): Gen<string> {
  yield* before();
  const p = ctx.sys.pipe();
  if (typeof p === 'number') return '';
  const pid = ctx.spawn('/bin/sh', ['sh', '-c', cmd], ctx.envp(), { fds: { 1: p[1] }, close: [p[0]] });
  ctx.sys.close(p[1]);
  const all = yield* ctx.readAll(p[0]);
  ctx.sys.close(p[0]);
  if (pid > 0) yield* ctx.wait4(pid, 0);
  return typeof all === 'number' ? '' : fromUtf8(all);
}

export function* builtin(vm: AwkVm, name: string, args: Expr[]): Gen<V> {
  const ev = (i: number): Gen<V> => vm.ev(args[i]!);
  const s = function* (i: number): Gen<string> { return vm.str(yield* ev(i)); };
  const n = function* (i: number): Gen<number> { return toNum(yield* ev(i)); };
  switch (name) {
    case 'length': {
      if (args.length === 0) return [...vm.str(vm.getField(0))].length;
      const a = args[0]!;
      if (a.k === 'var' && (vm.arrays.has(a.name) || vm.frame()?.get(a.name) instanceof Map)) return vm.arr(a.name).size;
      return [...(yield* s(0))].length;
    }
    case 'substr': {
      const str = [...(yield* s(0))];
      const m = yield* n(1);
      const len = args.length > 2 ? yield* n(2) : Infinity;
      const rint = (x: number): number => { const f = Math.floor(x); const d = x - f; return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f; };
      let start = rint(m);
      if (start < 1) start = 1;
      let end = len === Infinity ? str.length + 1 : start + rint(len);
      if (Number.isNaN(end)) end = start;
      end = Math.min(end, str.length + 1);
      return end > start ? str.slice(start - 1, end - 1).join('') : '';
    }
    case 'index': { const a = yield* s(0); const b = yield* s(1); return a.indexOf(b) + 1; }
    case 'split': {
      const str = yield* s(0);
      const arrName = (args[1] as { name: string }).name;
      const fs = args.length > 2 ? (args[2]!.k === 're' ? (args[2] as { src: string }).src : yield* s(2)) : vm.str(vm.globals.get('FS'));
      const parts = vm.splitWith(str, fs);
      const a = vm.arr(arrName);
      a.clear();
      parts.forEach((p, i) => a.set(String(i + 1), new StrNum(p)));
      return parts.length;
    }
    case 'sub': case 'gsub': {
      const target: Expr = args[2] ?? { k: 'field', e: { k: 'num', v: 0 } };
      const str = vm.str(yield* vm.ev(target));
      const re = args[0]!.k === 're' ? vm.regex((args[0] as { src: string }).src) : vm.regex(yield* s(0));
      const repl = yield* s(1);
      let out = '';
      let pos = 0;
      let count = 0;
      let from = 0;
      let notEmptyAt = -1;
      while (from <= str.length) {
        const m = yield* search(vm.ctx, re, str, from, notEmptyAt);
        if (!m) break;
        out += str.slice(pos, m[0]) + awkRepl(repl, str.slice(m[0], m[1]));
        pos = m[1]!;
        count++;
        if (name === 'sub') break;
        if (m[1] === m[0]) { if (m[0]! < str.length) out += str[m[0]!]; pos = m[0]! + 1; from = pos; notEmptyAt = -1; }
        else { from = m[1]!; notEmptyAt = m[1]!; }
      }
      if (count > 0) { out += str.slice(Math.min(pos, str.length)); yield* vm.assignTo(target, out); }
      return count;
    }
    case 'match': {
      const str = yield* s(0);
      const m = yield* vm.reMatches(args[1]!, str);
      vm.globals.set('RSTART', m ? m[0]! + 1 : 0);
      vm.globals.set('RLENGTH', m ? m[1]! - m[0]! : -1);
      return m ? m[0]! + 1 : 0;
    }
    case 'sprintf': {
      const vals: V[] = [];
      for (let i = 0; i < args.length; i++) vals.push(yield* ev(i));
      return sprintfAwk(vm.str(vals[0]), vals.slice(1), vm.convfmt);
    }
    case 'tolower': return (yield* s(0)).toLowerCase();
    case 'toupper': return (yield* s(0)).toUpperCase();
    case 'int': return Math.trunc(yield* n(0));
    case 'sqrt': return Math.sqrt(yield* n(0));
    case 'exp': return Math.exp(yield* n(0));
    case 'log': return Math.log(yield* n(0));
    case 'sin': return Math.sin(yield* n(0));
    case 'cos': return Math.cos(yield* n(0));
    case 'atan2': { const y = yield* n(0); return Math.atan2(y, yield* n(1)); }
    case 'rand': {
      vm.rng = (Math.imul(vm.rng ^ (vm.rng >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
      return vm.rng / 4294967296;
    }
    case 'srand': {
      const prev = vm.prevSeed;
      const [sec] = vm.ctx.sys.clockGettime('realtime');
      vm.prevSeed = args.length > 0 ? yield* n(0) : sec;
      vm.rng = vm.prevSeed >>> 0;
      return prev;
    }
    case 'system': {
      const cmd = yield* s(0);
      yield* vm.ctx.flush();
      const ws = yield* runChild(vm.ctx, ['/bin/sh', '-c', cmd]);
      return ws < 0 ? -1 : (ws & 0x7f) === 0 ? (ws >> 8) & 255 : 256 + (ws & 0x7f);
    }
    case 'close': return yield* vm.closeStream(yield* s(0));
    case 'fflush': yield* vm.ctx.flush(); return 0;
    default: throw new AwkFatal(`function ${name} never defined`);
  }
}

/** sub/gsub replacement: & is the match, \\& a literal &. */
function awkRepl(repl: string, matched: string): string {
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i]!;
    if (c === '\\' && (repl[i + 1] === '&' || repl[i + 1] === '\\')) { out += repl[++i]; continue; }
    out += c === '&' ? matched : c;
  }
  return out;
}

