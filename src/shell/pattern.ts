/**
 * Shell pattern matching (bash(1) "Pattern Matching"): `*`, `?`, bracket
 * expressions with ranges and [:classes:], backslash-quoted characters, and
 * with `extglob` the groups `?(p|q)` `*(…)` `+(…)` `@(…)` `!(…)`.
 *
 * A pattern without groups is matched by a loop with one backtrack point per
 * `*` (no exponential blowup). Patterns with groups, and the positional
 * questions of ${v#p} and ${v/p/r}, go to the Matcher of pattern-sets.ts,
 * which computes sets of end positions (polynomial, step-counted, resumable).
 */
import type { Gen } from '../programs/runtime.ts';
import { bracketEnd, charMatches, compile, EXT_OPS, groupEnd, type Compiled, type MatchOpts, type PNode } from './pattern-compile.ts';
import { Matcher, MatchBudget } from './pattern-sets.ts';

export { Matcher };
export type { MatchOpts };

/** True when the pattern has an unescaped glob character (or, with extglob, a group). */
export function hasGlob(pat: string, extglob = false): boolean {
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (c === '[' && bracketEnd(pat, i, pat.length) > 0) return true;
    else if (extglob && (c === '+' || c === '@' || c === '!') && pat[i + 1] === '(' && groupEnd(pat, i + 1, pat.length)) return true;
  }
  return false;
}

const cache = new Map<string, Compiled>();

/** The compiled form of a pattern, cached. */
export function compiled(pat: string, extglob: boolean): Compiled {
  const key = (extglob ? '1' : '0') + pat;
  let c = cache.get(key);
  if (!c) {
    c = compile(pat, extglob);
    if (cache.size > 500) cache.clear();
    cache.set(key, c);
  }
  return c;
}

/** Whole-string match of a group-free pattern: one backtrack point per `*`; `count` is charged per step. */
function plainMatch(toks: PNode[], chars: string[], fold: boolean, count: { steps: number }): boolean {
  let ti = 0, si = 0, starT = -1, starS = 0;
  while (si < chars.length) {
    count.steps++;
    const t = toks[ti];
    if (t && t.k === 'star') {
      starT = ti++;
      starS = si;
      continue;
    }
    if (t && charMatches(t, chars[si]!, fold)) {
      ti++;
      si++;
      continue;
    }
    if (starT < 0) return false;
    ti = starT + 1;
    si = ++starS;
  }
  while (toks[ti]?.k === 'star') ti++;
  return ti === toks.length;
}

/** plainMatch with pathname expansion's rule that only a literal `.` takes a leading dot. */
function plainWhole(c: Compiled, chars: string[], o: MatchOpts, count: { steps: number }): boolean {
  if (o.period && chars[0] === '.' && !(c.seq[0]?.k === 'lit' && c.seq[0].c === '.')) return false;
  return plainMatch(c.seq, chars, o.nocase ?? false, count);
}

/**
 * Steps a matcher may take before the caller's tick gets a chance to preempt
 * (a scheduler quantum); each rerun gets twice as many, up to MAX_SLICE, so
 * re-walking finished work stays a fraction of the whole.
 */
const SLICE = 20_000, MAX_SLICE = 1_000_000;

/**
 * Run `f` (questions to matcher `m`) in step-counted slices: when a slice is
 * spent the matcher throws, `tick` is charged (it may yield), and `f` runs
 * again, finding the work already done in the matcher's memo tables.
 */
export function* sliced<T>(m: Matcher, tick: (steps: number) => Gen<void>, f: () => T): Gen<T> {
  for (let size = SLICE; ; size = Math.min(2 * size, MAX_SLICE)) {
    const before = m.steps;
    m.slice(size);
    try {
      const r = f();
      yield* tick(m.steps - before + 1);
      return r;
    } catch (e) {
      if (!(e instanceof MatchBudget)) throw e;
      yield* tick(m.steps - before + 1);
    }
  }
}

/** Whole-string match of `s` against `pat`, charging steps through `tick` (which may yield). */
export function* matchGen(pat: string, s: string, o: MatchOpts, tick: (steps: number) => Gen<void>): Gen<boolean> {
  const c = compiled(pat, o.extglob ?? false);
  const chars = [...s];
  if (c.exts === 0) {
    const count = { steps: 0 };
    const hit = plainWhole(c, chars, o, count);
    yield* tick(count.steps + 1);
    return hit;
  }
  const m = new Matcher(c, chars, o);
  return yield* sliced(m, tick, () => m.matches(0, chars.length));
}

/** Whole-string match without preemption (for short texts outside a shell's step budget). */
export function matchPattern(pat: string, s: string, o: MatchOpts = {}): boolean {
  const c = compiled(pat, o.extglob ?? false);
  const chars = [...s];
  if (c.exts === 0) return plainWhole(c, chars, o, { steps: 0 });
  return new Matcher(c, chars, o).matches(0, chars.length);
}

/**
 * Pathname expansion's rule for a name beginning with `.` (dotglob off): true
 * when the pattern cannot match the dot literally, so the name is skipped
 * before matching. A group counts when one of its alternatives begins with a
 * dot; after `?(…)` or `*(…)`, which may match nothing, the rest of the
 * pattern is asked too (bash's behaviour, including `@(x|).a` skipping).
 */
export function skipDotName(pat: string, extglob: boolean): boolean {
  const c = pat[0] ?? '';
  if (extglob && EXT_OPS.includes(c) && pat[1] === '(') {
    const g = groupEnd(pat, 1, pat.length);
    if (g) {
      const rest = pat.slice(g.close + 1);
      const cuts = [1, ...g.bars, g.close];
      for (let k = 0; k + 1 < cuts.length; k++) {
        if (!skipDotName(pat.slice(cuts[k]! + 1, cuts[k + 1]!), extglob)) return false;
      }
      if ((c === '?' || c === '*') && rest !== '') return skipDotName(rest, extglob);
      return true;
    }
  }
  return !(c === '.' || (c === '\\' && pat[1] === '.'));
}

/** Remove backslash quoting from a pattern (the literal text it stands for). */
export function unescapePattern(pat: string): string {
  return pat.replace(/\\(.)/gs, '$1');
}

/** Quote every pattern-special character of a literal string (extglob's too). */
export function escapePattern(s: string): string {
  return s.replace(/[\\*?[\]+@!()|]/g, '\\$&');
}
