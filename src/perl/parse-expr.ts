/**
 * Expression grammar (perlop precedence table, lowest first):
 * or xor / and / not / list operators / , => / = += ... / ?: / .. ... /
 * || // / && / | ^ / & / == != <=> eq ne cmp / < > <= >= lt gt le ge / isa /
 * named unary / << >> / + - . / * / % x / =~ !~ / ! ~ \ unary+ unary- / ** /
 * ++ -- / ->
 */
import { node, type Node } from './ast.ts';
import { PerlSyntaxError } from './lexer.ts';
import type { Parser } from './parser.ts';
import { parsePrimary } from './parse-term.ts';
import { assignDesc } from './diag-opdesc.ts';
import { BUILTINS } from './builtins-table.ts';

/** Full expression including low-precedence `or`, `and`, `not`. */
export function parseExpr(p: Parser): Node {
  return parseLowOr(p);
}

function parseLowOr(p: Parser): Node {
  let l = parseLowAnd(p);
  for (;;) {
    const m = p.peekWord(['or', 'xor']);
    if (!m) return l;
    controlFlowPrecedence(p, l);
    p.lx.pos += m.length;
    const r = parseLowAnd(p);
    l = m === 'or' ? node('logop', l.line, { op: '||', l, r }) : node('binop', l.line, { op: 'xor', l, r });
  }
}

function parseLowAnd(p: Parser): Node {
  let l = parseLowNot(p);
  while (p.peekWord(['and'])) {
    controlFlowPrecedence(p, l);
    p.lx.pos += 3;
    const r = parseLowNot(p);
    l = node('logop', l.line, { op: '&&', l, r });
  }
  return l;
}

function parseLowNot(p: Parser): Node {
  if (p.peekWord(['not'])) {
    p.lx.pos += 3;
    const line = p.lx.line;
    p.lx.skipSpace();
    if (p.atExprEnd()) return node('unop', line, { op: '!', e: node('list', line, { items: [] }) });
    return node('unop', line, { op: '!', e: parseLowNot(p) });
  }
  return parseComma(p);
}

/** op.c newLOGOP: `return X or ...` can never run its right side. */
function controlFlowPrecedence(p: Parser, l: Node): void {
  if (l.k === 'return' || l.k === 'loopctl' || (l.k === 'func' && (l.name === 'die' || l.name === 'exit'))) {
    p.diag('syntax', 'Possible precedence issue with control flow operator', p.lx.line);
  }
}

/** A comma list; a single item is returned as itself. */
export function parseComma(p: Parser): Node {
  const line = p.lx.line;
  const first = parseAssign(p);
  if (!p.peekComma()) return first;
  const items = [first];
  while (p.eatComma()) {
    if (p.atExprEnd()) break;
    items.push(parseAssign(p));
  }
  return node('list', line, { items });
}

const ASSIGN_OPS = ['**=', '||=', '&&=', '//=', '<<=', '>>=', '+=', '-=', '*=', '/=', '.=', '%=', 'x=', '|=', '&=', '^='];

/** Does `l = ...` assign a list (perl's aassign) rather than a scalar? */
function isListAssign(l: Node): boolean {
  // `(COND ? A : B) = ...` assigns a list only when a branch is one (op.c assignment_type).
  if (l.k === 'list' && l.paren && l.items!.length === 1 && l.items![0]!.k === 'cond') return isListAssign(l.items![0]!.l!) || isListAssign(l.items![0]!.r!);
  if (l.k === 'list' || l.k === 'hslice' || l.k === 'kvhslice') return true;
  if (l.k === 'slice') return l.op !== 'list';
  if (l.k === 'my') return !!l.paren || l.vars!.some((v) => v.sigil !== '$');
  if (l.k === 'var' || l.k === 'deref') return l.sigil === '@' || l.sigil === '%';
  if (l.k === 'local') return isListAssign(l.e!);
  return false;
}

/** Assignment and the conditional operator (both right-associative). */
export function parseAssign(p: Parser): Node {
  const l = parseTernary(p);
  p.lx.skipSpace();
  const lx = p.lx;
  if (lx.ch() === '=' && lx.ch(1) !== '=' && lx.ch(1) !== '~' && lx.ch(1) !== '>') {
    lx.pos++;
    const r = parseAssign(p);
    p.checkModifiable(l, assignDesc('=', isListAssign(l)));
    return node('assign', l.line, { op: '=', l, r });
  }
  for (const op of ASSIGN_OPS) {
    if (lx.startsWith(op)) {
      lx.pos += op.length;
      const r = parseAssign(p);
      p.checkModifiable(l, assignDesc(op.slice(0, -1), false));
      return node('assign', l.line, { op: op.slice(0, -1), l, r });
    }
  }
  return l;
}

function parseTernary(p: Parser): Node {
  const c = parseRange(p);
  p.lx.skipSpace();
  if (p.lx.ch() !== '?') return c;
  p.checkCondition(c);
  p.lx.pos++;
  const t = parseAssign(p);
  p.expect(':');
  const f = parseAssign(p);
  return node('cond', c.line, { c, l: t, r: f });
}

function parseRange(p: Parser): Node {
  const l = parseBinary(p, 0);
  p.lx.skipSpace();
  if (p.lx.startsWith('..')) {
    const three = p.lx.startsWith('...');
    p.lx.pos += three ? 3 : 2;
    const r = parseBinary(p, 0);
    return node('range', l.line, { l, r, op: three ? '...' : '..' });
  }
  return l;
}

interface BinLevel { ops: string[]; words?: string[]; kind?: 'logop' | 'nonassoc' }

/** Binary levels from loosest to tightest (between `..` and named unary). */
const LEVELS: BinLevel[] = [
  { ops: ['||', '//'], kind: 'logop' },
  { ops: ['&&'], kind: 'logop' },
  { ops: ['|', '^'] },
  { ops: ['&'] },
  { ops: ['==', '!=', '<=>'], words: ['eq', 'ne', 'cmp'] },
  { ops: ['<=', '>=', '<', '>'], words: ['lt', 'gt', 'le', 'ge'] },
  { ops: [], words: ['isa'] },
  { ops: ['<<', '>>'] },
  { ops: ['+', '-', '.'] },
  { ops: ['*', '/', '%'], words: ['x'] },
  { ops: ['=~', '!~'] },
];

/** Named unary operators bind tighter than comparison but looser than + - . */
export const NAMED_UNARY_LEVEL = 7;

export function parseBinary(p: Parser, level: number): Node {
  if (level >= LEVELS.length) return parseUnary(p);
  let l = parseBinary(p, level + 1);
  const lv = LEVELS[level]!;
  for (;;) {
    const op = peekBinOp(p, lv);
    if (op === null) return l;
    p.lx.pos += op.length;
    const r = parseBinary(p, level + 1);
    if (lv.kind === 'logop') l = node('logop', l.line, { op, l, r });
    else if (op === '=~' || op === '!~') l = bindMatch(p, l, r, op === '!~');
    else l = node('binop', l.line, { op, l, r });
  }
}

const LONGER: Record<string, string[]> = {
  '|': ['||', '|='], '&': ['&&', '&='], '*': ['**', '*='], '<': ['<=', '<<'], '>': ['>=', '>>'],
  '.': ['..', '.='], '/': ['//', '/='], '<=': ['<=>'], '+': ['+=', '++'], '-': ['-=', '->', '--'],
  '%': ['%='], '^': ['^='], '<<': ['<<='], '>>': ['>>='], '||': ['||='], '//': ['//='], '&&': ['&&='],
};

function peekBinOp(p: Parser, lv: BinLevel): string | null {
  const lx = p.lx;
  lx.skipSpace();
  for (const op of lv.ops) {
    if (!lx.startsWith(op)) continue;
    if ((LONGER[op] ?? []).some((o) => lx.startsWith(o))) continue;
    return op;
  }
  for (const w of lv.words ?? []) {
    if (!lx.startsWith(w)) continue;
    const next = lx.ch(w.length);
    if (/\w/.test(next) && !(w === 'x' && /\d/.test(next))) continue;
    if (next === '=' && lx.ch(w.length + 1) !== '=' && lx.ch(w.length + 1) !== '~') return null;
    if (next === '=' && lx.ch(w.length + 1) === '>') return null;
    if (next === '>' || (next === ' ' && /^\s*=>/.test(lx.src.slice(lx.pos + w.length, lx.pos + w.length + 8)))) return null;
    return w;
  }
  return null;
}

/** `EXPR =~ m//`, `=~ s///`, `=~ tr///`, or a runtime pattern from an expression. */
function bindMatch(p: Parser, target: Node, r: Node, neg: boolean): Node {
  if (r.k === 'match' || r.k === 'subst' || r.k === 'trans') {
    if (r.e) throw new PerlSyntaxError('syntax error', r.line, p.lx.near());
    if (target.k === 'var' && (target.sigil === '@' || target.sigil === '%')) {
      const op = r.k === 'match' ? 'pattern match (m//)' : r.k === 'subst' ? 'substitution (s///)' : 'transliteration (tr///)';
      const v = `${target.sigil}${target.name!.replace(/^main::/, '')}`;
      p.diag('misc', `Applying ${op} to ${v} will act on scalar(${v})`, p.lx.line);
    }
    if (!neg && !(r.flags ?? '').includes('r') && (r.k === 'subst' || (r.k === 'trans' && r.from !== r.to && !(r.to === '' && !(r.flags ?? '').includes('d'))))) p.checkModifiable(target, r.k === 'subst' ? 'substitution (s///)' : 'transliteration (tr///)');
    return { ...r, e: target, neg };
  }
  const re = { parts: [r], flags: '', delim: '/', literal: null };
  return node('match', target.line, { e: target, re, neg });
}

function parseUnary(p: Parser): Node {
  const lx = p.lx;
  lx.skipSpace();
  const line = lx.line;
  const c = lx.ch();
  if (c === '!' && lx.ch(1) !== '~' && lx.ch(1) !== '=') {
    lx.pos++;
    return node('unop', line, { op: '!', e: parseUnary(p) });
  }
  if (c === '~' && lx.ch(1) !== '~') {
    lx.pos++;
    return node('unop', line, { op: '~', e: parseUnary(p) });
  }
  if (c === '\\') {
    lx.pos++;
    const core = coreSubRef(p, line);
    if (core) return core;
    return node('refgen', line, { e: parseUnary(p) });
  }
  if (c === '-' && lx.ch(1) !== '-' && lx.ch(1) !== '=' && !isFiletest(p)) {
    lx.pos++;
    lx.skipSpace();
    if (/[A-Za-z_]/.test(lx.ch())) {
      const save = lx.pos;
      const id = lx.ident();
      lx.skipSpace();
      if (id && !lx.startsWith('(') && !lx.startsWith('::') && !p.isKnownSub(id) && !p.isBuiltin(id) && !lx.startsWith('->')) {
        return node('str', line, { v: '-' + id });
      }
      lx.pos = save;
    }
    return node('unop', line, { op: 'neg', e: parseUnary(p) });
  }
  if (c === '+' && lx.ch(1) !== '+' && lx.ch(1) !== '=') {
    lx.pos++;
    return parseUnary(p);
  }
  return parsePow(p);
}

/**
 * `\&CORE::name`: a code reference to a builtin (perlsub "CORE::"), made
 * as a sub that calls the builtin with its arguments.
 */
function coreSubRef(p: Parser, line: number): Node | null {
  const m = /^\s*&CORE::(\w+)(?![\w(:])/.exec(p.lx.src.slice(p.lx.pos, p.lx.pos + 60));
  const info = m ? BUILTINS.get(m[1]!) : undefined;
  if (!m || !info) return null;
  p.lx.pos += m[0].length;
  const argv = node('var', line, { sigil: '@', name: 'main::_' });
  const args = info.shape === '0' ? [] : info.shape === 'u' ? [node('elem', line, { l: argv, r: node('num', line, { v: 0 }) })] : [argv];
  const body = [node('expr', line, { e: node('func', line, { name: m[1], args }) })];
  return node('anonsub', line, { sub: { name: null, pkg: p.pkg, body, line } });
}

function isFiletest(p: Parser): boolean {
  const m = /^-[erwxoRWXOzsfdlpSbcugktTBAMC](?![\w=>])/.exec(p.lx.src.slice(p.lx.pos, p.lx.pos + 3));
  if (!m) return false;
  // Only `=>` makes `-f` a string (toke.c); `-f;`, `-f)`, `-f,` test $_.
  return !/^\s*=>/.test(p.lx.src.slice(p.lx.pos + 2, p.lx.pos + 40));
}

function parsePow(p: Parser): Node {
  const base = parseIncDec(p);
  p.lx.skipSpace();
  if (p.lx.startsWith('**') && p.lx.ch(2) !== '=') {
    p.lx.pos += 2;
    const r = parseUnary(p);
    return node('binop', base.line, { op: '**', l: base, r });
  }
  return base;
}

function parseIncDec(p: Parser): Node {
  const lx = p.lx;
  lx.skipSpace();
  const line = lx.line;
  if (lx.startsWith('++') || lx.startsWith('--')) {
    const op = lx.ch();
    lx.pos += 2;
    const e = parseIncDec(p);
    p.checkModifiable(e, op === '+' ? 'preincrement (++)' : 'predecrement (--)');
    return node(op === '+' ? 'preinc' : 'predec', line, { e });
  }
  const e = parsePrimary(p);
  lx.skipSpace();
  if (lx.startsWith('++') || lx.startsWith('--')) {
    const inc = lx.ch() === '+';
    lx.pos += 2;
    p.checkModifiable(e, inc ? 'postincrement (++)' : 'postdecrement (--)');
    const post = node(inc ? 'postinc' : 'postdec', line, { e });
    lx.skipSpace();
    // `$x++ ++`: the second operator applies to the first one's value.
    if (lx.startsWith('++') || lx.startsWith('--')) p.checkModifiable(post, lx.ch() === '+' ? 'postincrement (++)' : 'postdecrement (--)');
    return post;
  }
  return e;
}
