/**
 * The one adapter between the VM and the regex engine (src/regex): compile
 * with perl's flags, run a match within a step budget (the MatchState is
 * plain data kept in the image while paused), and publish captures for
 * $1, $&, @-, @+ and %+.
 */
import { compile, isRegexError, runMatch, type MatchState, type Regex } from '../regex/index.ts';
import { matchOffsets, restartMatchAt, startMatchAt } from '../regex/match.ts';
import type { Vm } from './vm.ts';
import { isRef, newAv, newSv, type Sv, type Val } from './values.ts';
import { valStr } from './scalar.ts';

export type { MatchState, Regex };

/** Flags the regex engine understands (the op flags g c o e r are ours). */
export function engineFlags(flags: string): string {
  return flags.replace(/[gcoer]/g, '');
}

/** Pattern text and flags of a pattern operand (a string or a qr// object). */
export function patternOf(vm: Vm, v: Val): string {
  if (isRef(v) && v.to.blessed === 'Regexp' && v.to.t === 's') return String((v.to as Sv).v);
  return valStr(vm, v);
}

/** Engine flags of each op flag string seen (op flag strings are few: they come from code). */
const ENGINE_FLAGS = new Map<string, string>();

/** Compile or return a die message in perl's words. */
export function compileRe(vm: Vm, pattern: string, flags: string): Regex | string {
  let ef = ENGINE_FLAGS.get(flags);
  if (ef === undefined) { ef = engineFlags(flags); ENGINE_FLAGS.set(flags, ef); }
  const r = compile(pattern, ef);
  if (isRegexError(r)) return r.message;
  void vm;
  return r;
}

/**
 * A regex op's memory of the last pattern text it compiled: the same text
 * gives the same program, so a constant pattern is compiled (and looked up)
 * once per op rather than once per match. Lives beside the compiled code,
 * never in a process image.
 */
export interface SiteCache { pat: string; re: Regex | string }

/** compileRe through a site cache. */
export function compileAt(vm: Vm, site: { cache?: SiteCache }, pattern: string, flags: string): Regex | string {
  const c = site.cache;
  if (c !== undefined && c.pat === pattern) return c.re;
  const re = compileRe(vm, pattern, flags);
  site.cache = { pat: pattern, re };
  return re;
}

export interface MatchRun { st: MatchState }

export function beginMatch(re: Regex, subject: string, start: number, gpos: number, notEmptyAt: number): MatchState {
  return startMatchAt(re, subject, start, gpos, notEmptyAt);
}

/** A state for one-shot matches, reused while each finishes within its op. */
let scratch: MatchState | null = null;

/**
 * beginMatch for a match whose state is dropped as soon as its result is
 * read. If it must pause, call keepMatch(st) before storing it in the image.
 */
export function beginTransientMatch(re: Regex, subject: string, start: number, gpos: number, notEmptyAt: number): MatchState {
  if (scratch === null) return (scratch = startMatchAt(re, subject, start, gpos, notEmptyAt));
  return restartMatchAt(scratch, re, subject, start, gpos, notEmptyAt);
}

/** A transient state is being kept (paused in the image): stop reusing it. */
export function keepMatch(st: MatchState): void {
  if (st === scratch) scratch = null;
}

/** Run a match for what is left of the slice; 'budget' means pause. */
export function stepMatch(vm: Vm, st: MatchState): 'match' | 'fail' | 'budget' {
  const before = st.steps;
  const left = Math.max(1000, (vm.budget - vm.steps) * 4);
  const r = runMatch(st, left);
  vm.steps += Math.ceil((st.steps - before) / 4);
  return r;
}

/** Record a successful match as the one $1, $& etc. read. */
export function publishMatch(vm: Vm, st: MatchState): number[] {
  const offsets = matchOffsets(st);
  // The names table is the program's own (read-only) data. A new record each time:
  // scopes keep the previous one to restore it.
  vm.img.lastMatch = { subject: st.subject, offsets, names: st.prog.names as [string, number[]][] };
  return offsets;
}

/** Capture group `n` of the last match, or undef. */
export function captureOf(vm: Vm, n: number): Val {
  const m = vm.img.lastMatch;
  if (!m) return undefined;
  const s = m.offsets[2 * n], e = m.offsets[2 * n + 1];
  if (s === undefined || s < 0 || e === undefined || e < 0) return undefined;
  return m.subject.slice(s, e);
}

/** $&, $`, $', $+, $^N */
export function specialCapture(vm: Vm, key: string): Val {
  const m = vm.img.lastMatch;
  if (!m) return undefined;
  switch (key) {
    case '&': return m.subject.slice(m.offsets[0], m.offsets[1]);
    case '`': return m.subject.slice(0, m.offsets[0]);
    case "'": return m.subject.slice(m.offsets[1]);
    case '+': {
      for (let g = m.offsets.length / 2 - 1; g > 0; g--) if (m.offsets[2 * g]! >= 0) return captureOf(vm, g);
      return undefined;
    }
    case '^N': {
      // The group closed most recently: the one ending last (an enclosing group closes after the groups inside it).
      let best = -1;
      for (let g = 1; g < m.offsets.length / 2; g++) if (m.offsets[2 * g]! >= 0 && (best < 0 || m.offsets[2 * g + 1]! > m.offsets[2 * best + 1]!)) best = g;
      return best < 0 ? undefined : captureOf(vm, best);
    }
  }
  if (/^\d+$/.test(key)) return captureOf(vm, Number(key));
  return undefined;
}

/** Named capture for %+. */
export function namedCapture(vm: Vm, name: string): Val {
  const m = vm.img.lastMatch;
  if (!m) return undefined;
  const entry = m.names.find(([n]) => n === name);
  if (!entry) return undefined;
  for (const g of entry[1]) { const v = captureOf(vm, g); if (v !== undefined) return v; }
  return undefined;
}

/** %-: every group called `name` in the last match, as a reference to an array of their captures. */
export function namedCaptureAll(vm: Vm, name: string): Val {
  const m = vm.img.lastMatch;
  const entry = m?.names.find(([n]) => n === name);
  if (!entry) return undefined;
  const av = newAv(entry[1].map((g) => newSv(captureOf(vm, g))));
  av.rc = 0;
  return vm.mortalRef(av);
}

/** keys %+ (the names that matched) or keys %- (every name of the pattern). */
export function namedCaptureKeys(vm: Vm, all: boolean): string[] {
  const m = vm.img.lastMatch;
  if (!m) return [];
  return m.names.filter(([, gs]) => all || gs.some((g) => captureOf(vm, g) !== undefined)).map(([n]) => n);
}
