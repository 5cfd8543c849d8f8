/**
 * The encoder and decoder behind JSON::PP (src/perl-lib/JSON/PP.pm), as
 * natives for speed. They follow JSON::PP 4.07's algorithm closely enough
 * that its error texts and character offsets come out the same. Options come
 * from the JSON::PP object (a hash: canonical, utf8, indent, ...). Both
 * return a list: (1, RESULT) or ('', ERROR TEXT); the Perl side croaks.
 */
import type { Vm } from './vm.ts';
import { utf8String } from './io.ts';
import { isRef, newAv, newHv, newSv, type Hv, type Sv, type Val } from './values.ts';
import { refStr, valStr, type Item } from './scalar.ts';
import { decref, setSv } from './refcount.ts';
import { cmpStr } from './astral.ts';

interface Opts {
  canonical: boolean; utf8: boolean; ascii: boolean; latin1: boolean; indent: boolean;
  spaceBefore: boolean; spaceAfter: boolean; indentLength: number; maxDepth: number;
  allowBlessed: boolean; allowUnknown: boolean; escapeSlash: boolean; relaxed: boolean;
  maxSize: number; prefix: boolean; barekey: boolean; singlequote: boolean; loose: boolean;
}

function optsOf(vm: Vm, self: Val): Opts {
  const h = isRef(self) && self.to.t === 'h' ? self.to.h : new Map<string, Sv>();
  const flag = (k: string): boolean => { const s = h.get(k); return s !== undefined && !!s.v && s.v !== '0'; };
  const num = (k: string, d: number): number => { const s = h.get(k); return s === undefined || s.v === undefined ? d : Number(valStr(vm, s.v)); };
  return {
    canonical: flag('canonical'), utf8: flag('utf8'), ascii: flag('ascii'), latin1: flag('latin1'),
    indent: flag('indent'), spaceBefore: flag('space_before'), spaceAfter: flag('space_after'),
    indentLength: num('indent_length', 3), maxDepth: num('max_depth', 512), allowBlessed: flag('allow_blessed'),
    allowUnknown: flag('allow_unknown'), escapeSlash: flag('escape_slash'), relaxed: flag('relaxed'),
    maxSize: num('max_size', 0), prefix: flag('x_prefix'), barekey: flag('allow_barekey'),
    singlequote: flag('allow_singlequote'), loose: flag('loose'),
  };
}

class JsonError { constructor(readonly msg: string) {} }

const ESC: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\f': '\\f', '\b': '\\b' };
const hex4 = (n: number): string => '\\u' + n.toString(16).padStart(4, '0');

function quote(s: string, o: Opts): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ESC[ch]) out += ESC[ch];
    else if (ch === '/' && o.escapeSlash) out += '\\/';
    else if (c < 0x20) out += hex4(c);
    else if ((o.ascii && c > 0x7f) || (o.latin1 && c > 0xff)) {
      if (c > 0xffff) { const v = c - 0x10000; out += hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff)); } else out += hex4(c);
    } else out += ch;
  }
  return out + '"';
}

function encodeVal(vm: Vm, v: Val, o: Opts, depth: number): string {
  if (v === undefined) return 'null';
  if (typeof v === 'number') return valStr(vm, v);
  if (typeof v === 'bigint') return String(v);
  // A string used as a number is one when its number prints as the string (JSON::PP's rule).
  if (typeof v === 'object' && v !== null && v.t === 'd') return valStr(vm, v.n) === v.s ? v.s : quote(v.s, o);
  if (!isRef(v)) return quote(valStr(vm, v), o);
  const to = v.to;
  if (to.blessed !== undefined) {
    if (to.blessed === 'JSON::PP::Boolean' && to.t === 's') return to.v && to.v !== '0' ? 'true' : 'false';
    if (o.allowBlessed) return 'null';
    throw new JsonError(`encountered object '${refStr(vm, v)}', but neither allow_blessed, convert_blessed nor allow_tags settings are enabled (or TO_JSON/FREEZE method missing)`);
  }
  if (depth + 1 > o.maxDepth) throw new JsonError('json text or perl structure exceeds maximum nesting level (max_depth set too low?)');
  const pad = o.indent ? '\n' + ' '.repeat(o.indentLength * (depth + 1)) : '';
  const end = o.indent ? '\n' + ' '.repeat(o.indentLength * depth) : '';
  if (to.t === 'a') {
    if (to.a.length === 0) return '[]';
    return '[' + to.a.map((e) => pad + encodeVal(vm, e?.v, o, depth + 1)).join(',') + end + ']';
  }
  if (to.t === 'h') {
    const keys = [...to.h.keys()];
    if (keys.length === 0) return '{}';
    if (o.canonical) keys.sort(cmpStr);
    const colon = (o.spaceBefore ? ' ' : '') + ':' + (o.spaceAfter ? ' ' : '');
    return '{' + keys.map((k) => pad + quote(k, o) + colon + encodeVal(vm, to.h.get(k)!.v, o, depth + 1)).join(',') + end + '}';
  }
  if (to.t === 's' && (to.v === 1 || to.v === '1')) return 'true';
  if (to.t === 's' && (to.v === 0 || to.v === '0')) return 'false';
  if (o.allowUnknown) return 'null';
  if (to.t === 's') throw new JsonError('cannot encode reference to scalar');
  throw new JsonError(`encountered ${refStr(vm, v)}, but JSON can only represent references to arrays or hashes`);
}

/** The length of the valid UTF-8 sequence starting at s[i] (one char per byte), or 0. */
function utf8SeqLen(s: string, i: number): number {
  const b = s.charCodeAt(i);
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  for (let k = 1; k < len; k++) {
    const c = s.charCodeAt(i + k);
    if (!(c >= 0x80 && c <= 0xbf)) return 0;
  }
  return len;
}


/** JSON::PP::_encode(SELF, DATA): (1, TEXT) or ('', ERROR). */
export function jsonEncode(vm: Vm, self: Val, data: Val): Item[] {
  const o = optsOf(vm, self);
  try {
    let text = encodeVal(vm, data, o, 0);
    if (o.indent) text += '\n';
    return [1, o.utf8 ? utf8String(text) : text];
  } catch (e) {
    if (e instanceof JsonError) return ['', e.msg];
    throw e;
  }
}

/** The decoder's state: JSON::PP's $at (one past $ch) and $ch. */
class Decoder {
  at = 0;
  ch: string | undefined = '';
  depth = 0;
  constructor(readonly vm: Vm, readonly text: string, readonly o: Opts, readonly t: Val, readonly f: Val) {}

  next(): string | undefined {
    if (this.at >= this.text.length) return (this.ch = undefined);
    return (this.ch = this.text[this.at++]);
  }

  /** The current character ($ch), read through a call so narrowing does not stick. */
  c(): string | undefined { return this.ch; }

  error(msg: string): never {
    let mess = '';
    for (const c of this.text.slice(this.at)) {
      const n = c.codePointAt(0)!;
      mess += c === '\\' ? '\\\\' : n >= 0x20 && n < 0x7f ? c
        : ({ '\x07': '\\a', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\x1b': '\\e', '\f': '\\f' } as Record<string, string>)[c]
          ?? `\\x{${n.toString(16)}}`;
      if (mess.length >= 20) { mess += '...'; break; }
    }
    throw new JsonError(`${msg}, at character offset ${this.at} (before "${mess || '(end of string)'}")`);
  }

  white(): void {
    while (this.c() !== undefined) {
      if (this.c() === '' || this.c() === ' ' || this.c() === '\t' || this.c() === '\r' || this.c() === '\n') this.next();
      else if (this.o.relaxed && this.c() === '#') { while (this.c() !== undefined && this.c() !== '\n' && this.c() !== '\r') this.next(); }
      else break;
    }
  }

  /** A new Sv holding the value just parsed. */
  value(): Sv {
    this.white();
    const sv = newSv();
    const ch = this.c();
    if (ch === undefined) return sv;
    if (ch === '{') sv.v = { t: 'r', to: this.object() };
    else if (ch === '[') sv.v = { t: 'r', to: this.array() };
    else if (ch === '"' || (ch === "'" && this.o.singlequote)) sv.v = this.string();
    else if (/[0-9-]/.test(ch)) sv.v = this.number();
    else { const w = this.word(); if (w !== undefined) setSv(this.vm, sv, w); }
    return sv;
  }

  deeper(): void {
    if (++this.depth > this.o.maxDepth) this.error('json text or perl structure exceeds maximum nesting level (max_depth set too low?)');
  }

  object(): Hv {
    const hv = newHv();
    this.deeper();
    this.next();
    this.white();
    if (this.c() === '}') { this.depth--; this.next(); return hv; }
    while (this.c() !== undefined) {
      const k = this.string();
      this.white();
      if (this.c() !== ':') { this.at--; this.error("':' expected"); }
      this.next();
      this.white();
      const old = hv.h.get(k);
      hv.h.set(k, this.value());
      if (old) decref(this.vm, old);
      this.white();
      if (this.c() === undefined) break;
      if (this.c() === '}') { this.depth--; this.next(); return hv; }
      if (this.c() !== ',') break;
      this.next();
      this.white();
      if (this.o.relaxed && this.c() === '}') { this.depth--; this.next(); return hv; }
    }
    if (this.c() !== undefined && this.c() !== '') this.at--;
    this.error(', or } expected while parsing object/hash');
  }

  array(): ReturnType<typeof newAv> {
    const av = newAv();
    this.deeper();
    this.next();
    this.white();
    if (this.c() === ']') { this.depth--; this.next(); return av; }
    while (this.c() !== undefined) {
      av.a.push(this.value());
      this.white();
      if (this.c() === undefined) break;
      if (this.c() === ']') { this.depth--; this.next(); return av; }
      if (this.c() !== ',') break;
      this.next();
      this.white();
      if (this.o.relaxed && this.c() === ']') { this.depth--; this.next(); return av; }
    }
    if (this.c() !== undefined && this.c() !== '') this.at--;
    this.error(', or ] expected while parsing array');
  }

  string(): string {
    const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\', '/': '/' };
    let s = '';
    let high: number | null = null;
    const quoteCh = this.c() === "'" && this.o.singlequote ? "'" : '"';
    if (this.c() !== quoteCh && this.o.barekey && /[A-Za-z_$\x80-\xff]/.test(this.c() ?? '')) return this.bareKey();
    if (this.c() === quoteCh) {
      while (this.next() !== undefined) {
        const ch = this.c()!;
        if (ch === '"' && quoteCh === '"') {
          this.next();
          if (high !== null) this.error('missing low surrogate character in surrogate pair');
          return this.fromUtf8(s);
        }
        if (ch === '\\') {
          this.next();
          const e = this.c();
          if (e !== undefined && ESCAPES[e] !== undefined) { s += ESCAPES[e]; continue; }
          if (e === 'u') {
            let u = '';
            let bad = false;
            for (let i = 0; i < 4; i++) { const c = this.next(); if (c === undefined || !/[0-9a-fA-F]/.test(c)) { bad = true; break; } u += c; }
            if (bad) break;
            const n = parseInt(u || '0', 16);
            if (/^[dD][89abAB]/.test(u)) { high = n; continue; }
            if (/^[dD][c-fC-F]/.test(u)) {
              if (high === null) this.error('missing high surrogate character in surrogate pair');
              s += this.charOut(0x10000 + ((high - 0xd800) << 10) + (n - 0xdc00));
              high = null;
              continue;
            }
            if (high !== null) this.error('surrogate pair expected');
            s += this.charOut(n);
            continue;
          }
          this.at -= 2;
          this.error('illegal backslash escape sequence in string');
        }
        if (ch.charCodeAt(0) > 0x7f) {
          const len = utf8SeqLen(this.text, this.at - 1);
          if (!len) { this.at--; this.error('malformed UTF-8 character in JSON string'); }
          s += this.text.slice(this.at - 1, this.at - 1 + len);
          this.at += len - 1;
          continue;
        }
        if (ch.charCodeAt(0) < 0x20 && !this.o.loose && !(this.o.relaxed && ch === '\t')) {
          this.at--;
          this.error('invalid character encountered while parsing JSON string');
        }
        if (ch === quoteCh && quoteCh === "'") { this.next(); return this.fromUtf8(s); }
        s += ch;
      }
    }
    this.error('unexpected end of string while parsing JSON string');
  }

  /** A \u escape inside a string being collected (as UTF-8 bytes when utf8 is on). */
  charOut(n: number): string { return utf8String(String.fromCodePoint(n)); }

  /** allow_barekey: a key of word characters up to the colon. */
  bareKey(): string {
    let k = '';
    while (this.c() !== undefined && /[\w$\x80-\xff]/.test(this.c()!)) { k += this.c(); this.next(); }
    return this.fromUtf8(k);
  }

  fromUtf8(s: string): string {
    if (!/[\x80-\xff]/.test(s)) return s;
    return new TextDecoder('utf-8').decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
  }

  number(): number | bigint | string {
    let n = '';
    let isDec = false;
    let isExp = false;
    const digit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
    if (this.c() === '-') {
      n = '-';
      this.next();
      if (!digit(this.c())) this.error('malformed number (no digits after initial minus)');
    }
    if (this.c() === '0') {
      if (/^[0-9a-dfA-DF]/.test(this.text.charAt(this.at))) this.error('malformed number (leading zero must not be followed by another digit)');
      n += '0';
      this.next();
    }
    while (digit(this.c())) { n += this.c(); this.next(); }
    if (this.c() === '.') {
      n += '.';
      isDec = true;
      this.next();
      if (!digit(this.c())) this.error('malformed number (no digits after decimal point)');
      n += this.c();
      while (digit(this.next())) n += this.c();
    }
    if (this.c() === 'e' || this.c() === 'E') {
      n += this.c();
      isExp = true;
      this.next();
      if (this.c() === '+' || this.c() === '-') {
        n += this.c();
        this.next();
        if (!digit(this.c())) this.error('malformed number (no digits after exp sign)');
        n += this.c();
      } else if (digit(this.c())) n += this.c();
      else this.error('malformed number (no digits after exp sign)');
      while (digit(this.next())) n += this.c();
    }
    if (!isDec && !isExp && !Number.isSafeInteger(Number(n))) {
      // JSON::PP keeps an integer longer than 20 characters as a string; a shorter one is an IV/UV when it fits
      if (n.length > 20) return n;
      const b = BigInt(n);
      if (b >= -(2n ** 63n) && b < 2n ** 64n) return b;
    }
    return Number(n);
  }

  word(): Val {
    const w = this.text.substr(this.at - 1, 4);
    if (w === 'true') { this.at += 3; this.next(); return this.t; }
    if (w === 'null') { this.at += 3; this.next(); return undefined; }
    if (w === 'fals') {
      this.at += 3;
      if (this.text.charAt(this.at) === 'e') { this.at++; this.next(); return this.f; }
    }
    this.at--;
    if (w.startsWith('n')) this.error("'null' expected");
    if (w.startsWith('t')) this.error("'true' expected");
    if (w.startsWith('f')) this.error("'false' expected");
    this.error('malformed JSON string, neither array, object, number, string or atom');
  }
}

/** JSON::PP::_decode(SELF, TEXT): (1, DATA) or ('', ERROR). */
export function jsonDecode(vm: Vm, self: Val, text: Val): Item[] {
  const o = optsOf(vm, self);
  const chars = valStr(vm, text);
  if (o.utf8 && /[^\x00-\xff]/.test(chars)) return ['', 'Wide character in subroutine entry'];
  // JSON::PP parses octets: a character string is UTF-8 encoded first, so offsets count bytes
  const s = o.utf8 ? chars : utf8String(chars);
  if (o.maxSize > 1 && s.length > o.maxSize) {
    return ['', `attempted decode of JSON text of ${s.length} bytes size, but max_size is set to ${o.maxSize}`];
  }
  const d = new Decoder(vm, s, o, vm.gv('JSON::PP::true', false)?.sv?.v, vm.gv('JSON::PP::false', false)?.sv?.v);
  let sv: Sv | null = null;
  try {
    d.white();
    if (d.c() === undefined) d.error('malformed JSON string, neither array, object, number, string or atom');
    sv = d.value();
    const used = d.at - (d.c() === undefined ? 0 : 1);
    d.white();
    if (d.c() !== undefined && !o.prefix) d.error('garbage after JSON object');
    const v = sv.v;
    const out: Item[] = isRef(v) ? (v.to.rc--, [1, vm.mortalRef(v.to)]) : [1, v];
    if (o.prefix) out.push(used);
    return out;
  } catch (e) {
    if (sv) decref(vm, sv);
    if (e instanceof JsonError) return ['', e.msg];
    throw e;
  }
}

