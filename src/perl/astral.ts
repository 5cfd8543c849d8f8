/**
 * Perl characters over JS strings. A perl string is held as a JS string; a
 * character above U+FFFF is a surrogate pair there, yet one character to
 * perl (perlunicode: "characters are code points"). Every count or position
 * a perl program can see goes through these helpers. A string without a
 * surrogate takes the plain code-unit path: the test is one scan with a
 * precompiled pattern.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether `s` holds a surrogate code unit (so units and characters may differ). */
export function hasSurrogate(s: string): boolean {
  return SURROGATE.test(s);
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Units taken by the character starting at unit `i` (2 for a surrogate pair). */
function widthAt(s: string, i: number): number {
  return isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
}

/** perl's length: characters (code points) in `s`. */
export function charLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i += widthAt(s, i)) n++;
  return n;
}

/** Unit offset of character offset `k` (k past the end gives s.length plus the excess). */
export function charToUnit(s: string, k: number): number {
  if (k <= 0) return k;
  if (!SURROGATE.test(s)) return k;
  let i = 0;
  let n = 0;
  while (n < k && i < s.length) { i += widthAt(s, i); n++; }
  return i + (k - n);
}

/** Character offset of unit offset `u` (a unit inside a pair counts as past it). */
export function unitToChar(s: string, u: number): number {
  if (u <= 0 || !SURROGATE.test(s)) return u;
  let i = 0;
  let n = 0;
  while (i < u && i < s.length) { i += widthAt(s, i); n++; }
  return n + Math.max(0, u - Math.max(i, s.length));
}

/** The characters of `s`, one string each (a lone surrogate is a character of its own). */
export function chars(s: string): string[] {
  return Array.from(s);
}

/** `s` cut at character offsets [from, to) (both already within 0..length). */
export function charSlice(s: string, from: number, to?: number): string {
  if (!SURROGATE.test(s)) return s.slice(from, to);
  const a = to === undefined ? s.length : charToUnit(s, to);
  return s.slice(charToUnit(s, from), a);
}

/** The first character of `s` ('' when empty). */
export function firstChar(s: string): string {
  return s.length === 0 ? '' : s.slice(0, widthAt(s, 0));
}

/**
 * perl's string comparison: by code point. JS compares code units, which
 * orders U+10000 and above (surrogates D800-DFFF) before U+E000-U+FFFF.
 */
export function cmpStr(x: string, y: string): number {
  if (x === y) return 0;
  const r = x < y ? -1 : 1;
  if (!SURROGATE.test(x) && !SURROGATE.test(y)) return r;
  const n = Math.min(x.length, y.length);
  let i = 0;
  while (i < n && x.charCodeAt(i) === y.charCodeAt(i)) i++;
  if (i === n) return r;
  const a = x.codePointAt(i)!, b = y.codePointAt(i)!;
  // Inside a pair that shares its high half, the low halves order as their code points do.
  return a < b ? -1 : 1;
}

/** Whether any string of `ss` holds a surrogate: sorting them needs cmpStr. */
export function anySurrogate(ss: readonly string[]): boolean {
  for (const s of ss) if (SURROGATE.test(s)) return true;
  return false;
}
