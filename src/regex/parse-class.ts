// Bracketed classes `[...]`, class escapes (\d \w \p{..} ...) and character escapes
// (\t \x{..} \N{U+..} \cX octal ...) of Perl regex syntax (perlrecharclass, perlop).

import type { ClassItem, ClassSet } from './ast.ts';
import { POSIX_NAMES, propRegex } from './chars.ts';

/** What the class and escape readers need from the parser. */
export interface Cursor {
  readonly src: string;
  pos: number;
  uni: boolean;
  fail(msg: string, offset?: number): never;
  peek(k?: number): string;
  eof(): boolean;
}

interface ClassFlags { readonly i: boolean; readonly xx: boolean }

const SIMPLE_ESCAPES: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, e: 27, a: 7 };

// Perl property names (lower case, no spaces/underscores) → JS property escapes.
const PROPS: Record<string, string> = {
  l: 'L', letter: 'L', lu: 'Lu', uppercaseletter: 'Lu', ll: 'Ll', lowercaseletter: 'Ll',
  lt: 'Lt', titlecaseletter: 'Lt', lm: 'Lm', lo: 'Lo', 'l&': 'LC', lc: 'LC', casedletter: 'LC',
  m: 'M', mark: 'M', mn: 'Mn', mc: 'Mc', me: 'Me', n: 'N', number: 'N', nd: 'Nd',
  decimalnumber: 'Nd', nl: 'Nl', no: 'No', p: 'P', punctuation: 'P', pc: 'Pc', pd: 'Pd',
  ps: 'Ps', pe: 'Pe', pi: 'Pi', pf: 'Pf', po: 'Po', s: 'S', symbol: 'S', sm: 'Sm', sc: 'Sc',
  sk: 'Sk', so: 'So', z: 'Z', separator: 'Z', zs: 'Zs', zl: 'Zl', zp: 'Zp', c: 'C', other: 'C',
  cc: 'Cc', control: 'Cc', cf: 'Cf', format: 'Cf', co: 'Co', cn: 'Cn', unassigned: 'Cn',
  alpha: 'Alphabetic', alphabetic: 'Alphabetic', upper: 'Uppercase', uppercase: 'Uppercase',
  lower: 'Lowercase', lowercase: 'Lowercase', space: 'White_Space', whitespace: 'White_Space',
  spaceperl: 'White_Space', xposixspace: 'White_Space', digit: 'Nd', xposixdigit: 'Nd',
  xposixalpha: 'Alphabetic', xposixupper: 'Uppercase', xposixlower: 'Lowercase',
  xposixpunct: 'P', punct: 'P', cntrl: 'Cc', xposixcntrl: 'Cc', ascii: 'ASCII', any: 'Any',
  assigned: 'Assigned', hexdigit: 'Hex_Digit', xdigit: 'Hex_Digit', xposixxdigit: 'Hex_Digit',
  ideographic: 'Ideographic', math: 'Math', dash: 'Dash', emoji: 'Emoji',
};

// Properties perl has that JS expresses through a class item instead.
const PROP_ITEMS: Record<string, ClassItem> = {
  word: 'w', xposixword: 'w', w: 'w', alnum: 'p:alnum', xposixalnum: 'p:alnum',
  graph: 'p:graph', xposixgraph: 'p:graph', print: 'p:print', xposixprint: 'p:print',
  blank: 'h', xposixblank: 'h', horizspace: 'h', vertspace: 'v',
};

/** Maps a perl \p{} name to a class item; null when unknown. */
function propertyItem(raw: string, neg: boolean): ClassItem | null {
  let name = raw.replace(/[\s_-]/g, '').toLowerCase();
  let negate = neg;
  if (name.startsWith('^')) { negate = !negate; name = name.slice(1); }
  if (name.startsWith('is') && !(name in PROPS) && !(name in PROP_ITEMS)) name = name.slice(2);
  const item = PROP_ITEMS[name];
  if (item) return negate ? (item.length === 1 ? item.toUpperCase() as ClassItem : `P:${item.slice(2)}`) : item;
  let js: string | undefined = PROPS[name];
  if (js === undefined) {
    const script = /^(?:script=|sc=|scx=|in)?([A-Za-z]+)$/i.exec(raw.replace(/\s/g, ''));
    if (script) {
      const s = script[1].charAt(0).toUpperCase() + script[1].slice(1).toLowerCase();
      if (propRegex(`Script=${s}`)) js = `Script=${s}`;
    }
  }
  if (js === undefined || !propRegex(js)) return null;
  return negate ? `U:${js}` : `u:${js}`;
}

function readProperty(c: Cursor, letter: string): ClassItem {
  const neg = letter === 'P';
  let name: string;
  if (c.eof()) c.fail(`Empty \\${letter}`);
  if (c.peek() === '{') {
    const close = c.src.indexOf('}', c.pos);
    if (close < 0) c.fail(`Missing right brace on \\${letter}{}`, c.pos + 1);
    name = c.src.slice(c.pos + 1, close).trim();
    if (name === '') c.fail(`Empty \\${letter}{}`, close + 1);
    c.pos = close + 1;
  } else {
    name = c.peek();
    c.pos++;
  }
  const item = propertyItem(name, neg);
  if (item === null) c.fail(`Can't find Unicode property definition "${name}"`);
  return item;
}

/** Reads a class escape (after `\`) such as \d or \p{L}; null if the escape is not one. */
export function classEscape(c: Cursor, _f: ClassFlags): ClassItem | null {
  const ch = c.peek();
  if ('dDwWsShHvV'.includes(ch) && ch !== '') {
    c.pos++;
    return ch as ClassItem;
  }
  if (ch === 'p' || ch === 'P') {
    c.pos++;
    c.uni = true;
    return readProperty(c, ch);
  }
  return null;
}

function readBraced(c: Cursor, what: string): string {
  if (c.peek() !== '{') c.fail(`Missing braces on \\${what}{}`);
  const close = c.src.indexOf('}', c.pos);
  if (close < 0) c.fail(`Missing right brace on \\${what}{}`, c.pos + 1);
  const body = c.src.slice(c.pos + 1, close);
  c.pos = close + 1;
  return body.trim();
}

function readHex(c: Cursor): number {
  if (c.peek() === '{') {
    const body = readBraced(c, 'x').replace(/_/g, '');
    const m = /^[0-9A-Fa-f]*/.exec(body)![0];
    return m === '' ? 0 : Math.min(parseInt(m, 16), 0x7fffffff);
  }
  const m = /^[0-9A-Fa-f]{0,2}/.exec(c.src.slice(c.pos))![0];
  c.pos += m.length;
  return m === '' ? 0 : parseInt(m, 16);
}

/**
 * Reads a character escape (after `\`) and returns its code point. One
 * above U+10FFFF cannot be held in a string here: it becomes U+FFFD, as
 * it does in the subject strings.
 */
export function parseCharEscape(c: Cursor, inClass: boolean): number {
  const cp = charEscape(c, inClass);
  return cp > 0x10ffff ? 0xfffd : cp;
}

function charEscape(c: Cursor, inClass: boolean): number {
  const ch = c.peek();
  c.pos++;
  if (ch in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[ch];
  if (ch === 'b' && inClass) return 8;
  if (ch === 'x') return readHex(c);
  if (ch === 'o') {
    const body = readBraced(c, 'o');
    const m = /^[0-7]*/.exec(body)![0];
    return m === '' ? 0 : parseInt(m, 8);
  }
  if (ch === 'c') {
    if (c.eof()) c.fail('Character following "\\c" must be printable ASCII');
    const x = c.src.charCodeAt(c.pos);
    c.pos++;
    if (x < 0x20 || x > 0x7e) c.fail('Character following "\\c" must be printable ASCII');
    if (x === 0x7b) c.fail('Use ";" instead of "\\c{"');
    return (x >= 0x61 && x <= 0x7a ? x - 32 : x) ^ 64;
  }
  if (ch === 'N') {
    const start = c.pos;
    const body = readBraced(c, 'N');
    const m = /^U\+([0-9A-Fa-f]+)$/.exec(body);
    if (!m) c.fail(`Unknown charname '${body}'`, body === '' ? start + 1 : c.pos - 1);
    c.uni = true;
    return parseInt(m[1], 16);
  }
  if (/[0-7]/.test(ch)) {
    const m = /^[0-7]{0,2}/.exec(c.src.slice(c.pos))![0];
    c.pos += m.length;
    return parseInt(ch + m, 8);
  }
  if (/[89]/.test(ch) && inClass) return ch.charCodeAt(0);
  const cp = c.src.codePointAt(c.pos - 1)!;
  if (cp > 0xffff) c.pos++;
  return cp;
}

/** One element read inside [...]: a code point or a named item. */
type Elem = { cp: number } | { item: ClassItem };

function readPosix(c: Cursor): ClassItem | null {
  const m = /^\[:(\^?)([a-z]*):\]/.exec(c.src.slice(c.pos));
  if (!m) return null;
  if (!(POSIX_NAMES as readonly string[]).includes(m[2])) {
    c.fail(`POSIX class [:${m[1]}${m[2]}:] unknown`, c.pos + m[0].length);
  }
  c.pos += m[0].length;
  return `${m[1] ? 'P' : 'p'}:${m[2]}`;
}

function readElem(c: Cursor, f: ClassFlags, open: number): Elem {
  if (c.eof()) c.fail('Unmatched [', open + 1);
  const ch = c.peek();
  if (ch === '[') {
    const item = readPosix(c);
    if (item) return { item };
  }
  if (ch === '\\') {
    c.pos++;
    if (c.eof()) c.fail('Unmatched [', c.pos);
    const item = classEscape(c, f);
    if (item) return { item };
    if (c.peek() === 'N' && c.peek(1) !== '{') c.fail('\\N in a character class must be a named character: \\N{...}', c.pos + 1);
    if (c.peek() === 'R' || c.peek() === 'X') {
      const cp = c.src.charCodeAt(c.pos);
      c.pos++;
      return { cp };
    }
    return { cp: parseCharEscape(c, true) };
  }
  const cp = c.src.codePointAt(c.pos)!;
  c.pos += cp > 0xffff ? 2 : 1;
  return { cp };
}

function skipXX(c: Cursor, f: ClassFlags): void {
  if (!f.xx) return;
  while (c.peek() === ' ' || c.peek() === '\t') c.pos++;
}

/** Parses a bracketed class; `open` is the offset of `[` (already consumed). */
export function parseClass(c: Cursor, f: ClassFlags, open: number): ClassSet {
  let neg = false;
  if (c.peek() === '^') { neg = true; c.pos++; }
  const ranges: number[] = [];
  const items: ClassItem[] = [];
  let first = true;
  for (;;) {
    skipXX(c, f);
    if (c.eof()) c.fail('Unmatched [', open + 1);
    if (c.peek() === ']' && !first) { c.pos++; break; }
    first = false;
    const loStart = c.pos;
    const lo = readElem(c, f, open);
    skipXX(c, f);
    if ('cp' in lo && c.peek() === '-' && c.peek(1) !== ']' && c.peek(1) !== '') {
      c.pos++;
      skipXX(c, f);
      const hi = readElem(c, f, open);
      if ('cp' in hi) {
        if (hi.cp < lo.cp) c.fail(`Invalid [] range "${c.src.slice(loStart, c.pos)}"`);
        ranges.push(lo.cp, hi.cp);
        continue;
      }
      ranges.push(lo.cp, lo.cp, 0x2d, 0x2d);
      items.push(hi.item);
      continue;
    }
    if ('cp' in lo) ranges.push(lo.cp, lo.cp);
    else items.push(lo.item);
  }
  if (ranges.some((x) => x > 0xff)) c.uni = true;
  return { neg, ranges, items, ci: f.i };
}
