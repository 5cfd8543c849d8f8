/** Quoting values back into shell syntax the way bash prints them (${x@Q}, declare -p, set, trap). */
import type { ShellState, Var } from './state.ts';
import { keysOf, lookup, rawLookup } from './vars.ts';

/** ${x@Q}: single quotes, or $'...' when control characters are present. */
/** Control characters and raw bytes (lib/bytes.ts) need bash's $'...' form. */
const NEEDS_ANSI = /[\x00-\x1f\x7f\udc80-\udcff]/u;

export function quoteValue(s: string): string {
  if (NEEDS_ANSI.test(s)) return ansiQuote(s);
  return "'" + s.replace(/'/g, "'\\''") + "'";
}

export function ansiQuote(s: string): string {
  let out = "$'";
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (c === "'") out += "\\'";
    else if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (c === '\r') out += '\\r';
    else if (c === '\x1b') out += '\\E';
    else if (c === '\x07') out += '\\a';
    else if (c === '\b') out += '\\b';
    else if (c === '\f') out += '\\f';
    else if (c === '\v') out += '\\v';
    else if (code < 32 || code === 127) out += '\\' + code.toString(8).padStart(3, '0');
    else if (c.length === 1 && code >= 0xdc80 && code <= 0xdcff) out += '\\' + (code - 0xdc00).toString(8);
    else out += c;
  }
  return out + "'";
}

const BACKSLASHED = new Set([...'\t\n !"$&\'()*,;<>?[\\]^`{|}']);

/** printf %q: '' for empty, $'...' with control characters, else backslashes before shell-special characters. */
export function printfQuote(s: string): string {
  if (s === '') return "''";
  if (NEEDS_ANSI.test(s)) return ansiQuote(s);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (BACKSLASHED.has(c) || (i === 0 && (c === '~' || c === '#'))) out += '\\';
    out += c;
  }
  return out;
}

/** `set`/`declare -p` style for scalars: bare when safe, else quoted as bash does. */
export function quoteIfNeeded(s: string): string {
  if (s === '') return "''";
  if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(s) && !/^[=~]/.test(s)) return s;
  return quoteValue(s);
}

/** Double-quoted form used by declare -p: escapes \ " $ `. */
export function dquote(s: string): string {
  if (NEEDS_ANSI.test(s)) return ansiQuote(s);
  return '"' + s.replace(/[\\"$`]/g, '\\$&') + '"';
}

export function attrFlags(v: Var): string {
  let f = '';
  if (v.val?.k === 'idx') f += 'a';
  if (v.val?.k === 'assoc') f += 'A';
  if (v.integer) f += 'i';
  if (v.lower) f += 'l';
  if (v.nameref) f += 'n';
  if (v.readonly) f += 'r';
  if (v.upper) f += 'u';
  if (v.exported) f += 'x';
  return f;
}

/** One `declare -p` line (or the name=value part for ${x@A} when `assignOnly`). */
export function declareLine(st: ShellState, name: string, forA = false): string {
  const v = rawLookup(st, name);
  if (!v) return '';
  const flags = attrFlags(v);
  const head = `declare -${flags || '-'} ${name}`;
  if (!v.val) return head;
  let rhs: string;
  if (v.val.k === 'str') rhs = forA ? quoteValue(v.val.v) : dquote(v.val.v);
  else {
    const val = v.val;
    const keys = keysOf(val);
    const items = keys.map((k) => `[${k}]=${dquote(val.k === 'idx' ? val.v.get(Number(k))! : val.v.get(k)!)}`);
    rhs = val.k === 'assoc' ? `(${items.join(' ')}${items.length ? ' ' : ''})` : `(${items.join(' ')})`;
  }
  if (forA && v.val.k === 'str' && !flags) return `${name}=${rhs}`;
  return `${head}=${rhs}`;
}
