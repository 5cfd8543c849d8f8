// JSON::PP 4.07 encode/decode over the neutral value model of dumper.ts. Booleans are refs
// blessed into JSON::PP::Boolean whose referent is a scalar 1 or 0 (what JSON::PP::true is).

import { fromInt, nvToStr } from './number.ts';
import type { DReferent, DValue } from './dumper.ts';
import { utf8Bytes } from './pack.ts';
import { cmpStr } from '../astral.ts';

export interface JsonOptions {
  canonical?: boolean;
  pretty?: boolean;
  indent?: boolean;
  space_before?: boolean;
  space_after?: boolean;
  ascii?: boolean;
  latin1?: boolean;
  utf8?: boolean;
}

export type JsonResult = { ok: true; value: DValue } | { ok: false; error: string };

const BOOL = 'JSON::PP::Boolean';

function escapeString(s: string, o: JsonOptions): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\b') out += '\\b';
    else if (c < 0x20) out += '\\u' + c.toString(16).padStart(4, '0');
    else if ((o.ascii && c > 127) || (o.latin1 && c > 255)) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

interface Enc {
  o: JsonOptions;
  refs: Map<number, DReferent>;
}

function encodeValue(v: DValue, e: Enc, level: number): string {
  switch (v.t) {
    case 'undef':
      return 'null';
    case 'num':
      return v.v;
    case 'str':
      return escapeString(v.v, e.o);
    case 'ref': {
      if (v.to) e.refs.set(v.id, v.to);
      const to = e.refs.get(v.id);
      if (v.blessed === BOOL && to?.t === 'scalar') return truthy(to.v) ? 'true' : 'false';
      if (!to || to.t === 'code') return 'null';
      if (to.t === 'scalar') return truthy(to.v) ? 'true' : 'false';
      return encodeContainer(to, e, level);
    }
  }
}

function truthy(v: DValue): boolean {
  if (v.t === 'undef') return false;
  if (v.t === 'ref') return true;
  return v.v !== '' && v.v !== '0';
}

function encodeContainer(to: DReferent, e: Enc, level: number): string {
  const indent = e.o.pretty || e.o.indent;
  const nl = (l: number) => (indent ? '\n' + '   '.repeat(l) : '');
  const colon = (e.o.pretty || e.o.space_before ? ' ' : '') + ':' + (e.o.pretty || e.o.space_after ? ' ' : '');
  let parts: string[];
  let open: string;
  let close: string;
  if (to.t === 'array') {
    parts = to.items.map((it) => encodeValue(it, e, level + 1));
    [open, close] = ['[', ']'];
  } else if (to.t === 'hash') {
    const entries = e.o.canonical ? [...to.entries].sort((a, b) => cmpStr(a[0], b[0])) : to.entries;
    parts = entries.map(([k, v]) => escapeString(k, e.o) + colon + encodeValue(v, e, level + 1));
    [open, close] = ['{', '}'];
  } else {
    return 'null';
  }
  if (parts.length === 0) return open + close;
  return open + nl(level + 1) + parts.join(',' + nl(level + 1)) + nl(level) + close;
}

/** JSON::PP->new->OPTIONS->encode(v): the text (pretty adds a final newline, utf8 gives bytes). */
export function jsonEncode(v: DValue, o: JsonOptions = {}): string {
  let text = encodeValue(v, { o, refs: new Map() }, 0);
  if (o.pretty || o.indent) text += '\n';
  if (o.utf8) text = Array.from(text, (ch) => String.fromCharCode(...utf8Bytes(ch.codePointAt(0) as number))).join('');
  return text;
}

class JsonError extends Error {
  constructor(
    msg: string,
    readonly at: number,
  ) {
    super(msg);
  }
}

interface Dec {
  s: string;
  i: number;
  nextId: number;
}

function ws(d: Dec): void {
  while (d.i < d.s.length && ' \t\n\r'.includes(d.s[d.i])) d.i++;
}

function decodeValue(d: Dec): DValue {
  ws(d);
  const c = d.s[d.i];
  if (c === '[') return decodeArray(d);
  if (c === '{') return decodeObject(d);
  if (c === '"') return { t: 'str', v: decodeString(d) };
  if (c === '-' || (c >= '0' && c <= '9')) return decodeNumber(d);
  for (const [word, val] of [['true', 1], ['false', 0], ['null', -1]] as const) {
    if (c === word[0]) {
      if (d.s.startsWith(word, d.i)) {
        d.i += word.length;
        if (val < 0) return { t: 'undef' };
        return { t: 'ref', id: d.nextId++, blessed: BOOL, to: { t: 'scalar', v: { t: 'num', v: String(val), kind: 'iv' } } };
      }
      throw new JsonError(`'${word}' expected`, d.i);
    }
  }
  throw new JsonError('malformed JSON string, neither array, object, number, string or atom', d.i);
}

function decodeArray(d: Dec): DValue {
  d.i++;
  const items: DValue[] = [];
  ws(d);
  if (d.s[d.i] === ']') {
    d.i++;
    return { t: 'ref', id: d.nextId++, to: { t: 'array', items } };
  }
  for (;;) {
    if (d.i >= d.s.length) throw new JsonError(', or ] expected while parsing array', d.i);
    items.push(decodeValue(d));
    ws(d);
    if (d.s[d.i] === ']') {
      d.i++;
      return { t: 'ref', id: d.nextId++, to: { t: 'array', items } };
    }
    if (d.s[d.i] !== ',') throw new JsonError(', or ] expected while parsing array', d.i);
    d.i++;
  }
}

function decodeObject(d: Dec): DValue {
  d.i++;
  const entries: [string, DValue][] = [];
  ws(d);
  if (d.s[d.i] === '}') {
    d.i++;
    return { t: 'ref', id: d.nextId++, to: { t: 'hash', entries } };
  }
  for (;;) {
    ws(d);
    if (d.s[d.i] !== '"') throw new JsonError('unexpected end of string while parsing JSON string', Math.min(d.i + 1, d.s.length));
    const k = decodeString(d);
    ws(d);
    if (d.s[d.i] !== ':') throw new JsonError("':' expected", d.i);
    d.i++;
    const v = decodeValue(d);
    const at = entries.findIndex((en) => en[0] === k);
    if (at >= 0) entries[at][1] = v;
    else entries.push([k, v]);
    ws(d);
    if (d.s[d.i] === '}') {
      d.i++;
      return { t: 'ref', id: d.nextId++, to: { t: 'hash', entries } };
    }
    if (d.s[d.i] !== ',') throw new JsonError(', or } expected while parsing object/hash', d.i);
    d.i++;
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function decodeString(d: Dec): string {
  d.i++;
  let out = '';
  for (;;) {
    if (d.i >= d.s.length) throw new JsonError('unexpected end of string while parsing JSON string', d.i);
    const ch = d.s[d.i];
    if (ch === '"') {
      d.i++;
      return out;
    }
    if (ch === '\\') {
      const e = d.s[d.i + 1];
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(d.s.slice(d.i + 2, d.i + 6))) {
        out += String.fromCharCode(parseInt(d.s.slice(d.i + 2, d.i + 6), 16));
        d.i += 6;
        continue;
      }
      if (e === undefined || ESCAPES[e] === undefined) throw new JsonError('illegal backslash escape sequence in string', d.i);
      out += ESCAPES[e];
      d.i += 2;
      continue;
    }
    if (ch.charCodeAt(0) < 0x20) throw new JsonError('invalid character encountered while parsing JSON string', d.i);
    out += ch;
    d.i++;
  }
}

function decodeNumber(d: Dec): DValue {
  const start = d.i;
  if (d.s[d.i] === '-') d.i++;
  if (!/[0-9]/.test(d.s[d.i] ?? '')) throw new JsonError('malformed number (no digits after initial minus)', d.i);
  if (d.s[d.i] === '0' && /[0-9]/.test(d.s[d.i + 1] ?? '')) throw new JsonError('malformed number (leading zero must not be followed by another digit)', d.i + 1);
  const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(d.s.slice(start)) as RegExpExecArray;
  d.i = start + m[0].length;
  if (!m[1] && !m[2]) {
    const n = fromInt(BigInt(m[0]));
    if (n !== undefined) return { t: 'num', v: String(n), kind: BigInt(m[0]) > 2n ** 63n - 1n ? 'uv' : 'iv' };
  }
  return { t: 'num', v: nvToStr(Number(m[0])), kind: 'nv' };
}

/** JSON::PP's "(before ...)" excerpt: up to 20 display characters of what is left. */
function excerpt(s: string, at: number): string {
  let mess = '';
  const rest = s.slice(at);
  for (const ch of rest) {
    const c = ch.codePointAt(0) as number;
    mess += ch === '\\' ? '\\\\' : c >= 0x20 && c !== 0x7f && c < 0x80 ? ch : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : c >= 0xa0 ? ch : '\\x{' + c.toString(16) + '}';
    if (mess.length >= 20) {
      mess += '...';
      break;
    }
  }
  return mess === '' ? '(end of string)' : mess;
}

/** JSON::PP->new->allow_nonref->decode(text): the value, or the croak text without " at FILE line N.". */
export function jsonDecode(text: string): JsonResult {
  const d: Dec = { s: text, i: 0, nextId: 1 };
  try {
    const value = decodeValue(d);
    ws(d);
    if (d.i < text.length) throw new JsonError('garbage after JSON object', text.length);
    return { ok: true, value };
  } catch (e) {
    if (!(e instanceof JsonError)) throw e;
    return { ok: false, error: `${e.message}, at character offset ${e.at} (before "${excerpt(text, e.at)}")` };
  }
}
