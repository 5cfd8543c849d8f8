// perl 5.36's hex() and oct() (perlfunc "hex", "oct"; numeric.c grok_bin_oct_hex).

import { fromInt, type PerlNum } from './number.ts';

export interface RadixResult {
  value: PerlNum;
  /** perl's warning texts, without " at FILE line N.\n". */
  warnings: string[];
}

interface Radix {
  shift: number;
  name: string;
  label: string;
  portable: string;
  digit: (c: string) => number;
}

const HEX: Radix = {
  shift: 4,
  name: 'hexadecimal',
  label: 'Hexadecimal',
  portable: '0xffffffff',
  digit: (c) => (/^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1),
};
const OCT: Radix = {
  shift: 3,
  name: 'octal',
  label: 'Octal',
  portable: '037777777777',
  digit: (c) => (c >= '0' && c <= '7' && c.length === 1 ? c.charCodeAt(0) - 48 : -1),
};
const BIN: Radix = {
  shift: 1,
  name: 'binary',
  label: 'Binary',
  portable: '0b11111111111111111111111111111111',
  digit: (c) => (c === '0' ? 0 : c === '1' ? 1 : -1),
};

const MAX_UV = 2n ** 64n - 1n;

/** Reads digits of radix r from s (prefix already removed), as grok_bin_oct_hex does. */
function grok(s: string, r: Radix): RadixResult {
  const warnings: string[] = [];
  const base = 1 << r.shift;
  let value = 0n;
  let nv = 0;
  let overflowed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    let d = r.digit(c);
    if (d < 0 && c === '_' && i + 1 < s.length && r.digit(s[i + 1]) >= 0) {
      i++;
      d = r.digit(s[i]);
    }
    if (d < 0) {
      if (r !== OCT || c === '8' || c === '9') warnings.push(`Illegal ${r.name} digit '${c}' ignored`);
      break;
    }
    if (!overflowed) {
      const next = (value << BigInt(r.shift)) | BigInt(d);
      if (next <= MAX_UV) {
        value = next;
        continue;
      }
      overflowed = true;
      nv = Number(value);
      warnings.push(`Integer overflow in ${r.name} number`);
    }
    nv = nv * base + d;
  }
  if (overflowed || value > 0xffffffffn) warnings.push(`${r.label} number > ${r.portable} non-portable`);
  return { value: overflowed ? nv : (fromInt(value) as PerlNum), warnings };
}

/** hex(s): optional "0x"/"x" prefix, single underscores between digits. */
export function hex(s: string): RadixResult {
  return grok(s.replace(/^0?[xX]/, ''), HEX);
}

/** oct(s): leading whitespace skipped; "0x"/"x" hex, "0b"/"b" binary, "0o"/"o" octal, else octal. */
export function oct(s: string): RadixResult {
  const t = s.replace(/^[ \t\n\r\f\v]+/, '');
  const m = /^0?([xXbBoO])/.exec(t);
  if (!m) return grok(t, OCT);
  const rest = t.slice(m[0].length);
  const k = m[1].toLowerCase();
  return grok(rest, k === 'x' ? HEX : k === 'b' ? BIN : OCT);
}
