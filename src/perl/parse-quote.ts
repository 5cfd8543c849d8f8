/**
 * Quote-like operators (perlop "Quote and Quote-like Operators"): q qq qw m
 * s tr y qr qx, here-docs, <FH>/<$fh>/<> and globs. Interpolation is parsed
 * into the tree at compile time: "a $x->{k} @y[1] \U$z\E" becomes a concat of
 * parts, each part an ordinary expression.
 */
import { node, type Node, type RegexLit } from './ast.ts';
import { closingDelim, PerlSyntaxError } from './lexer.ts';
import type { Parser } from './parser.ts';
import { unescapeSingle } from './parse-term.ts';

const QUOTE_WORDS = new Set(['q', 'qq', 'qw', 'm', 's', 'tr', 'y', 'qr', 'qx']);

/** A quote-like operator at the current position, or null when the word is something else. */
export function parseQuoteLike(p: Parser, line: number): Node | null {
  const lx = p.lx;
  const m = /^(qq|qw|qr|qx|q|m|s|tr|y)(?=,(?!\s*[)\]}])|\s*[^\w\s,;)=]|\s+[^\w\s=,;)]|\s*=[^=>~]?)/.exec(lx.src.slice(lx.pos, lx.pos + 8));
  if (!m || !QUOTE_WORDS.has(m[1]!)) return null;
  const word = m[1]!;
  // `s => 1`, `y => 2`: fat comma makes it a string.
  if (/^\s*=>/.test(lx.src.slice(lx.pos + word.length, lx.pos + word.length + 6))) return null;
  const after = lx.src.slice(lx.pos + word.length).match(/^\s*(.)/);
  if (after && after[1] === '=' && !/^\s/.test(lx.src[lx.pos + word.length] ?? '')) {
    // q=...= is legal but `s = 1` is not a quote; require no space.
  } else if (after && after[1] === '=') return null;
  lx.pos += word.length;
  switch (word) {
    case 'q': {
      const { body, open } = lx.delimited();
      return node('str', line, { v: unescapeSingle(body, open) });
    }
    case 'qq': {
      const { body, open } = lx.delimited();
      return open === "'" ? node('str', line, { v: body }) : parseInterpolated(p, body, line, open);
    }
    case 'qw': {
      const { body } = lx.delimited();
      const raw = body.split(/\s+/).filter((w) => w !== '');
      if (raw.some((w) => w.includes(','))) p.diag('qw', 'Possible attempt to separate words with commas', line);
      if (raw.some((w) => w.includes('#'))) p.diag('qw', 'Possible attempt to put comments in qw() list', line);
      const words = raw.map((w) => node('str', line, { v: unescapeSingle(w, '') }));
      return node('list', line, { items: words, paren: true });
    }
    case 'qx': {
      const { body, open } = lx.delimited();
      const cmd = open === "'" ? node('str', line, { v: body }) : parseInterpolated(p, body, line, open);
      return node('backtick', line, { e: cmd });
    }
    case 'm': case 'qr': return parseRegexOp(p, word, line);
    case 's': return parseSubst(p, line);
    case 'tr': case 'y': return parseTrans(p, line);
  }
  return null;
}

/** m//, qr// or a bare /.../ at the current position (at its delimiter). */
export function parseRegexOp(p: Parser, word: string, line: number): Node {
  const lx = p.lx;
  const { body, open } = lx.delimited('Search pattern not terminated');
  const flags = lx.match(/[msixpgcodualrn]*/)![0];
  const re = regexLit(p, body, open, flags, line);
  return node(word === 'qr' ? 'qr' : 'match', line, { re, flags });
}

function regexLit(p: Parser, body: string, open: string, flags: string, line: number): RegexLit {
  if (open === "'") return { parts: [node('str', line, { v: body })], flags, delim: open, literal: body };
  const parts = interpParts(p, body, line, true, open);
  const literal = parts.every((x) => x.k === 'str') ? parts.map((x) => x.v).join('') : null;
  return { parts, flags, delim: open, literal };
}

function parseSubst(p: Parser, line: number): Node {
  const first = p.lx.delimited('Substitution pattern not terminated');
  const second = secondPart(p, first.open, 'Substitution replacement not terminated');
  const flags = p.lx.match(/[msixpgcodualrne]*/)![0];
  const re = regexLit(p, first.body, first.open, flags, line);
  let repl: Node;
  if (flags.includes('e')) {
    repl = p.subParse(second.body, line).block;
    if (flags.split('e').length > 2) repl = node('func', line, { name: 'eval', args: [repl] });
  } else if (second.open === "'") repl = node('str', line, { v: second.body });
  else repl = parseInterpolated(p, second.body, line, second.open);
  return node('subst', line, { re, repl, flags });
}

/** The replacement part of s/// or tr///: its own brackets, or sharing the pattern's closing delimiter. */
function secondPart(p: Parser, open: string, unterminated: string): { body: string; open: string } {
  const lx = p.lx;
  if (closingDelim(open) !== open) {
    lx.skipSpace();
    return lx.delimited(unterminated);
  }
  lx.pos--;
  return lx.delimited(unterminated);
}

function parseTrans(p: Parser, line: number): Node {
  const lx = p.lx;
  const first = lx.delimited('Transliteration pattern not terminated');
  const second = secondPart(p, first.open, 'Transliteration replacement not terminated');
  const flags = lx.match(/[cdsr]*/)![0];
  return node('trans', line, { from: expandTr(first.body, line), to: expandTr(second.body, line), flags });
}

/** Expand tr/// escapes and a-z ranges into the full character list. */
function expandTr(s: string, line: number): string {
  const chars: string[] = [];
  // By characters: one above U+FFFF is a surrogate pair in the string.
  const lit = Array.from(processEscapes(s, true, line));
  for (let i = 0; i < lit.length; i++) {
    const c = lit[i]!;
    if (lit[i + 1] === '-' && i + 2 < lit.length) {
      const a = c.codePointAt(0)!, b = lit[i + 2]!.codePointAt(0)!;
      for (let k = a; k <= b; k++) chars.push(String.fromCodePoint(k));
      i += 2;
    } else chars.push(c);
  }
  return chars.join('');
}

/** `<<"EOF"`, `<<'EOF'`, `<<EOF`, `<<~EOF`, `<<`EOF``. */
export function parseHeredoc(p: Parser, line: number): Node {
  const lx = p.lx;
  const m = lx.match(/<<(~?)(["'`]?)([A-Za-z_]\w*)\2/)!;
  const indent = m[1] === '~';
  const interp = m[2] !== "'";
  const body = lx.heredoc(m[3]!, interp, indent);
  if (!interp) return node('str', line, { v: body });
  const text = parseInterpolated(p, body, line + 1, '"');
  // <<`CMD`: the body is a command, run as by qx//.
  return m[2] === '`' ? node('backtick', line, { e: text }) : text;
}

/** <FH>, <$fh>, <>, <<>>, <STDIN>, or a glob pattern <*.c>. */
export function parseReadlineOrGlob(p: Parser, line: number): Node {
  const lx = p.lx;
  const m = lx.match(/<(<>>|>|\$?[A-Za-z_][\w:]*>|[^>\n]*>)/);
  if (!m) throw p.syntaxError();
  const inner = m[1]!.slice(0, -1);
  if (inner === '' || inner === '<>') return node('readline', line, { name: 'ARGV' });
  // `<$fh>` reads a handle; `<${pat}>` or `<$dir/*>` is a glob.
  if (/^\$[A-Za-z_][\w:]*$/.test(inner)) return node('readline', line, { e: node('var', line, { sigil: '$', name: p.qualify(inner.slice(1), '$') }) });
  if (/^[A-Za-z_][\w:]*$/.test(inner)) return node('readline', line, { name: inner === 'STDIN' || inner === 'STDOUT' || inner === 'STDERR' || inner === 'ARGV' ? inner : p.qualifyFh(inner) });
  return node('glob', line, { e: parseInterpolated(p, inner, line, '"') });
}

/** A double-quoted body as a 'str' (constant) or 'interp' node. */
export function parseInterpolated(p: Parser, body: string, line: number, delim = '"'): Node {
  const parts = interpParts(p, body, line, false, delim);
  if (parts.length === 0) return node('str', line, { v: '' });
  if (parts.length === 1 && parts[0]!.k === 'str') return parts[0]!;
  return node('interp', line, { items: parts });
}

interface CaseFrame { op: string; parts: Node[] }

/**
 * Split an interpolating body into literal strings and expressions. In a
 * regex (`re`) backslash escapes are left for the regex compiler and `$`
 * before `)`, `|` or the end is an anchor.
 */
function interpParts(p: Parser, body: string, line: number, re: boolean, delim: string): Node[] {
  const stack: CaseFrame[] = [{ op: '', parts: [] }];
  let lit = '';
  const flush = (): void => {
    if (lit !== '') stack[stack.length - 1]!.parts.push(node('str', line, { v: lit }));
    lit = '';
  };
  const closeFrame = (): void => {
    flush();
    const f = stack.pop()!;
    const inner = f.parts.length === 1 ? f.parts[0]! : node('interp', line, { items: f.parts });
    const fn = ({ U: 'uc', L: 'lc', Q: 'quotemeta', F: 'fc', u: 'ucfirst', l: 'lcfirst' } as Record<string, string>)[f.op]!;
    stack[stack.length - 1]!.parts.push(node('func', line, { name: fn, args: [inner] }));
  };
  let i = 0;
  let oneCharCase: string | null = null;
  while (i < body.length) {
    const c = body[i]!;
    if (c === '\\' && i + 1 < body.length) {
      const n = body[i + 1]!;
      if ('ULQEFul'.includes(n)) {
        i += 2;
        if (n === 'E') { while (stack.length > 1) closeFrame(); continue; }
        flush();
        if (n === 'u' || n === 'l') { oneCharCase = n; stack.push({ op: n, parts: [] }); continue; }
        stack.push({ op: n, parts: [] });
        continue;
      }
      if (re) {
        if (n === delim && delim !== '\\') lit += n;
        else lit += c + n;
        i += 2;
      } else {
        const { text, len } = escapeAt(body, i, line, (m) => p.diag('misc', m, line));
        lit += text;
        i += len;
      }
      if (oneCharCase && stack.length > 1 && stack[stack.length - 1]!.op === oneCharCase) { oneCharCase = null; closeFrame(); }
      continue;
    }
    if ((c === '$' || c === '@') && i + 1 < body.length && startsVar(body, i, re)) {
      flush();
      const { expr, end } = p.interpVar(body, i, line, re);
      const e = c === '@' ? node('func', line, { name: 'join', args: [node('var', line, { sigil: '$', name: 'main::"' }), expr] }) : expr;
      stack[stack.length - 1]!.parts.push(e);
      i = end;
      if (oneCharCase && stack[stack.length - 1]!.op === oneCharCase) { oneCharCase = null; closeFrame(); }
      continue;
    }
    lit += c;
    i++;
    if (oneCharCase && stack[stack.length - 1]!.op === oneCharCase) { oneCharCase = null; closeFrame(); }
  }
  while (stack.length > 1) closeFrame();
  flush();
  return stack[0]!.parts;
}

function startsVar(body: string, i: number, re: boolean): boolean {
  const c = body[i]!;
  const n = body[i + 1]!;
  // `@-` and `@+` interpolate in strings, not in patterns (perlop).
  if (c === '@') return (/[A-Za-z_{$:]/.test(n) && !(n === ':' && body[i + 2] !== ':')) || (!re && (n === '-' || n === '+'));
  if (n === '#') return /[A-Za-z_{$]/.test(body[i + 2] ?? '') || (!re && /[-+]/.test(body[i + 2] ?? ''));
  if (/[A-Za-z_{:]/.test(n)) return n !== ':' || body[i + 2] === ':';
  if (n === '$') return /[A-Za-z_{$]/.test(body[i + 2] ?? '') || !re;
  if (re) return /[&`'+!\d\/\\,;.0]/.test(n) && n !== '/' && !(n === '|' || n === ')');
  return /[&`'+!@\/\\,;.0-9<>\[\]"|?:^%=~-]/.test(n);
}

/**
 * A character from a parsed code point (invalid digits give 0, as perl's
 * grok_hex ignores them). Strings here hold code points up to U+10FFFF only:
 * one above is a compile-time error rather than a different character.
 */
function codePoint(n: number, line: number): string {
  if (n > 0x10ffff) throw new PerlSyntaxError(`Code point 0x${n.toString(16).toUpperCase()} is above U+10FFFF, which strings on this machine cannot hold`, line, '', false, false, undefined, 'within string');
  return String.fromCodePoint(Number.isFinite(n) ? n : 0);
}

/** `\x{...}`, `\N{...}`, `\o{...}` without the closing brace: perl's error, at `line`. */
function missingBrace(esc: string, line: number): PerlSyntaxError {
  return new PerlSyntaxError(`Missing right brace on \\${esc}{}`, line, '', false, false, undefined, 'within string');
}

/**
 * One backslash escape at `s[i]`: its text and length. An unterminated
 * `\x{` throws perl's error at `line`; an unknown letter or digit escape is
 * passed through and reported to `onUnknown`.
 */
export function escapeAt(s: string, i: number, line = 0, onUnknown?: (msg: string) => void): { text: string; len: number } {
  const n = s[i + 1]!;
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', b: '\b', a: '\x07', e: '\x1b' };
  if (n in simple) return { text: simple[n]!, len: 2 };
  if (n === 'x') {
    if (s[i + 2] === '{') {
      const end = s.indexOf('}', i + 3);
      if (end < 0) throw missingBrace('x', line);
      const hex = s.slice(i + 3, end).replace(/[\s_]/g, '');
      return { text: codePoint(parseInt(hex || '0', 16), line), len: end - i + 1 };
    }
    const m = /^[0-9a-fA-F]{0,2}/.exec(s.slice(i + 2))!;
    return { text: String.fromCharCode(parseInt(m[0] || '0', 16)), len: 2 + m[0].length };
  }
  if (/[0-7]/.test(n)) {
    const m = /^[0-7]{1,3}/.exec(s.slice(i + 1))!;
    return { text: String.fromCharCode(parseInt(m[0], 8)), len: 1 + m[0].length };
  }
  if (n === 'c') return { text: String.fromCharCode((s.charCodeAt(i + 2) ^ 64) & 127), len: 3 };
  if (n === 'o' && s[i + 2] === '{') {
    const end = s.indexOf('}', i + 3);
    if (end < 0) throw missingBrace('o', line);
    const oct = s.slice(i + 3, end).replace(/[\s_]/g, '');
    return { text: codePoint(parseInt(oct || '0', 8), line), len: end - i + 1 };
  }
  if (n === 'N' && s[i + 2] === '{') {
    const end = s.indexOf('}', i + 3);
    if (end < 0) throw missingBrace('N', line);
    const name = s.slice(i + 3, end);
    const cp = /^U\+([0-9a-fA-F]+)$/.exec(name);
    return { text: cp ? codePoint(parseInt(cp[1]!, 16), line) : '\ufffd', len: end - i + 1 };
  }
  if (onUnknown && /[A-Za-z0-9]/.test(n)) onUnknown(`Unrecognized escape \\${n} passed through`);
  return { text: n, len: 2 };
}

/** Process escapes in a whole literal (tr lists). */
export function processEscapes(s: string, keepDashEscape = false, line = 0): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) {
      if (keepDashEscape && s[i + 1] === '-') { out += '-'; i++; continue; }
      const { text, len } = escapeAt(s, i, line);
      out += text;
      i += len - 1;
    } else out += s[i];
  }
  return out;
}
