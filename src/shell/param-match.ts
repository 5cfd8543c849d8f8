/**
 * The pattern operators of parameter expansion (bash(1) "Parameter
 * Expansion"): ${v#p} ${v##p} ${v%p} ${v%%p}, ${v/p/r} with `//`, `/#`, `/%`,
 * and the pattern of ${v^p} ${v,p}. Each asks a Matcher for the ends a
 * pattern reaches from a position, so a long value costs one pass per start.
 */
import type { Gen } from '../programs/runtime.ts';
import type { ExpandHost } from './expand.ts';
import { compiled, Matcher, sliced, type MatchOpts } from './pattern.ts';
import type { PVal } from './param.ts';

/** The replacement of ${x/p/r}: pieces, with `&` (unquoted) standing for the match. */
export type RepPiece = { s: string } | { amp: true };

/** Apply `f` to each string of a value, with a matcher of `pat` against it; preemptible. */
export function* mapMatch(h: ExpandHost, v: PVal, pat: string, o: MatchOpts, f: (m: Matcher) => string): Gen<PVal> {
  const c = compiled(pat, o.extglob ?? false);
  const tick = (n: number): Gen<void> => h.tick(n);
  const each = function* (s: string): Gen<string> {
    const m = new Matcher(c, [...s], o);
    return yield* sliced(m, tick, () => f(m));
  };
  if (v.k === 'one') return v.s === undefined ? v : { k: 'one', s: yield* each(v.s) };
  const arr: string[] = [];
  for (const s of v.arr) arr.push(yield* each(s));
  return { ...v, arr };
}

/** ${v#p} ${v##p} (side '#') and ${v%p} ${v%%p} (side '%'). */
export function trimWith(m: Matcher, side: '#' | '%', longest: boolean): string {
  const n = m.n;
  if (side === '#') {
    const e = longest ? m.longest(0) : m.shortest(0);
    return e < 0 ? m.text(0, n) : m.text(e, n);
  }
  if (longest) {
    for (let i = 0; i <= n; i++) if (m.matches(i, n)) return m.text(0, i);
  } else for (let i = n; i >= 0; i--) if (m.matches(i, n)) return m.text(0, i);
  return m.text(0, n);
}

/**
 * ${v/p/r} (all: `//`; anchor `#` at the start, `%` at the end): longest
 * matches, leftmost first; as in bash an empty match is replaced too and the
 * character after it kept, except at the end of a non-empty value. An empty
 * value is replaced (without `%`) only by a pattern that begins with `*`
 * (`starFirst`): bash's quick first-character test, kept for its output.
 */
export function substituteWith(m: Matcher, rep: RepPiece[], all: boolean, anchor: '' | '#' | '%', starFirst: boolean): string {
  const n = m.n;
  const build = (a: number, b: number): string => rep.map((r) => ('amp' in r ? m.text(a, b) : r.s)).join('');
  if (n === 0 && anchor !== '%') return starFirst && m.matches(0, 0) ? build(0, 0) : '';
  if (anchor === '#') {
    const e = m.longest(0);
    return e < 0 ? m.text(0, n) : build(0, e) + m.text(e, n);
  }
  if (anchor === '%') {
    for (let i = 0; i <= n; i++) if (m.matches(i, n)) return m.text(0, i) + build(i, n);
    return m.text(0, n);
  }
  let out = '';
  let i = 0;
  while (i < n) {
    const e = m.longest(i);
    if (e < 0) {
      out += m.chars[i];
      i++;
      continue;
    }
    out += build(i, e);
    if (e === i) out += m.chars[i++];
    else i = e;
    if (!all) return out + m.text(i, n);
  }
  return out;
}

/** ${v^p} ${v^^p} ${v,p} ${v,,p}: change the case of characters the pattern matches. */
export function caseWith(m: Matcher, upper: boolean, all: boolean): string {
  let out = '';
  for (let i = 0; i < m.n; i++) {
    const c = m.chars[i]!;
    if (i > 0 && !all) out += c;
    else if (m.matches(i, i + 1)) out += upper ? c.toUpperCase() : c.toLowerCase();
    else out += c;
  }
  return out;
}
