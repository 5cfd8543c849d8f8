/**
 * Shell pattern matching (bash(1) "Pattern Matching"): `*`, `?`, bracket
 * expressions with ranges and [:classes:], backslash-quoted characters.
 * The matcher keeps one backtrack point per `*` (no exponential blowup) and
 * charges steps through `tick`.
 */

type PTok =
  | { k: 'lit'; c: string }
  | { k: 'any' }
  | { k: 'star' }
  | { k: 'set'; neg: boolean; items: ({ lo: string; hi: string } | { cls: string })[] };

const CLASSES: Record<string, (c: string) => boolean> = {
  alpha: (c) => /^[A-Za-z]$/.test(c), digit: (c) => /^[0-9]$/.test(c), alnum: (c) => /^[A-Za-z0-9]$/.test(c),
  upper: (c) => /^[A-Z]$/.test(c), lower: (c) => /^[a-z]$/.test(c), space: (c) => /^\s$/.test(c),
  blank: (c) => c === ' ' || c === '\t', punct: (c) => /^[!-\/:-@\[-`{-~]$/.test(c),
  xdigit: (c) => /^[0-9A-Fa-f]$/.test(c), print: (c) => c >= ' ' && c !== '\x7f', graph: (c) => c > ' ' && c !== '\x7f',
  cntrl: (c) => c < ' ' || c === '\x7f', word: (c) => /^\w$/.test(c),
};

/** True when the pattern has an unescaped glob character. */
export function hasGlob(pat: string): boolean {
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (c === '[' && bracketEnd(pat, i) > 0) return true;
  }
  return false;
}

/** Index just past the closing `]` of a bracket expression at i, or -1. */
function bracketEnd(pat: string, i: number): number {
  let j = i + 1;
  if (pat[j] === '!' || pat[j] === '^') j++;
  if (pat[j] === ']') j++;
  for (; j < pat.length; j++) {
    if (pat[j] === '\\') j++;
    else if (pat[j] === '[' && pat[j + 1] === ':') {
      const e = pat.indexOf(':]', j + 2);
      if (e > 0) j = e + 1;
    } else if (pat[j] === ']') return j + 1;
  }
  return -1;
}

function compile(pat: string): PTok[] {
  const out: PTok[] = [];
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i]!;
    if (c === '\\' && i + 1 < pat.length) out.push({ k: 'lit', c: pat[++i]! });
    else if (c === '*') {
      if (out[out.length - 1]?.k !== 'star') out.push({ k: 'star' });
    } else if (c === '?') out.push({ k: 'any' });
    else if (c === '[' && bracketEnd(pat, i) > 0) {
      const end = bracketEnd(pat, i);
      out.push(compileSet(pat.slice(i + 1, end - 1)));
      i = end - 1;
    } else out.push({ k: 'lit', c });
  }
  return out;
}

function compileSet(body: string): PTok {
  let i = 0;
  let neg = false;
  if (body[0] === '!' || body[0] === '^') {
    neg = true;
    i = 1;
  }
  const items: ({ lo: string; hi: string } | { cls: string })[] = [];
  for (; i < body.length; i++) {
    let c = body[i]!;
    if (c === '[' && body[i + 1] === ':') {
      const e = body.indexOf(':]', i + 2);
      if (e > 0) {
        items.push({ cls: body.slice(i + 2, e) });
        i = e + 1;
        continue;
      }
    }
    if (c === '\\' && i + 1 < body.length) c = body[++i]!;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      let hi = body[i + 2]!;
      i += 2;
      if (hi === '\\' && i + 1 < body.length) hi = body[++i]!;
      items.push({ lo: c, hi });
    } else items.push({ lo: c, hi: c });
  }
  return { k: 'set', neg, items };
}

function inSet(t: PTok & { k: 'set' }, c: string, fold: boolean): boolean {
  const test = (x: string): boolean => t.items.some((it) => ('cls' in it ? (CLASSES[it.cls]?.(x) ?? false) : x >= it.lo && x <= it.hi));
  let hit = test(c);
  if (!hit && fold) hit = test(c.toLowerCase()) || test(c.toUpperCase());
  return hit !== t.neg;
}

function tokMatches(t: PTok, c: string, fold: boolean): boolean {
  if (t.k === 'any') return true;
  if (t.k === 'lit') return fold ? t.c.toLowerCase() === c.toLowerCase() : t.c === c;
  if (t.k === 'set') return inSet(t, c, fold);
  return false;
}

export interface MatchOpts {
  nocase?: boolean;
  tick?: () => void;
}

const cache = new Map<string, PTok[]>();
function compiled(pat: string): PTok[] {
  let c = cache.get(pat);
  if (!c) {
    c = compile(pat);
    if (cache.size > 500) cache.clear();
    cache.set(pat, c);
  }
  return c;
}

/** Whole-string match of `s` against the shell pattern `pat`. */
export function matchPattern(pat: string, s: string, o: MatchOpts = {}): boolean {
  const toks = compiled(pat);
  const chars = [...s];
  let ti = 0, si = 0, starT = -1, starS = 0;
  const fold = o.nocase ?? false;
  while (si < chars.length) {
    o.tick?.();
    const t = toks[ti];
    if (t && t.k === 'star') {
      starT = ti++;
      starS = si;
      continue;
    }
    if (t && tokMatches(t, chars[si]!, fold)) {
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

/** Remove backslash quoting from a pattern (the literal text it stands for). */
export function unescapePattern(pat: string): string {
  return pat.replace(/\\(.)/gs, '$1');
}

/** Quote every pattern-special character of a literal string. */
export function escapePattern(s: string): string {
  return s.replace(/[\\*?[\]]/g, '\\$&');
}
