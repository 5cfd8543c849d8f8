// Character predicates and case folding for the regex engine.
//
// Perl's rules depend on the string: without `use utf8`/`/u`, a string whose code points
// are all below 256 uses ASCII rules for \w, \d, \s, POSIX classes and /i above 127
// (perlre "/d"); a string (or pattern) holding any code point above 255 uses Unicode
// rules. `uni` below selects the Unicode rules. \h and \v always include \xA0 / \x85.
// Case folding is simple (one code point to one code point); perl's multi-character
// folds (ß ~ "ss") are not implemented.

import type { ClassItem, ClassSet } from './ast.ts';

const RE_WORD = /^[\p{L}\p{M}\p{Nd}\p{Pc}\u200C\u200D]$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_SPACE = /^\p{White_Space}$/u;

/** Perl \s under Unicode rules (White_Space). */
function isSpaceUni(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 9 && c <= 13);
  return RE_SPACE.test(String.fromCodePoint(c));
}

function isWordAscii(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** Perl's \w for one code point under ASCII (`uni` false) or Unicode rules. */
export function isWord(c: number, uni: boolean): boolean {
  if (c < 0x80) return isWordAscii(c);
  if (!uni) return false;
  return RE_WORD.test(String.fromCodePoint(c));
}

function isDigit(c: number, uni: boolean): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return uni && RE_DIGIT.test(String.fromCodePoint(c));
}

function isSpace(c: number, uni: boolean): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 9 && c <= 13);
  return uni && isSpaceUni(c);
}

/** \h: horizontal whitespace (same under both rule sets). */
function isHSpace(c: number): boolean {
  return c === 9 || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f || c === 0x205f || c === 0x3000;
}

/** \v: vertical whitespace. */
function isVSpace(c: number): boolean {
  return (c >= 10 && c <= 13) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const propCache = new Map<string, RegExp>();

/** Compiles a JS Unicode property test once; `name` was validated by the parser. */
export function propRegex(name: string): RegExp | null {
  let re = propCache.get(name);
  if (re) return re;
  try {
    re = new RegExp(`^\\p{${name}}$`, 'u');
  } catch {
    return null;
  }
  propCache.set(name, re);
  return re;
}

const POSIX_UNI: Record<string, string> = {
  alpha: 'Alphabetic', upper: 'Uppercase', lower: 'Lowercase', punct: 'P', cntrl: 'Cc',
  alnum: 'Alphabetic', graph: 'L', print: 'L', xdigit: 'ASCII_Hex_Digit',
};

/** POSIX bracket class names perl accepts inside [...]. */
export const POSIX_NAMES = [
  'alpha', 'alnum', 'ascii', 'blank', 'cntrl', 'digit', 'graph', 'lower', 'print',
  'punct', 'space', 'upper', 'word', 'xdigit',
] as const;

function posixAscii(name: string, c: number): boolean {
  switch (name) {
    case 'alpha': return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    case 'alnum': return posixAscii('alpha', c) || (c >= 0x30 && c <= 0x39);
    case 'ascii': return c < 0x80;
    case 'blank': return c === 0x20 || c === 9;
    case 'cntrl': return c < 0x20 || c === 0x7f;
    case 'digit': return c >= 0x30 && c <= 0x39;
    case 'graph': return c > 0x20 && c < 0x7f;
    case 'lower': return c >= 0x61 && c <= 0x7a;
    case 'print': return c >= 0x20 && c < 0x7f;
    case 'punct': return c > 0x20 && c < 0x7f && !posixAscii('alnum', c);
    case 'space': return c === 0x20 || (c >= 9 && c <= 13);
    case 'upper': return c >= 0x41 && c <= 0x5a;
    case 'word': return isWordAscii(c);
    case 'xdigit': return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
    default: return false;
  }
}

function posixUni(name: string, c: number): boolean {
  if (c < 0x80) return posixAscii(name, c);
  const s = String.fromCodePoint(c);
  switch (name) {
    case 'ascii': case 'xdigit': return false;
    case 'blank': return isHSpace(c);
    case 'digit': return RE_DIGIT.test(s);
    case 'space': return isSpaceUni(c);
    case 'word': return RE_WORD.test(s);
    case 'alnum': return propRegex('Alphabetic')!.test(s) || RE_DIGIT.test(s);
    case 'graph': return !isSpaceUni(c) && !propRegex('C')!.test(s);
    case 'print': return !propRegex('C')!.test(s) && (!isSpaceUni(c) || isHSpace(c));
    case 'punct': return propRegex('P')!.test(s);
    default: return propRegex(POSIX_UNI[name] ?? 'Alphabetic')!.test(s);
  }
}

/** Tests one named class item against a code point. */
export function itemMatches(item: ClassItem, c: number, uni: boolean): boolean {
  switch (item) {
    case 'd': return isDigit(c, uni);
    case 'D': return !isDigit(c, uni);
    case 'w': return isWord(c, uni);
    case 'W': return !isWord(c, uni);
    case 's': return isSpace(c, uni);
    case 'S': return !isSpace(c, uni);
    case 'h': return isHSpace(c);
    case 'H': return !isHSpace(c);
    case 'v': return isVSpace(c);
    case 'V': return !isVSpace(c);
  }
  const kind = item.charCodeAt(0);
  const name = item.slice(2);
  if (kind === 0x70 /* p */) return uni ? posixUni(name, c) : posixAscii(name, c);
  if (kind === 0x50 /* P */) return !(uni ? posixUni(name, c) : posixAscii(name, c));
  const re = propRegex(name);
  const hit = re !== null && re.test(String.fromCodePoint(c));
  return kind === 0x75 /* u */ ? hit : !hit;
}

function inSet(set: ClassSet, c: number, uni: boolean): boolean {
  const r = set.ranges;
  for (let i = 0; i < r.length; i += 2) if (c >= r[i] && c <= r[i + 1]) return true;
  for (const it of set.items) if (itemMatches(it, c, uni)) return true;
  return false;
}

/** Whether code point `c` is in the class, honouring negation and case folding. */
export function classMatches(set: ClassSet, c: number, uni: boolean): boolean {
  let hit = inSet(set, c, uni);
  if (!hit && set.ci) {
    for (const v of caseVariants(c, uni)) {
      if (v !== c && inSet(set, v, uni)) { hit = true; break; }
    }
  }
  return hit !== set.neg;
}

// Folds JS's case mapping misses: characters whose fold is reached only one way.
const EXTRA_VARIANTS: Record<number, number[]> = {
  0x6b: [0x212a], 0x4b: [0x212a], 0x212a: [0x6b, 0x4b],
  0x73: [0x17f], 0x53: [0x17f], 0x17f: [0x73, 0x53],
  0xe5: [0x212b], 0xc5: [0x212b], 0x212b: [0xe5, 0xc5],
  0x3bc: [0xb5], 0x39c: [0xb5], 0xb5: [0x3bc, 0x39c],
  0xdf: [0x1e9e], 0x1e9e: [0xdf],
};

function single(s: string): number {
  const c = s.codePointAt(0)!;
  return s.length === (c > 0xffff ? 2 : 1) ? c : -1;
}

const foldCache = new Map<number, number>();

/** Simple case fold of `c`: the value two characters share when they match under /i. */
export function fold(c: number, uni: boolean): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if ((!uni && c < 0x100) || c > 0x10ffff) return c;
  let f = foldCache.get(c);
  if (f !== undefined) return f;
  const s = String.fromCodePoint(c);
  const up = single(s.toUpperCase());
  const base = up >= 0 ? up : c;
  const low = single(String.fromCodePoint(base).toLowerCase());
  f = low >= 0 ? low : c;
  if (c === 0x212a) f = 0x6b;
  else if (c === 0x212b) f = 0xe5;
  else if (c === 0x1e9e) f = 0xdf;
  foldCache.set(c, f);
  return f;
}

/** Code points that fold like `c` (including `c`). */
export function caseVariants(c: number, uni: boolean): number[] {
  if (c < 0x80 || (!uni && c < 0x100)) {
    const f = fold(c, uni);
    if (f >= 0x61 && f <= 0x7a) {
      const out = [f, f - 32];
      if (uni) out.push(...(EXTRA_VARIANTS[f] ?? []));
      return out;
    }
    return [c];
  }
  // Above Unicode (perl allows such code points) nothing has case.
  if (c > 0x10ffff) return [c];
  const s = String.fromCodePoint(c);
  const out = new Set<number>([c]);
  for (const x of [single(s.toLowerCase()), single(s.toUpperCase())]) {
    if (x < 0) continue;
    out.add(x);
    const xs = String.fromCodePoint(x);
    for (const y of [single(xs.toLowerCase()), single(xs.toUpperCase())]) if (y >= 0) out.add(y);
  }
  for (const v of [...out]) for (const e of EXTRA_VARIANTS[v] ?? []) out.add(e);
  return [...out].filter((v) => fold(v, uni) === fold(c, uni));
}

/** Whether `c` has any other case variant under either rule set. */
export function hasCase(c: number): boolean {
  return caseVariants(c, true).length > 1 || caseVariants(c, false).length > 1;
}
