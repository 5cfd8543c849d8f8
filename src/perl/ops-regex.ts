/**
 * Ops: m//, s///, tr///, qr//. Matching runs on the preemptible engine: a
 * match that outlasts the slice is paused with its state in the frame's
 * opState (or the s/// state in the pad) and resumed by re-running the op;
 * a pending signal's handler runs first, as perl runs handlers mid-match.
 */
import { OP } from './opcodes.ts';
import { Flow, type Handler } from './flow.ts';
import type { Vm } from './vm.ts';
import type { Frame } from './image.ts';
import { subOf } from './code.ts';
import { mortalRef } from './refcount.ts';
import { isRef, newSv, type Sv, type Val } from './values.ts';
import { strW, val, valStr, valBool, type Item } from './scalar.ts';
import { assignSv } from './ops-core.ts';
import { isObject, isOverloaded, stringsOf } from './overload.ts';
import { beginMatch, beginTransientMatch, compileAt, compileRe, keepMatch, patternOf, publishMatch, stepMatch, type MatchState, type Regex, type SiteCache } from './regex-glue.ts';
import { matchResult } from '../regex/index.ts';
import { chars, hasSurrogate } from './astral.ts';

export const H: Record<number, Handler> = {};

/** A regex op's constant; `cache` remembers the last compiled pattern (see SiteCache). */
interface MatchInfo { flags: string; neg: boolean; cache?: SiteCache; /** flags has g (read once) */ g?: boolean }
interface MatchOp { pc: number; phase: string; st: MatchState | null; results: Val[]; pos: number; notEmptyAt: number; [k: string]: unknown }

const consts = (f: Frame): unknown[] => subOf(f.unit, f.sub).consts;

type PosSv = Sv & { pos?: number; posEmpty?: number };

const posSvOf = (target: Item): PosSv | null =>
  (typeof target === 'object' && target !== null && (target as Sv).t === 's' ? (target as PosSv) : null);

/**
 * The string a regex op works on: an object with "" overloading is converted
 * by its handler first. A number is the op's flow while the handler runs
 * (the op is then executed again, its operands still on the stack).
 */
function subjectOf(vm: Vm, pc: number, f: Frame, target: Item, warnAs: string | undefined): string | number {
  if (typeof target === 'object' && target !== null && (target as Sv).t === 's' && (target as Sv).mg === undefined && typeof (target as Sv).v === 'string') return (target as Sv).v as string;
  const v = val(vm, target);
  if (!isObject(v) || !isOverloaded(vm, v)) return strW(vm, target, warnAs);
  const r = stringsOf(vm, pc, f, [v], (x) => valStr(vm, x));
  return typeof r === 'number' ? r : r[0]!;
}

H[OP.MATCH] = (vm, code, pc, f) => {
  const info = vm.consts[code[pc + 1]!] as MatchInfo;
  const want = code[pc + 2]!;
  const s = vm.img.stack;
  const target = s[s.length - 2] as Item;
  const g = info.g ??= info.flags.includes('g');
  let op = f.opState !== null && f.opState.pc === pc && f.opState.phase === 'match' ? f.opState as MatchOp : null;
  if (op) {
    const r = vm.checkSignals(pc, f);
    if (r === Flow.SWITCH) return r;
  } else {
    const subject = subjectOf(vm, pc, f, target, f.warn ? 'pattern match (m//)' : undefined);
    if (typeof subject === 'number') return subject;
    const re = compileAt(vm, info, patternOf(vm, val(vm, s[s.length - 1] as Item)), info.flags);
    if (typeof re === 'string') return vm.dieMsg(re);
    if (!g) {
      // One match, usually finished within the slice: no resumable state unless it pauses.
      const st = beginTransientMatch(re, subject, 0, 0, -1);
      const r = stepMatch(vm, st);
      if (r === 'budget') { keepMatch(st); f.opState = { pc, phase: 'match', st, results: [], pos: 0, notEmptyAt: -1 } satisfies MatchOp; return Flow.YIELD; }
      if (st.error !== null) return vm.dieMsg(st.error);
      return single(vm, pc, st, r, info, want);
    }
    const tsv = posSvOf(target);
    const start = tsv?.pos !== undefined && tsv.pos <= subject.length ? tsv.pos : 0;
    op = { pc, phase: 'match', st: beginMatch(re, subject, start, start, tsv?.pos !== undefined ? tsv.posEmpty ?? -1 : -1), results: [], pos: start, notEmptyAt: -1 };
  }
  for (;;) {
    const st = op.st!;
    const r = stepMatch(vm, st);
    if (r === 'budget') { f.opState = op; return Flow.YIELD; }
    f.opState = null;
    if (st.error !== null) return vm.dieMsg(st.error);
    if (!g) return single(vm, pc, st, r, info, want);
    const tsv = posSvOf(target);
    if (r === 'fail') {
      if (tsv && !info.flags.includes('c')) { tsv.pos = undefined; tsv.posEmpty = undefined; }
      if (want === 2) return finish(vm, pc, op.results);
      return finish(vm, pc, info.neg ? 1 : '');
    }
    const offs = publishMatch(vm, st);
    const end = offs[1]!;
    const empty = offs[0] === end;
    if (want !== 2) {
      if (tsv) { tsv.pos = end; tsv.posEmpty = empty ? end : -1; }
      return finish(vm, pc, info.neg ? '' : 1);
    }
    const ngroups = offs.length / 2 - 1;
    if (ngroups) op.results.push(...captures(st.subject, offs)); else op.results.push(st.subject.slice(offs[0], end));
    if (end > st.subject.length || (empty && end >= st.subject.length)) { if (tsv) tsv.pos = undefined; return finish(vm, pc, op.results); }
    op.st = beginMatch(st.prog, st.subject, end, end, empty ? end : -1);
  }
};

/** The capture groups' texts (undef for a group that did not take part). */
function captures(subject: string, offs: number[]): Val[] {
  const caps: Val[] = [];
  for (let i = 2; i < offs.length; i += 2) caps.push(offs[i]! < 0 ? undefined : subject.slice(offs[i], offs[i + 1]));
  return caps;
}

/** Result of a match without /g. */
function single(vm: Vm, pc: number, st: MatchState, r: 'match' | 'fail', info: MatchInfo, want: number): number {
  if (r === 'fail') return finish(vm, pc, info.neg ? 1 : want === 2 ? [] : '');
  const offs = publishMatch(vm, st);
  if (want === 2 && !info.neg) {
    if (offs.length === 4) {
      // One group, the common case: its text without the general loop.
      const b = offs[2]!;
      return finish(vm, pc, [b < 0 ? undefined : st.subject.slice(b, offs[3])]);
    }
    return finish(vm, pc, offs.length > 2 ? captures(st.subject, offs) : [1]);
  }
  return finish(vm, pc, info.neg ? '' : 1);
}

function finish(vm: Vm, pc: number, result: Val | Val[]): number {
  const s = vm.img.stack;
  s.pop();
  s[s.length - 1] = result as Item;
  return pc + 3;
}

// ---- s///
interface SubstState {
  target: Item; subject: string; re: Regex; flags: string; out: string; last: number;
  count: number; done: boolean; st: MatchState | null; mEnd: number; nextStart: number; notEmptyAt: number;
}

H[OP.SUBST_INIT] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const info = consts(f)[code[pc + 2]!] as MatchInfo;
  const subject = subjectOf(vm, pc, f, s[s.length - 2] as Item, f.warn ? 'substitution (s///)' : undefined);
  if (typeof subject === 'number') return subject;
  const pat = val(vm, s.pop() as Item);
  const target = s.pop() as Item;
  const re = compileAt(vm, info, patternOf(vm, pat), info.flags);
  if (typeof re === 'string') return vm.dieMsg(re);
  (f.pad as unknown[])[code[pc + 1]!] = { target, subject, re, flags: info.flags, out: '', last: 0, count: 0, done: false, st: null, mEnd: 0, nextStart: 0, notEmptyAt: -1 } satisfies SubstState;
  return pc + 3;
};

H[OP.SUBST_NEXT] = (vm, code, pc, f) => {
  const ss = (f.pad as unknown[])[code[pc + 1]!] as SubstState;
  if (ss.done || ss.nextStart > ss.subject.length) return code[pc + 2]!;
  if (ss.st) {
    const r = vm.checkSignals(pc, f);
    if (r === Flow.SWITCH) return r;
  } else ss.st = beginMatch(ss.re, ss.subject, ss.nextStart, ss.nextStart, ss.notEmptyAt);
  const r = stepMatch(vm, ss.st);
  if (r === 'budget') return Flow.YIELD;
  const st = ss.st;
  ss.st = null;
  if (st.error !== null) return vm.dieMsg(st.error);
  if (r === 'fail') { ss.done = true; return code[pc + 2]!; }
  const offs = publishMatch(vm, st);
  void matchResult;
  ss.out += ss.subject.slice(ss.last, offs[0]);
  ss.mEnd = offs[1]!;
  ss.count++;
  if (!ss.flags.includes('g')) ss.done = true;
  else {
    ss.nextStart = offs[1]!;
    ss.notEmptyAt = offs[0] === offs[1] ? offs[1]! : -1;
  }
  return pc + 3;
};

H[OP.SUBST_APPEND] = (vm, code, pc, f) => {
  const ss = (f.pad as unknown[])[code[pc + 1]!] as SubstState;
  ss.out += valStr(vm, val(vm, vm.img.stack.pop() as Item));
  ss.last = ss.mEnd;
  return pc + 2;
};

H[OP.SUBST_END] = (vm, code, pc, f) => {
  const pad = f.pad as unknown[];
  const ss = pad[code[pc + 1]!] as SubstState;
  pad[code[pc + 1]!] = undefined;
  const result = ss.out + ss.subject.slice(ss.last);
  if (ss.flags.includes('r')) { vm.img.stack.push(ss.count ? result : ss.subject); return pc + 3; }
  if (ss.count) {
    const t = ss.target as Sv;
    if (typeof t !== 'object' || t === null || t.t !== 's') return vm.dieMsg("Can't modify constant item in substitution (s///)");
    assignSv(vm, t, result);
  }
  vm.img.stack.push(ss.count ? ss.count : '');
  return pc + 3;
};

// ---- tr///
interface TrInfo { from: string; to: string; flags: string }

H[OP.TRANS] = (vm, code, pc, f) => {
  const info = consts(f)[code[pc + 1]!] as TrInfo;
  const s = vm.img.stack;
  const src = subjectOf(vm, pc, f, s[s.length - 1] as Item, f.warn ? 'transliteration (tr///)' : undefined);
  if (typeof src === 'number') return src;
  const target = s.pop() as Item;
  const { out, count } = transliterate(src, info);
  if (info.flags.includes('r')) { s.push(out); return pc + 3; }
  if (out !== src) {
    if (typeof target !== 'object' || target === null || (target as Sv).t !== 's') return vm.dieMsg("Can't modify constant item in transliteration (tr///)");
    assignSv(vm, target as Sv, out);
  }
  s.push(count);
  return pc + 3;
};

/** perlop tr///: c complement, d delete, s squeeze. */
export function transliterate(src: string, info: TrInfo): { out: string; count: number } {
  const del = info.flags.includes('d');
  const comp = info.flags.includes('c');
  const squeeze = info.flags.includes('s');
  // Lists of characters when either list holds one above U+FFFF (a surrogate pair).
  const wide = hasSurrogate(info.from) || hasSurrogate(info.to);
  let to: string | string[] = wide ? chars(info.to) : info.to;
  const from: string | string[] = wide ? chars(info.from) : info.from;
  const countOnly = to.length === 0 && !del;
  if (countOnly) to = from;
  let out = '';
  let count = 0;
  let lastAppended: string | null = null;
  for (const ch of src) {
    let idx = from.indexOf(ch);
    if (comp) idx = idx < 0 ? 0 : -1;
    if (idx < 0) { out += ch; lastAppended = null; continue; }
    count++;
    let rep: string | null;
    if (comp) rep = del ? null : countOnly ? ch : to[to.length - 1] ?? ch;
    else if (idx < to.length) rep = to[idx]!;
    else rep = del ? null : countOnly ? ch : to[to.length - 1] ?? ch;
    if (rep === null) continue;
    if (squeeze && lastAppended === rep) continue;
    out += rep;
    lastAppended = rep;
  }
  return { out, count };
}

H[OP.QR] = (vm, code, pc, f) => {
  const flags = consts(f)[code[pc + 1]!] as string;
  const s = vm.img.stack;
  const src = val(vm, s.pop() as Item);
  const pat = patternOf(vm, src);
  const re = compileRe(vm, pat, flags);
  if (typeof re === 'string') return vm.dieMsg(re);
  const fl = flags.replace(/[^msixn]/g, '');
  // qr/$re/ of a lone qr object is that regexp again, not a nested one (as perl's).
  const same = isRef(src) && src.to.blessed === 'Regexp' && src.to.t === 's' && String((src.to as Sv).v) === pat;
  const sv = newSv(same ? pat : `(?^${fl}:${pat})`);
  sv.rc = 0;
  sv.blessed = 'Regexp';
  s.push(mortalRef(vm, sv));
  return pc + 2;
};

export { valBool };
