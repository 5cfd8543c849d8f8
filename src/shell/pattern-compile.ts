/**
 * Compiling shell patterns (bash(1) "Pattern Matching") into element lists:
 * literals, `?`, `*`, bracket expressions, and extglob groups whose
 * alternatives are element lists of their own.
 */

export type ExtOp = '?' | '*' | '+' | '@' | '!';
export type SetItem = { lo: string; hi: string } | { cls: string };

/** One element of a compiled pattern. Ext nodes carry an id for memo tables. */
export type PNode =
  | { k: 'lit'; c: string }
  | { k: 'any' }
  | { k: 'star' }
  | { k: 'set'; neg: boolean; items: SetItem[] }
  | { k: 'ext'; op: ExtOp; alts: PNode[][]; id: number };

export interface Compiled {
  seq: PNode[];
  /** Number of ext nodes (their ids are 0..exts-1). */
  exts: number;
}

export interface MatchOpts {
  nocase?: boolean;
  /** Recognise the `?(…)` `*(…)` `+(…)` `@(…)` `!(…)` groups. */
  extglob?: boolean;
  /** Pathname expansion: a leading `.` is matched only by a literal `.`. */
  period?: boolean;
}

/** Groups nested deeper than this are read as plain characters. */
const MAX_NEST = 100;
export const EXT_OPS = '?*+@!';

const CLASSES: Record<string, (c: string) => boolean> = {
  alpha: (c) => /^[A-Za-z]$/.test(c), digit: (c) => /^[0-9]$/.test(c), alnum: (c) => /^[A-Za-z0-9]$/.test(c),
  upper: (c) => /^[A-Z]$/.test(c), lower: (c) => /^[a-z]$/.test(c), space: (c) => /^\s$/.test(c),
  blank: (c) => c === ' ' || c === '\t', punct: (c) => /^[!-\/:-@\[-`{-~]$/.test(c),
  xdigit: (c) => /^[0-9A-Fa-f]$/.test(c), print: (c) => c >= ' ' && c !== '\x7f', graph: (c) => c > ' ' && c !== '\x7f',
  cntrl: (c) => c < ' ' || c === '\x7f', word: (c) => /^\w$/.test(c),
};

/** Index just past the closing `]` of a bracket expression at i (before `to`), or -1. */
export function bracketEnd(pat: string, i: number, to: number): number {
  let j = i + 1;
  if (pat[j] === '!' || pat[j] === '^') j++;
  if (pat[j] === ']') j++;
  for (; j < to; j++) {
    if (pat[j] === '\\') j++;
    else if (pat[j] === '[' && pat[j + 1] === ':') {
      const e = pat.indexOf(':]', j + 2);
      if (e > 0 && e + 1 < to) j = e + 1;
    } else if (pat[j] === ']') return j + 1;
  }
  return -1;
}

/**
 * The group whose `(` is at `open`: the index of its `)` and of the `|`s
 * separating its alternatives at its own level; null when unclosed.
 */
export function groupEnd(pat: string, open: number, to: number): { close: number; bars: number[] } | null {
  const bars: number[] = [];
  let depth = 0;
  for (let j = open + 1; j < to; j++) {
    const c = pat[j];
    if (c === '\\') j++;
    else if (c === '[') {
      const e = bracketEnd(pat, j, to);
      if (e > 0) j = e - 1;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return { close: j, bars };
      depth--;
    } else if (c === '|' && depth === 0) bars.push(j);
  }
  return null;
}

/** Compile a pattern text; `\x` stands for a literal x. */
export function compile(pat: string, extglob: boolean): Compiled {
  const ctx = { exts: 0, extglob };
  return { seq: compileSeq(pat, 0, pat.length, ctx, 0), exts: ctx.exts };
}

function compileSeq(pat: string, from: number, to: number, ctx: { exts: number; extglob: boolean }, depth: number): PNode[] {
  const out: PNode[] = [];
  for (let i = from; i < to; i++) {
    const c = pat[i]!;
    if (c === '\\' && i + 1 < to) {
      out.push({ k: 'lit', c: pat[++i]! });
      continue;
    }
    if (ctx.extglob && EXT_OPS.includes(c) && pat[i + 1] === '(' && depth < MAX_NEST) {
      const g = groupEnd(pat, i + 1, to);
      if (g) {
        const id = ctx.exts++;
        const cuts = [i + 1, ...g.bars, g.close];
        const alts: PNode[][] = [];
        for (let k = 0; k + 1 < cuts.length; k++) alts.push(compileSeq(pat, cuts[k]! + 1, cuts[k + 1]!, ctx, depth + 1));
        out.push({ k: 'ext', op: c as ExtOp, alts, id });
        i = g.close;
        continue;
      }
    }
    if (c === '*') {
      if (out[out.length - 1]?.k !== 'star') out.push({ k: 'star' });
    } else if (c === '?') out.push({ k: 'any' });
    else if (c === '[' && bracketEnd(pat, i, to) > 0) {
      const end = bracketEnd(pat, i, to);
      out.push(compileSet(pat.slice(i + 1, end - 1)));
      i = end - 1;
    } else out.push({ k: 'lit', c });
  }
  return out;
}

function compileSet(body: string): PNode {
  let i = 0;
  let neg = false;
  if (body[0] === '!' || body[0] === '^') {
    neg = true;
    i = 1;
  }
  const items: SetItem[] = [];
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

/** Bracket membership; with `fold` ranges and characters compare lowercased, classes as written (as bash). */
function inSet(t: PNode & { k: 'set' }, c: string, fold: boolean): boolean {
  const x = fold ? c.toLowerCase() : c;
  const hit = t.items.some((it) => {
    if ('cls' in it) return CLASSES[it.cls]?.(c) ?? false;
    return fold ? x >= it.lo.toLowerCase() && x <= it.hi.toLowerCase() : x >= it.lo && x <= it.hi;
  });
  return hit !== t.neg;
}

/** Whether a one-character node (lit, any, set) matches c. */
export function charMatches(t: PNode, c: string, fold: boolean): boolean {
  if (t.k === 'any') return true;
  if (t.k === 'lit') return fold ? t.c.toLowerCase() === c.toLowerCase() : t.c === c;
  if (t.k === 'set') return inSet(t, c, fold);
  return false;
}

