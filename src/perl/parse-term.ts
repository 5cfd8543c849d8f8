/**
 * Terms: variables and their subscripts, literals, quote-likes, anonymous
 * constructors, `->` chains, barewords and calls.
 */
import { node, type Node } from './ast.ts';
import { PerlSyntaxError } from './lexer.ts';
import type { Parser } from './parser.ts';
import { parseComma, parseAssign, parseExpr } from './parse-expr.ts';
import { parseQuoteLike, parseInterpolated, parseRegexOp, parseReadlineOrGlob, parseHeredoc } from './parse-quote.ts';
import { parseIdentTerm } from './parse-call.ts';
import { foldConst } from './diag-opdesc.ts';
import { vstringChars } from './versions.ts';

/** The operand of `-X _` (the last stat's file). */
export const LAST_STAT = '\0laststat';

const SPECIAL_SCALAR = /^(?:\^[A-Z]|\^(?![\[\]\\^_?])|\{\^[A-Z_]+\}|[0-9]+|[&`'+!@/\\,;.0<>\[\]()"|?\-:~=%$])/;

/** A primary term followed by its postfix subscripts and arrows. */
export function parsePrimary(p: Parser): Node {
  const t = parseTermBase(p);
  return parsePostfix(p, t);
}

function parseTermBase(p: Parser): Node {
  const lx = p.lx;
  lx.skipSpace();
  const line = lx.line;
  const c = lx.ch();
  switch (c) {
    case '$': return parseScalarish(p);
    case '@': return parseArrayish(p);
    case '%': return parseHashish(p);
    case '&': return parseAmpCall(p);
    case '*': {
      lx.pos++;
      let g: Node;
      if (lx.ch() === '{') {
        lx.pos++;
        const e = parseExpr(p);
        p.expect('}');
        g = node('deref', line, { sigil: '*', e });
      } else if (lx.ch() === '$') {
        // *$fh: the glob a reference (or a name) in a scalar stands for.
        lx.pos++;
        const inner = lx.ch() === '$' ? parseScalarish(p) : null;
        const name = inner ? null : lx.ident();
        if (!inner && !name) throw p.syntaxError();
        g = node('deref', line, { sigil: '*', e: inner ?? node('var', line, { sigil: '$', name: p.qualify(name!, '$') }) });
      } else {
        const name = lx.ident() ?? lx.match(/\d+/)?.[0];
        if (!name) throw p.syntaxError();
        g = node('var', line, { sigil: '*', name: p.qualify(name, '*') });
      }
      // *glob{THING}: one slot of the glob.
      if (lx.ch() === '{' && !p.interpMode) {
        const key = parseHashKey(p);
        return node('func', line, { name: '__globslot', args: [g, key] });
      }
      return g;
    }
    case '(': {
      lx.pos++;
      lx.skipSpace();
      let inner: Node;
      if (lx.ch() === ')') inner = node('list', line, { items: [] });
      else {
        inner = parseExpr(p);
        if (inner.k !== 'list') inner = node('list', line, { items: [inner] });
      }
      p.expect(')');
      inner.paren = true;
      lx.skipSpace();
      if (lx.ch() === '[') {
        lx.pos++;
        const idx = parseExpr(p);
        p.expect(']');
        return node('slice', line, { l: inner, r: idx, op: 'list' });
      }
      return inner;
    }
    case '[': {
      lx.pos++;
      lx.skipSpace();
      const items = lx.ch() === ']' ? [] : [parseExpr(p)];
      p.expect(']');
      return node('anonarray', line, { items });
    }
    case '{': {
      lx.pos++;
      lx.skipSpace();
      const items = lx.ch() === '}' ? [] : [parseExpr(p)];
      p.expect('}');
      return node('anonhash', line, { items });
    }
    case '"': return parseInterpolated(p, lx.delimited().body, line);
    case "'": return node('str', line, { v: unescapeSingle(lx.delimited().body, "'") });
    case '`': return node('backtick', line, { e: parseInterpolated(p, lx.delimited().body, line) });
    case '/': return parseRegexOp(p, 'm', line);
    case '<': {
      if (lx.startsWith('<<') && /^<<(~?)(["'`]?)([A-Za-z_]\w*)\2/.test(lx.src.slice(lx.pos, lx.pos + 200))) return parseHeredoc(p, line);
      return parseReadlineOrGlob(p, line);
    }
    case '-': {
      const m = lx.match(/-([erwxoRWXOezsfdlpSbcugktTBAMC])(?![\w=>])/);
      if (m) {
        lx.skipSpace();
        let e: Node;
        if (p.atExprEnd() || lx.ch() === ',' || /^(&&|\|\||\?|=[=~])/.test(lx.src.slice(lx.pos, lx.pos + 2))) e = node('var', line, { sigil: '$', name: 'main::_' });
        else if (lx.ch() === '(') { lx.pos++; e = parseExpr(p); p.expect(')'); }
        else e = parseUnaryArg(p);
        // `-X _` tests the file of the last stat or file test.
        if (e.k === 'str' && e.name === 'bareword' && e.v === '_') e = node('str', line, { v: LAST_STAT });
        // Any other bareword names a filehandle (`-p STDIN`).
        else if (e.k === 'str' && e.name === 'bareword' && /^[A-Za-z_][\w:]*$/.test(String(e.v))) e = node('fh', line, { name: p.qualifyFh(e.v as string) });
        // Stacked tests (`-f -r $file`): the inner one first, then this one on its stat buffer.
        if (e.k === 'filetest') return node('logop', line, { op: '&&', l: e, r: node('filetest', line, { op: m[1], e: node('str', line, { v: LAST_STAT }) }) });
        return node('filetest', line, { op: m[1], e });
      }
      break;
    }
  }
  const vs = /[0-9v]/.test(c) ? vstringAt(lx.src, lx.pos, (n) => p.isKnownSub(n)) : null;
  if (vs) {
    lx.pos += vs.length;
    return node('str', line, { v: vstringChars(vs), version: vs });
  }
  if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(lx.ch(1)))) {
    const from = lx.pos;
    const n = lx.number();
    if (n === null) throw p.syntaxError();
    if (/__|_$|_\.|\._|_[eE]|[eE][+-]?_/.test(lx.src.slice(from, lx.pos))) p.diag('syntax', 'Misplaced _ in number', line);
    return node('num', line, { v: n });
  }
  if (/[A-Za-z_]/.test(c) || (c === ':' && lx.ch(1) === ':')) {
    const q = parseQuoteLike(p, line);
    if (q) return q;
    return parseIdentTerm(p, line);
  }
  throw p.syntaxError();
}

/**
 * A v-string literal at `pos` (perldata "Version Strings"): `v` and a number
 * with any further `.N` parts (`v65`, `v1.22.333`, not before `=>`), or a
 * bare number with two or more dots (`1.2.3`). A lone `vN` naming a sub, or
 * followed by `(`, is that sub's call (toke.c).
 */
function vstringAt(src: string, pos: number, isSub: (name: string) => boolean): string | null {
  const m = /^(?:v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)+)(?![\w.:])/.exec(src.slice(pos, pos + 200));
  if (!m) return null;
  const text = m[0];
  const after = src.slice(pos + text.length, pos + text.length + 40);
  if (text.startsWith('v') && /^\s*=>/.test(after)) return null;
  if (/^v\d+$/.test(text) && (isSub(text) || /^\s*\(/.test(after))) return null;
  return text;
}

/** Argument of a named unary operator: binds tighter than comparison. */
export function parseUnaryArg(p: Parser): Node {
  return p.parseBinaryAt(7);
}

/** Single-quoted string body: only \\ and \delim are escapes. */
export function unescapeSingle(body: string, delim: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && (body[i + 1] === '\\' || body[i + 1] === delim || body[i + 1] === closing(delim))) {
      out += body[i + 1];
      i++;
    } else out += ch;
  }
  return out;
}

const closing = (d: string): string => ({ '(': ')', '[': ']', '{': '}', '<': '>' } as Record<string, string>)[d] ?? d;

/** After a sigil: a name, `{name}`, `{expr}` or `$name` (deref). */
function parseVarBody(p: Parser, sigil: string): { name?: string; e?: Node } {
  const lx = p.lx;
  if (lx.ch() === '{') {
    const m = /^\{\s*(\^?[A-Za-z_][\w:]*)\s*\}/.exec(lx.src.slice(lx.pos, lx.pos + 100));
    if (m) {
      lx.pos += m[0].length;
      return { name: m[1]! };
    }
    lx.pos++;
    // A block inside a string (`@{[ $obj->method ]}`) is ordinary code.
    const mode = p.interpMode;
    p.interpMode = null;
    const e = p.parseBlockExpr();
    p.interpMode = mode;
    return { e };
  }
  if (lx.ch() === '$' && /[\w{$:]/.test(lx.ch(1))) {
    lx.pos++;
    const inner = parseVarBody(p, '$');
    const e = inner.name !== undefined
      ? node('var', lx.line, { sigil: '$', name: p.qualify(inner.name, '$') })
      : node('deref', lx.line, { sigil: '$', e: inner.e });
    return { e };
  }
  const id = lx.ident();
  if (id) return { name: id };
  if (sigil === '$' || sigil === '@') {
    const m = SPECIAL_SCALAR.exec(lx.src.slice(lx.pos, lx.pos + 20));
    if (m && (sigil === '$' || /^[_+\-]/.test(m[0]))) {
      lx.pos += m[0].length;
      let name = m[0];
      if (name.startsWith('{^')) name = name.slice(1, -1);
      return { name };
    }
  }
  if (sigil === '%' && /[+\-!]/.test(lx.ch())) { const n = lx.ch(); lx.pos++; return { name: n }; }
  throw p.syntaxError();
}

function parseScalarish(p: Parser): Node {
  const lx = p.lx;
  const line = lx.line;
  lx.pos++;
  if (lx.ch() === '#') {
    // $#array, $#{expr}, $#$ref
    if (lx.ch(1) === '{' || lx.ch(1) === '$' || /[A-Za-z_:+-]/.test(lx.ch(1))) {
      lx.pos++;
      const b = parseVarBody(p, '@');
      const arr = b.name !== undefined ? node('var', line, { sigil: '@', name: p.qualify(b.name, '@') }) : node('deref', line, { sigil: '@', e: b.e });
      return node('lastidx', line, { e: arr });
    }
  }
  const b = parseVarBody(p, '$');
  const base = b.name !== undefined ? null : b.e!;
  const nm = b.name;
  // Subscripts directly after the variable name choose the container.
  const c = lx.ch();
  const interpIdx = !p.interpMode || /^\[(?:-?\d|\$[\w#{]|-\$)/.test(lx.src.slice(lx.pos, lx.pos + 4));
  const interpKey = !p.interpMode || p.interpMode === 'string' || !/^\{\d*,?\d*\}/.test(lx.src.slice(lx.pos, lx.pos + 12));
  if (c === '[' && interpIdx && !(nm !== undefined && nm.length === 1 && /[\]\[]/.test(nm))) {
    lx.pos++;
    const idx = parseExpr(p);
    p.expect(']');
    const arr = nm !== undefined ? node('var', line, { sigil: '@', name: p.qualify(nm, '@') }) : node('deref', line, { sigil: '@', e: base! });
    return node('elem', line, { l: arr, r: idx });
  }
  if (c === '{' && interpKey && !(nm !== undefined && /^[{}]$/.test(nm))) {
    const key = parseHashKey(p);
    const h = nm !== undefined ? node('var', line, { sigil: '%', name: p.qualify(nm, '%') }) : node('deref', line, { sigil: '%', e: base! });
    return node('helem', line, { l: h, r: key });
  }
  if (nm !== undefined) return node('var', line, { sigil: '$', name: p.qualify(nm, '$') });
  return node('deref', line, { sigil: '$', e: base! });
}

/** `{key}` of a hash subscript: a bareword or -bareword is a string. */
export function parseHashKey(p: Parser): Node {
  const lx = p.lx;
  const line = lx.line;
  lx.pos++;
  const m = /^\s*(-?[A-Za-z_]\w*)\s*\}/.exec(lx.src.slice(lx.pos, lx.pos + 200));
  if (m) {
    lx.pos += m[0].length;
    return node('str', line, { v: m[1] });
  }
  const e = parseExpr(p);
  p.expect('}');
  return e;
}

function parseArrayish(p: Parser): Node {
  const lx = p.lx;
  const line = lx.line;
  lx.pos++;
  const b = parseVarBody(p, '@');
  const c = lx.ch();
  if (c === '[') {
    lx.pos++;
    const idx = lx.ch() === ']' ? node('list', line, { items: [] }) : parseExpr(p);
    p.expect(']');
    if (b.name !== undefined) scalarSliceWarning(p, b.name, idx, '[]', line);
    const arr = b.name !== undefined ? node('var', line, { sigil: '@', name: p.qualify(b.name, '@') }) : node('deref', line, { sigil: '@', e: b.e });
    return node('slice', line, { l: arr, r: idx, op: 'array' });
  }
  if (c === '{') {
    lx.pos++;
    const idx = parseExpr(p);
    p.expect('}');
    if (b.name !== undefined) scalarSliceWarning(p, b.name, idx, '{}', line);
    const h = b.name !== undefined ? node('var', line, { sigil: '%', name: p.qualify(b.name, '%') }) : node('deref', line, { sigil: '%', e: b.e });
    return node('hslice', line, { l: h, r: idx });
  }
  if (b.name !== undefined) return node('var', line, { sigil: '@', name: p.qualify(b.name, '@') });
  return node('deref', line, { sigil: '@', e: b.e });
}

/** op.c scalar_slice_warning: `@a[0]` / `@h{k}` with one scalar subscript. */
function scalarSliceWarning(p: Parser, name: string, idx: Node, br: string, line: number): void {
  if (p.interpMode) return;
  const c = idx.k === 'str' ? String(idx.v) : foldConst(idx);
  let key: string;
  if (c !== undefined) key = typeof c === 'number' ? String(c) : `"${c}"`;
  else if (idx.k === 'var' && idx.sigil === '$' || idx.k === 'elem' || idx.k === 'helem') key = '...';
  else return;
  p.diag('syntax', `Scalar value @${name}${br[0]}${key}${br[1]} better written as $${name}${br[0]}${key}${br[1]}`, line, 'peep');
}

function parseHashish(p: Parser): Node {
  const lx = p.lx;
  const line = lx.line;
  lx.pos++;
  const b = parseVarBody(p, '%');
  if (lx.ch() === '{' || lx.ch() === '[') {
    const open = lx.ch();
    lx.pos++;
    const idx = parseExpr(p);
    p.expect(open === '{' ? '}' : ']');
    const base = b.name !== undefined ? node('var', line, { sigil: open === '{' ? '%' : '@', name: p.qualify(b.name, open === '{' ? '%' : '@') }) : node('deref', line, { sigil: open === '{' ? '%' : '@', e: b.e });
    return node('kvhslice', line, { l: base, r: idx, op: open });
  }
  if (b.name !== undefined) return node('var', line, { sigil: '%', name: p.qualify(b.name, '%') });
  return node('deref', line, { sigil: '%', e: b.e });
}

function parseAmpCall(p: Parser): Node {
  const lx = p.lx;
  const line = lx.line;
  lx.pos++;
  let fn: Node;
  if (lx.ch() === '$' || lx.ch() === '{') {
    if (lx.ch() === '{') {
      lx.pos++;
      fn = p.parseBlockExpr();
    } else {
      lx.pos++;
      const b = parseVarBody(p, '$');
      fn = b.name !== undefined ? node('var', line, { sigil: '$', name: p.qualify(b.name, '$') }) : node('deref', line, { sigil: '$', e: b.e });
    }
  } else {
    const name = lx.ident();
    if (!name) throw p.syntaxError();
    fn = node('str', line, { v: p.qualifySub(name) });
    lx.skipSpace();
    if (lx.ch() !== '(') return node('call', line, { name: p.qualifySub(name), amp: true });
  }
  lx.skipSpace();
  if (lx.ch() === '(') {
    const args = parseParenArgs(p);
    if (fn.k === 'str') return node('call', line, { name: fn.v as string, args, amp: true });
    return node('dyncall', line, { e: fn, args });
  }
  if (fn.k === 'str') return node('call', line, { name: fn.v as string, amp: true });
  return node('dyncall', line, { e: fn, amp: true });
}

/** `( LIST )` as call arguments. */
export function parseParenArgs(p: Parser): Node[] {
  const lx = p.lx;
  p.expect('(');
  lx.skipSpace();
  if (lx.ch() === ')') { lx.pos++; return []; }
  const e = parseExpr(p);
  p.expect(')');
  return e.k === 'list' && !e.paren ? e.items! : [e];
}

/** Subscripts, `->` chains and calls after a term. */
export function parsePostfix(p: Parser, t: Node): Node {
  const lx = p.lx;
  for (;;) {
    const save = lx.pos;
    if (p.interpMode) {
      const rest = lx.src.slice(lx.pos, lx.pos + 3);
      const ok = /^->[\[{]/.test(rest) || ((t.k === 'elem' || t.k === 'helem') && /^[\[{]/.test(rest) && (rest[0] === '{' || /^\[[-$\d]/.test(rest)));
      if (!ok) return t;
    }
    lx.skipSpace();
    const line = lx.line;
    const subscriptable = t.k === 'elem' || t.k === 'helem' || (t.k === 'dyncall') || (t.k === 'method' && t.arrow);
    if (lx.startsWith('->')) {
      lx.pos += 2;
      lx.skipSpace();
      const c = lx.ch();
      if (c === '[') {
        lx.pos++;
        const idx = parseExpr(p);
        p.expect(']');
        t = node('elem', line, { l: node('deref', line, { sigil: '@', e: t }), r: idx });
        t.arrow = true;
      } else if (c === '{') {
        const key = parseHashKey(p);
        t = node('helem', line, { l: node('deref', line, { sigil: '%', e: t }), r: key });
      } else if (c === '(') {
        t = node('dyncall', line, { e: t, args: parseParenArgs(p) });
      } else if (c === '$' && lx.startsWith('$#*')) {
        lx.pos += 3;
        t = node('lastidx', line, { e: node('deref', line, { sigil: '@', e: t }) });
      } else if (c === '@' || c === '%' || (c === '$' && lx.ch(1) === '*') || c === '&') {
        lx.pos++;
        if (lx.ch() === '*') { lx.pos++; t = node('deref', line, { sigil: c, e: t }); }
        else if (c === '@' && lx.ch() === '[') { lx.pos++; const idx = parseExpr(p); p.expect(']'); t = node('slice', line, { l: node('deref', line, { sigil: '@', e: t }), r: idx, op: 'array' }); }
        else if (c === '@' && lx.ch() === '{') { lx.pos++; const idx = parseExpr(p); p.expect('}'); t = node('hslice', line, { l: node('deref', line, { sigil: '%', e: t }), r: idx }); }
        else if (c === '%' && (lx.ch() === '{' || lx.ch() === '[')) {
          // ->%{...} / ->%[...]: key/value and index/value slices.
          const open = lx.ch();
          lx.pos++;
          const idx = parseExpr(p);
          p.expect(open === '{' ? '}' : ']');
          t = node('kvhslice', line, { l: node('deref', line, { sigil: open === '{' ? '%' : '@', e: t }), r: idx, op: open });
        }
        else throw p.syntaxError();
      } else if (c === '$') {
        lx.pos++;
        const name = lx.ident();
        if (!name) throw p.syntaxError();
        const dyn = node('var', line, { sigil: '$', name: p.qualify(name, '$') });
        lx.skipSpace();
        const args = lx.ch() === '(' ? parseParenArgs(p) : [];
        t = node('method', line, { e: t, dynMethod: dyn, args, arrow: true });
      } else {
        const name = lx.ident();
        if (!name) throw p.syntaxError();
        lx.skipSpace();
        const args = lx.ch() === '(' ? parseParenArgs(p) : [];
        t = node('method', line, { e: t, name, args, arrow: true });
      }
      continue;
    }
    if (subscriptable && lx.pos === save && (lx.ch() === '[' || lx.ch() === '{')) {
      if (lx.ch() === '[') {
        lx.pos++;
        const idx = parseExpr(p);
        p.expect(']');
        t = node('elem', line, { l: node('deref', line, { sigil: '@', e: t }), r: idx });
      } else {
        const key = parseHashKey(p);
        t = node('helem', line, { l: node('deref', line, { sigil: '%', e: t }), r: key });
      }
      continue;
    }
    if ((t.k === 'elem' || t.k === 'helem' || t.k === 'dyncall') && lx.ch() === '(' && lx.pos === save && t.k !== 'dyncall') {
      t = node('dyncall', line, { e: t, args: parseParenArgs(p) });
      continue;
    }
    lx.pos = save;
    return t;
  }
}

export { parseComma, parseAssign, PerlSyntaxError };
