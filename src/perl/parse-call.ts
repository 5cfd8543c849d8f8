/**
 * Words in term position: keywords (my, sub, do, eval, return, ...),
 * builtins with their argument shapes (builtins-table.ts), user sub calls,
 * class names and barewords.
 */
import { node, type Node } from './ast.ts';
import { BUILTINS, FH_FIRST } from './builtins-table.ts';
import type { Parser } from './parser.ts';
import { PerlSyntaxError } from './lexer.ts';
import { parseExpr, parseComma, parseAssign } from './parse-expr.ts';
import { parseParenArgs, parsePrimary, parseUnaryArg } from './parse-term.ts';

const WEAK_KEYWORDS = new Set(['say', 'lock', 'dump', 'x', 'repeat', 'fc']);

export function parseIdentTerm(p: Parser, line: number): Node {
  const lx = p.lx;
  const start = lx.pos;
  let id = lx.ident()!;
  if (id.endsWith('::') && id.length > 2) return node('str', line, { v: id.slice(0, -2) });
  lx.skipSpace();
  // word => is always a string
  if (lx.startsWith('=>')) return node('str', line, { v: id });
  // CORE::name and CORE::GLOBAL::name are the builtin itself, whatever subs exist.
  const core = /^CORE::(?:GLOBAL::)?(\w+)$/.exec(id);
  if (core && (BUILTINS.has(core[1]!) || ['print', 'printf', 'say', 'sort', 'map', 'grep', 'split', 'do', 'eval', 'return'].includes(core[1]!))) {
    id = core[1]!;
    if (BUILTINS.has(id) && !['print', 'printf', 'say', 'sort', 'map', 'grep', 'split'].includes(id)) return parseBuiltin(p, id, line);
  }
  switch (id) {
    case '__PACKAGE__': return node('str', line, { v: p.pkg });
    case '__FILE__': return node('str', line, { v: p.lx.file });
    case '__LINE__': return node('num', line, { v: line });
    case '__SUB__': return node('func', line, { name: '__SUB__', args: [] });
    case 'my': case 'our': case 'local': case 'state': return parseDecl(p, id, line);
    case 'sub': {
      const sub = p.parseSubBody(null, line);
      p.anonSubs++;
      return node('anonsub', line, { sub });
    }
    case 'do': {
      if (lx.ch() === '{') {
        const body = p.parseBlock();
        return node('do_block', line, { body });
      }
      return node('do_file', line, { e: parseUnaryArg(p) });
    }
    case 'eval': {
      if (lx.ch() === '{') return node('eval_block', line, { body: p.parseBlock() });
      const args = unaryArgs(p, true);
      return node('func', line, { name: 'eval', args });
    }
    case 'return': {
      // A list operator: `return X or die` returns X (the `or` is outside).
      const e = p.atExprEnd() ? undefined : p.peekWord(['not']) ? parseExpr(p) : parseComma(p);
      return node('return', line, { e });
    }
    case 'goto':
      // Only `goto &sub` (the call replaces the current sub); goto LABEL fails loudly.
      if (/^[A-Za-z_]/.test(lx.ch())) throw new PerlSyntaxError('goto LABEL is not supported', line, '', true);
      return node('call', line, { name: 'goto', args: [parseUnaryArg(p)] });
    case 'last': case 'next': case 'redo': {
      const label = lx.match(/[A-Z_][A-Z0-9_]*\b/)?.[0];
      return node('loopctl', line, { op: id, label });
    }
    case 'wantarray': if (lx.ch() === '(') { lx.pos++; p.expect(')'); } return node('wantarray', line);
    case 'say':
      // say is a builtin only under `use feature 'say'` (use v5.10+, -E); otherwise a plain word.
      if (p.features.has('say')) return parsePrint(p, id, line);
      break;
    case 'print': case 'printf': return parsePrint(p, id, line);
    case 'sort': case 'map': case 'grep': return parseBlockListOp(p, id, line);
    case 'split': return parseSplit(p, line);
    case 'qw': break;
  }
  if (lx.startsWith('::')) { lx.pos += 2; return node('str', line, { v: id }); }
  p.learnSub(id);
  const info = BUILTINS.get(id);
  // A sub named like a builtin replaces it only when imported (or for weak keywords).
  if (info && !(p.importedSubs.has(id) || (WEAK_KEYWORDS.has(id) && p.isKnownSub(id))) && !(id === 'say' && !p.features.has('say'))) return parseBuiltin(p, id, line);
  if (lx.startsWith('->')) {
    // A word naming a sub that exists by now is a call (toke.c): `Foo->new` is `Foo()->new`,
    // whatever package Foo holds; `Foo::->new` (above) is always the class.
    if (p.subDeclared(id)) return node('call', line, { name: p.qualifySub(id), args: [], constSub: p.constSubs.has(id) || undefined });
    // A constant (a () sub) before `->[` / `->{` is called: `LIST->[1]`, `Pkg::HASH->{k}`.
    if (!(p.constSubs.has(id) && /^->\s*[[{]/.test(lx.src.slice(lx.pos, lx.pos + 8)))) return node('str', line, { v: id, maybeClass: true });
  }
  if (lx.ch() === '(') {
    const args = parseParenArgs(p);
    const call = node('call', line, { name: p.qualifySub(id), args });
    // A prototype may apply: keep the context at the closing paren for the compiler's check.
    if (p.protos.has(id) || (p.lx.file.startsWith('(eval ') && !p.isKnownSub(id))) {
      lx.pos--;
      call.near = p.contextHere();
      lx.pos++;
    }
    return call;
  }
  if (p.constSubs.has(id)) return node('call', line, { name: p.qualifySub(id), args: [], constSub: true });
  if (p.blockSubs.has(id) && lx.ch() === '{') {
    const body = p.parseBlock();
    const blockArg = node('anonsub', line, { sub: { name: null, pkg: p.pkg, body, line } });
    lx.skipSpace();
    if (lx.ch() === ',') lx.pos++;
    const rest = p.atExprEnd() ? [] : listArgs(p);
    return node('call', line, { name: p.qualifySub(id), args: [blockArg, ...rest] });
  }
  if (p.isKnownSub(id)) {
    const unary = p.unarySubs.has(id) || (p.importedSubs.has(id) && UNARY_IMPORTS.has(id));
    const args = p.atExprEnd() || startsOperator(p) ? [] : unary ? [parseUnaryArg(p)] : listArgs(p);
    return node('call', line, { name: p.qualifySub(id), args });
  }
  if (id.includes('::') && !id.startsWith('::')) return qualifiedWord(p, id, line);
  if (p.opaqueImports && /^[A-Z][A-Z0-9_]*$/.test(id) && !p.interpMode) return qualifiedWord(p, p.qualifySub(id), line, id);
  // Class name followed by another word: indirect object syntax `new Foo(...)`.
  if (/^[A-Z]/.test(lx.peekIdent() ?? '') && id === 'new') {
    const cls = lx.ident()!;
    lx.skipSpace();
    const args = lx.ch() === '(' ? parseParenArgs(p) : [];
    return node('method', line, { e: node('str', line, { v: cls }), name: id, args });
  }
  void start;
  return node('str', line, { v: id, maybeClass: true, name: 'bareword' });
}

/** Imported functions whose XS prototype is `($)` (Scalar::Util): named unary operators. */
const UNARY_IMPORTS = new Set(['blessed', 'reftype', 'looks_like_number', 'refaddr', 'weaken', 'unweaken', 'isweak', 'readonly',
  'openhandle', 'tainted', 'isvstring', 'isdual']);

/**
 * A package-qualified word without parens (`JSON::PP::true`, `POSIX::INT_MAX + 1`,
 * `Foo::bar 'x'`): perl calls the sub when it exists at compile time, else it is
 * a class name. Subs of modules are defined when the program runs here, so the
 * choice is made then; a term after the word makes it a list operator call.
 */
function qualifiedWord(p: Parser, id: string, line: number, bare = id): Node {
  const lx = p.lx;
  lx.skipSpace();
  const word = node('str', line, { v: bare, maybeClass: true, name: 'bareword' });
  if (/^(?:["'$@\\\d]|q[qw]?\s*[^\w\s=,;)]|<<["'~A-Z_])/.test(lx.src.slice(lx.pos, lx.pos + 4))) {
    return node('call', line, { name: id, args: listArgs(p) });
  }
  const test = node('func', line, { name: 'defined', args: [node('call', line, { name: id, amp: true })] });
  return node('cond', line, { c: test, l: node('call', line, { name: id, args: [] }), r: word, qualifiedWord: true });
}

/** True when the next thing can only continue an expression as an operator. */
function startsOperator(p: Parser): boolean {
  const lx = p.lx;
  lx.skipSpace();
  // A word before `=>` is a string (`subtest x => sub {...}`), never the x operator.
  if (/^\w+\s*=>/.test(lx.src.slice(lx.pos, lx.pos + 64))) return false;
  return /^(?:=[^=~>]|==|!=|[.*+\-/%x]=|\?|:(?!:)|,|=>|\.\.|\|\||&&|\/\/|<(?=[\s=\d])|>|->|[.*\/](?=\s)|=~|\bx\b|\beq\b|\bne\b|\blt\b|\bgt\b|\ble\b|\bge\b|\bcmp\b)/.test(lx.src.slice(lx.pos, lx.pos + 4));
}

/** Arguments of a list operator without parens: everything up to a low-precedence boundary. */
function listArgs(p: Parser): Node[] {
  const e = parseComma(p);
  return e.k === 'list' && !e.paren ? e.items! : [e];
}

function unaryArgs(p: Parser, defTopic: boolean): Node[] {
  const lx = p.lx;
  lx.skipSpace();
  if (lx.ch() === '(') {
    lx.pos++;
    lx.skipSpace();
    if (lx.ch() === ')') { lx.pos++; return defTopic ? [] : []; }
    const e = parseExpr(p);
    p.expect(')');
    return [e];
  }
  if (p.atExprEnd() || startsOperator(p)) return [];
  return [parseUnaryArg(p)];
}

const FH_ARG_FUNCS = new Set(['open', 'close', 'binmode', 'eof', 'fileno', 'seek', 'tell', 'flock', 'truncate',
  'read', 'sysread', 'syswrite', 'getc', 'readline', 'opendir', 'readdir', 'closedir', 'rewinddir', 'telldir', 'seekdir',
  'select', 'socket', 'bind', 'connect', 'listen', 'accept', 'shutdown', 'setsockopt', 'getsockopt',
  'send', 'recv', 'getpeername', 'getsockname', 'sysopen', 'sysseek', 'stat', 'lstat', 'pipe', 'fcntl', 'ioctl', 'socketpair']);

function parseBuiltin(p: Parser, id: string, line: number): Node {
  const info = BUILTINS.get(id)!;
  const lx = p.lx;
  if (info.shape === '0') {
    if (lx.ch() === '(') { lx.pos++; p.expect(')'); }
    return node('func', line, { name: id, args: [] });
  }
  if ((id === 'exec' || id === 'system') && lx.ch() === '{') return parseIndirectProgram(p, id, line);
  // `eof()` (empty parentheses) is about the whole of <>, not the last handle read.
  if (id === 'eof' && /^\s*\(\s*\)/.test(lx.src.slice(lx.pos, lx.pos + 16))) { lx.pos = lx.src.indexOf(')', lx.pos) + 1; return node('func', line, { name: '__eof_argv', args: [] }); }
  let args: Node[];
  if (info.shape === 'u') args = unaryArgs(p, !!info.defaultTopic);
  else if (lx.ch() === '(') args = parseParenArgs(p);
  else args = p.atExprEnd() || startsOperator(p) ? [] : listArgs(p);
  if (FH_ARG_FUNCS.has(id) || id === 'require') args = args.map((a) => (a.qualifiedWord ? a.r! : a));
  if (FH_ARG_FUNCS.has(id)) args = args.map((a, i) => (i === 0 || (id === 'accept' && i === 1) || (id === 'pipe' && i === 1) || (id === 'socketpair' && i < 2)) && a.k === 'str' && a.name === 'bareword' ? node('fh', a.line, { name: p.qualifyFh(a.v as string) }) : a);
  return node('func', line, { name: id, args });
}

/**
 * toke.c checkcomma: `print (...)` with one blank before the paren, and
 * something after the paren that is not the end of the statement or a
 * low-precedence continuation, is a call of print on the parenthesized list.
 */
function interpretedAsFunction(p: Parser, id: string, line: number): void {
  const src = p.lx.src, at = p.lx.pos;
  if (src[at] !== '(' || src[at - 1] !== ' ' || /\s/.test(src[at - 2] ?? '')) return;
  let level = 1, w = at + 1;
  for (; w < src.length && level; w++) { if (src[w] === '(') level++; else if (src[w] === ')') level--; }
  while (/\s/.test(src[w] ?? '')) w++;
  if (w < src.length && !';&/|})]oaiuwef!='.includes(src[w]!)) p.diag('syntax', `${id} (...) interpreted as function`, line);
}

/**
 * `exec { PROGRAM } LIST` / `system { PROGRAM } LIST` (perlfunc exec): run
 * PROGRAM with LIST as its whole argv, so LIST's first element is argv[0].
 * Compiled to `__exec_prog` / `__system_prog` (PROGRAM, LIST...).
 */
function parseIndirectProgram(p: Parser, id: string, line: number): Node {
  const lx = p.lx;
  lx.pos++;
  const prog = p.parseBlockExpr();
  lx.skipSpace();
  const args = p.atExprEnd() ? [] : listArgs(p);
  return node('func', line, { name: `__${id}_prog`, args: [prog, ...args] });
}

/** print/printf/say with an optional filehandle: `print STDERR ...`, `print $fh ...`, `print {$fh} ...`. */
function parsePrint(p: Parser, id: string, line: number): Node {
  const lx = p.lx;
  interpretedAsFunction(p, id, line);
  let paren = false;
  if (lx.ch() === '(') { lx.pos++; paren = true; }
  lx.skipSpace();
  let fh: Node | undefined;
  if (lx.ch() === '{') {
    lx.pos++;
    fh = parseExpr(p);
    p.expect('}');
  } else {
    const m = /^([A-Za-z_][\w:]*)(\s*)/.exec(lx.src.slice(lx.pos, lx.pos + 100));
    // toke.c checkcomma: a bareword that is no keyword or sub, then a comma.
    // A qualified word may name a sub of a module (defined when the program runs here).
    const qualified = !!m && m[1]!.includes('::') && !/^["'$@\\\d]/.test(lx.src[lx.pos + m[0].length] ?? '');
    if (m && lx.src[lx.pos + m[0].length] === ',' && !p.isKnownWord(m[1]!) && !m[1]!.includes('::')) throw new PerlSyntaxError('No comma allowed after filehandle', line, '', true);
    if (m && !qualified && !BUILTINS.has(m[1]!) && !p.isKnownSub(m[1]!) && !/^(?:[,;(=.x]|->)/.test(lx.src.slice(lx.pos + m[0].length, lx.pos + m[0].length + 2)) && /^[A-Z_]/i.test(m[1]!) && !['my', 'our', 'sub', 'do', 'eval', 'qw', 'q', 'qq', 'scalar', 'join', 'map', 'grep', 'sort', 'reverse', 'sprintf', 'uc', 'lc', 'if', 'unless', 'for', 'foreach', 'while', 'until', 'and', 'or', 'not', 'x', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'cmp', 'xor', 'local', 'return', 'undef', 'wantarray', 'ref', 'defined', 'keys', 'values', 'exists', 'delete', 'shift', 'pop'].includes(m[1]!) && !/^[a-z]+$/.test(m[1]!) || (m && /^(STDOUT|STDERR|STDIN|FH|OUT|IN|LOG|FILE)$/.test(m[1]!))) {
      lx.pos += m[1]!.length;
      fh = node('fh', line, { name: p.qualifyFh(m[1]!) });
    } else {
      const v = /^\$([A-Za-z_]\w*)(\s+)(?![\s,;)}=.x?:<>|&*+\-\/%]|\[|\{|->|(?:if|unless|for|foreach|while|until|and|or|x|eq|ne|lt|gt|le|ge|cmp)\b)/.exec(lx.src.slice(lx.pos, lx.pos + 100));
      const v2 = /^\$([A-Za-z_]\w*)\s+(?:-\s*\d|"|'|\$|@|\\|[A-Za-z_])/.exec(lx.src.slice(lx.pos, lx.pos + 100));
      if (v && (v2 || /^\$\w+\s+[^\s]/.test(lx.src.slice(lx.pos, lx.pos + 100)))) {
        lx.pos += 1 + v[1]!.length;
        fh = node('var', line, { sigil: '$', name: p.qualify(v[1]!, '$') });
      }
    }
  }
  lx.skipSpace();
  let args: Node[];
  if (paren) {
    args = lx.ch() === ')' ? [] : listArgs(p);
    p.expect(')');
  } else args = p.atExprEnd() || startsOperator(p) ? [] : listArgs(p);
  const n = node('print', line, { name: id, args, fh });
  return paren ? parsePostfixOps(p, n) : n;
}

function parsePostfixOps(_p: Parser, n: Node): Node { return n; }

/** sort/map/grep: `{ BLOCK } LIST`, `EXPR, LIST`, `sort SUBNAME LIST`. */
function parseBlockListOp(p: Parser, id: string, line: number): Node {
  const lx = p.lx;
  let paren = false;
  if (lx.ch() === '(') { lx.pos++; paren = true; lx.skipSpace(); }
  let block: Node[] | undefined;
  let fn: Node | undefined;
  let args: Node[];
  if (lx.ch() === '{') {
    const save = lx.pos;
    let asBlock = true;
    try {
      block = p.parseBlock();
      lx.skipSpace();
      if (lx.ch() === ',') asBlock = false;
    } catch {
      asBlock = false;
    }
    if (!asBlock) { lx.pos = save; block = undefined; }
  }
  if (!block && id === 'sort') {
    const m = /^(\$?[A-Za-z_][\w:]*)\s+(?=[@$(]|qw\W|\w)/.exec(lx.src.slice(lx.pos, lx.pos + 100));
    if (m && !BUILTINS.has(m[1]!) && m[1] !== 'keys' && m[1] !== 'values' && m[1] !== 'map' && m[1] !== 'grep') {
      lx.pos += m[0].length;
      fn = m[1]!.startsWith('$') ? node('var', line, { sigil: '$', name: p.qualify(m[1]!.slice(1), '$') }) : node('str', line, { v: p.qualifySub(m[1]!) });
    }
  }
  if (!block && !fn && id !== 'sort') {
    const first = parseAssign(p);
    p.expect(',');
    block = [node('expr', line, { e: first })];
  }
  lx.skipSpace();
  if (paren) {
    args = lx.ch() === ')' ? [] : listArgs(p);
    p.expect(')');
  } else args = p.atExprEnd() ? [] : listArgs(p);
  if (id === 'sort') return node('sort', line, { block, e: fn, args });
  return node('mapgrep', line, { name: id, block, args });
}

/** split /PATTERN/, EXPR, LIMIT: the first argument is a pattern. */
function parseSplit(p: Parser, line: number): Node {
  const lx = p.lx;
  let paren = false;
  if (lx.ch() === '(') { lx.pos++; paren = true; }
  lx.skipSpace();
  let args: Node[] = [];
  if (!(paren && lx.ch() === ')') && !p.atExprEnd()) args = listArgs(p);
  if (paren) p.expect(')');
  return node('func', line, { name: 'split', args });
}

/** my/our/local/state declarations. */
function parseDecl(p: Parser, decl: string, line: number): Node {
  const lx = p.lx;
  if (decl === 'local') {
    const e = parsePrimary(p);
    return node('local', line, { e });
  }
  const vars: Node[] = [];
  let paren = false;
  if (lx.ch() === '(') {
    paren = true;
    lx.pos++;
    for (;;) {
      lx.skipSpace();
      if (lx.ch() === ')') { lx.pos++; break; }
      vars.push(parseDeclVar(p, decl, line));
      lx.skipSpace();
      if (lx.ch() === ',') lx.pos++;
    }
  } else vars.push(parseDeclVar(p, decl, line));
  return node('my', line, { decl, vars, paren });
}

function parseDeclVar(p: Parser, decl: string, line: number): Node {
  const lx = p.lx;
  const m = lx.match(lx.utf8 ? /([$@%])\s*([\p{L}_][\p{L}\p{N}_]*)/u : /([$@%])\s*([A-Za-z_]\w*)/);
  if (!m) {
    if (lx.eat('undef')) return node('var', line, { sigil: 'undef', name: '' });
    const punct = /^[$@%](?:\^\w|\d+|[^\w\s{])/.exec(lx.src.slice(lx.pos, lx.pos + 8));
    if (punct && decl !== 'our') throw p.contextError(`Can't use global ${punct[0]} in "${decl}"`);
    throw p.syntaxError();
  }
  const sigil = m[1]!;
  const name = m[2]!;
  const v = node('var', line, { sigil, name, decl });
  p.declare(decl, sigil, name, v);
  return v;
}
