/** awk: lexer and parser into a plain AST (POSIX awk grammar, as mawk accepts it). */

export type Expr =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 're'; src: string }
  | { k: 'var'; name: string }
  | { k: 'field'; e: Expr }
  | { k: 'idx'; name: string; subs: Expr[] }
  | { k: 'assign'; op: string; target: Expr; e: Expr }
  | { k: 'cond'; c: Expr; a: Expr; b: Expr }
  | { k: 'bin'; op: string; a: Expr; b: Expr }
  | { k: 'un'; op: string; e: Expr }
  | { k: 'incdec'; op: string; prefix: boolean; target: Expr }
  | { k: 'in'; subs: Expr[]; name: string }
  | { k: 'match'; neg: boolean; a: Expr; re: Expr }
  | { k: 'call'; name: string; args: Expr[] }
  | { k: 'getline'; target: Expr | null; src: Expr | null; cmd: Expr | null }
  | { k: 'group'; e: Expr };

export type Stmt =
  | { k: 'expr'; e: Expr }
  | { k: 'print'; args: Expr[]; printf: boolean; redir: string | null; dest: Expr | null }
  | { k: 'if'; c: Expr; t: Stmt; f: Stmt | null }
  | { k: 'while'; c: Expr; body: Stmt }
  | { k: 'do'; c: Expr; body: Stmt }
  | { k: 'for'; init: Stmt | null; c: Expr | null; step: Stmt | null; body: Stmt }
  | { k: 'forin'; v: string; arr: string; body: Stmt }
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' } | { k: 'nextfile' } | { k: 'break' } | { k: 'continue' }
  | { k: 'exit'; e: Expr | null }
  | { k: 'return'; e: Expr | null }
  | { k: 'delete'; name: string; subs: Expr[] | null };

export interface Rule { kind: 'begin' | 'end' | 'main' | 'range'; pat: Expr | null; pat2: Expr | null; body: Stmt | null }
export interface Func { name: string; params: string[]; body: Stmt }
export interface AwkProgram { rules: Rule[]; funcs: Map<string, Func> }

export class AwkSyntax extends Error {}

interface Tok { t: string; v: string; line: number; nlBefore: boolean }

const KEYWORDS = new Set(['BEGIN', 'END', 'function', 'func', 'if', 'else', 'while', 'for', 'do', 'break', 'continue', 'next', 'nextfile', 'exit', 'return', 'delete', 'in', 'getline', 'print', 'printf']);
export const BUILTINS = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'tolower', 'toupper', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'rand', 'srand', 'system', 'close', 'fflush']);

function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0, line = 1, nl = false;
  const push = (t: string, v: string): void => { toks.push({ t, v, line, nlBefore: nl }); nl = false; };
  const regexOk = (): boolean => {
    const p = toks[toks.length - 1];
    if (!p) return true;
    return !(p.t === 'num' || p.t === 'str' || p.t === 'name' || p.t === 'builtin' || p.t === 'funcname' || p.v === ')' || p.v === ']' || p.v === '$' || p.v === '++' || p.v === '--');
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\' && src[i + 1] === '\n') { i += 2; line++; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '\n') { push('nl', '\n'); i++; line++; continue; }
    if (/[0-9.]/.test(c) && /^(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|0[xX][0-9a-fA-F]+)/.test(src.slice(i))) {
      const m = /^(0[xX][0-9a-fA-F]+|\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)/.exec(src.slice(i))!;
      push('num', m[0]); i += m[0].length; continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      const w = m[0];
      i += w.length;
      if (KEYWORDS.has(w)) push(w === 'func' ? 'function' : w, w);
      else if (BUILTINS.has(w)) push('builtin', w);
      else push(src[i] === '(' ? 'funcname' : 'name', w);
      continue;
    }
    if (c === '"') {
      let s = '';
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\n') throw new AwkSyntax(`runaway string constant "${s.slice(0, 10)} ...`);
        if (src[i] === '\\' && i + 1 < src.length) {
          const n = src[++i]!;
          const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };
          if (n in map) s += map[n];
          else if (/[0-7]/.test(n)) { const m = /^[0-7]{1,3}/.exec(src.slice(i))![0]; s += String.fromCharCode(parseInt(m, 8)); i += m.length - 1; }
          else if (n === '\n') line++;
          else s += '\\' + n;
          i++;
          continue;
        }
        s += src[i++];
      }
      i++;
      push('str', s);
      continue;
    }
    if (c === '/' && regexOk()) {
      let s = '';
      i++;
      let inBr = false;
      while (i < src.length && (src[i] !== '/' || inBr)) {
        if (src[i] === '\n') throw new AwkSyntax('runaway regular expression');
        if (src[i] === '\\' && i + 1 < src.length) { s += src[i] === '\\' && src[i + 1] === '/' ? '/' : src[i]! + src[i + 1]!; i += 2; continue; }
        if (src[i] === '[') inBr = true; else if (src[i] === ']' && inBr && s[s.length - 1] !== '[') inBr = false;
        s += src[i++];
      }
      i++;
      push('re', s);
      continue;
    }
    const ops = ['+=', '-=', '*=', '/=', '%=', '^=', '**=', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '>>', '!~', '**'];
    const op = ops.find((o) => src.startsWith(o, i));
    if (op) { push(op === '**' ? '^' : op === '**=' ? '^=' : op, op); i += op.length; continue; }
    if ('{}()[];,+-*/%^!<>|?:~$='.includes(c)) { push(c, c); i++; continue; }
    throw new AwkSyntax(`syntax error at or near ${c}`);
  }
  push('eof', '');
  return toks;
}

export function parseAwk(src: string): AwkProgram {
  const toks = lex(src);
  let p = 0;
  const funcs = new Map<string, Func>();
  const peek = (o = 0): Tok => toks[Math.min(p + o, toks.length - 1)]!;
  const at = (t: string): boolean => peek().t === t;
  const fail = (): never => {
    const t = peek();
    throw new AwkSyntax(`line ${t.line}: syntax error at or near ${t.t === 'eof' ? 'end of file' : t.t === 'nl' ? 'end of line' : t.v}`);
  };
  const eat = (t: string): Tok => {
    if (!at(t)) {
      if (t === ')' || t === ']') { const n = peek(); throw new AwkSyntax(`line ${n.line}: missing ${t} near ${n.t === 'eof' ? 'end of file' : n.t === 'nl' ? 'end of line' : n.v}`); }
      fail();
    }
    return toks[p++]!;
  };
  const opt = (t: string): boolean => { if (at(t)) { p++; return true; } return false; };
  const nls = (): void => { while (at('nl')) p++; };
  const term = (): void => { while (at('nl') || at(';')) p++; };

  let noIn = false;
  let noGt = false;

  const primary = (): Expr => {
    const t = peek();
    switch (t.t) {
      case 'num': p++; return { k: 'num', v: Number(t.v) };
      case 'str': p++; return { k: 'str', v: t.v };
      case 're': p++; return { k: 're', src: t.v };
      case '$': { p++; const e = incdec(true); return { k: 'field', e }; }
      case '(': {
        p++;
        const save = [noIn, noGt]; noIn = false; noGt = false;
        const first = expr();
        if (at(',')) {
          const subs = [first];
          while (opt(',')) { nls(); subs.push(expr()); }
          eat(')');
          [noIn, noGt] = save;
          eat('in');
          return { k: 'in', subs, name: eat('name').v };
        }
        eat(')');
        [noIn, noGt] = save;
        return { k: 'group', e: first };
      }
      case '-': case '+': case '!': { p++; const e = unaryOperand(); return { k: 'un', op: t.t, e }; }
      case '++': case '--': { p++; const target = incdec(true); return { k: 'incdec', op: t.t, prefix: true, target }; }
      case 'builtin': {
        p++;
        const args: Expr[] = [];
        if (opt('(')) {
          nls();
          if (!at(')')) { const save = [noIn, noGt]; noIn = false; noGt = false; args.push(expr()); while (opt(',')) { nls(); args.push(expr()); } [noIn, noGt] = save; }
          eat(')');
        } else if (t.v !== 'length') fail();
        return { k: 'call', name: t.v, args };
      }
      case 'funcname': {
        p++;
        eat('(');
        nls();
        const args: Expr[] = [];
        if (!at(')')) { const save = [noIn, noGt]; noIn = false; noGt = false; args.push(expr()); while (opt(',')) { nls(); args.push(expr()); } [noIn, noGt] = save; }
        eat(')');
        return { k: 'call', name: t.v, args };
      }
      case 'name': {
        p++;
        if (opt('[')) {
          const subs = [expr()];
          while (opt(',')) subs.push(expr());
          eat(']');
          return { k: 'idx', name: t.v, subs };
        }
        return { k: 'var', name: t.v };
      }
      case 'getline': {
        p++;
        const target = at('$') || at('name') ? incdec(true) : null;
        let src: Expr | null = null;
        if (at('<')) { p++; src = incdec(true); }
        return { k: 'getline', target, src, cmd: null };
      }
      default:
        if (toks[p - 1]?.t === '(') { throw new AwkSyntax(`line ${t.line}: missing ) near ${t.t === 'eof' ? 'end of file' : t.t === 'nl' ? 'end of line' : t.v}`); }
        return fail();
    }
  };
  const unaryOperand = (): Expr => pow();
  const incdec = (noConcat: boolean): Expr => {
    void noConcat;
    const e = primary();
    if ((at('++') || at('--')) && (e.k === 'var' || e.k === 'idx' || e.k === 'field')) {
      const op = toks[p++]!.t;
      return { k: 'incdec', op, prefix: false, target: e };
    }
    return e;
  };
  const pow = (): Expr => {
    const a = incdec(false);
    if (at('^')) { p++; const b = at('-') || at('+') || at('!') ? primary() : pow(); return { k: 'bin', op: '^', a, b }; }
    return a;
  };
  const mul = (): Expr => {
    let a = pow();
    while (at('*') || at('/') || at('%')) { const op = toks[p++]!.t; a = { k: 'bin', op, a, b: pow() }; }
    return a;
  };
  const add = (): Expr => {
    let a = mul();
    while (at('+') || at('-')) { const op = toks[p++]!.t; a = { k: 'bin', op, a, b: mul() }; }
    return a;
  };
  const startsConcat = (): boolean => {
    const t = peek();
    if (t.nlBefore && false) return false;
    return ['num', 'str', 're', 'name', 'funcname', 'builtin', '$', '(', '!', '++', '--', '-', '+'].includes(t.t) && !(t.t === 'in');
  };
  const concat = (): Expr => {
    let a = add();
    while (startsConcat() && !at('-') && !at('+') && !(at('!') )) {
      if (at('getline')) break;
      a = { k: 'bin', op: 'concat', a, b: add() };
    }
    return a;
  };
  const rel = (): Expr => {
    let a = concat();
    for (;;) {
      if (at('<') || at('<=') || at('!=') || at('==') || at('>=') || (at('>') && !noGt)) {
        const op = toks[p++]!.t;
        a = { k: 'bin', op, a, b: concat() };
      } else if (at('|') && peek(1).t === 'getline') {
        p += 2;
        const target = at('$') || at('name') ? incdec(true) : null;
        a = { k: 'getline', target, src: null, cmd: a };
      } else return a;
    }
  };
  const matchE = (): Expr => {
    let a = rel();
    while (at('~') || at('!~')) { const neg = toks[p++]!.t === '!~'; a = { k: 'match', neg, a, re: rel() }; }
    return a;
  };
  const inE = (): Expr => {
    let a = matchE();
    while (at('in') && !noIn) { p++; a = { k: 'in', subs: [a], name: eat('name').v }; }
    return a;
  };
  const andE = (): Expr => {
    let a = inE();
    while (at('&&')) { p++; nls(); a = { k: 'bin', op: '&&', a, b: inE() }; }
    return a;
  };
  const orE = (): Expr => {
    let a = andE();
    while (at('||')) { p++; nls(); a = { k: 'bin', op: '||', a, b: andE() }; }
    return a;
  };
  const ternary = (): Expr => {
    const c = orE();
    if (at('?')) { p++; nls(); const a = ternary(); nls(); eat(':'); nls(); const b = ternary(); return { k: 'cond', c, a, b }; }
    return c;
  };
  const expr = (): Expr => {
    const e = ternary();
    if (['=', '+=', '-=', '*=', '/=', '%=', '^='].includes(peek().t) && (e.k === 'var' || e.k === 'idx' || e.k === 'field')) {
      const op = toks[p++]!.t;
      nls();
      return { k: 'assign', op, target: e, e: expr() };
    }
    return e;
  };

  const simple = (): Stmt => {
    if (at('print') || at('printf')) {
      const printf = toks[p++]!.t === 'printf';
      const args: Expr[] = [];
      noGt = true;
      if (!at(';') && !at('nl') && !at('}') && !at('>') && !at('>>') && !at('|') && !at('eof')) {
        if (at('(')) {
          const save = p;
          p++;
          noGt = false;
          const inner = [expr()];
          while (opt(',')) { nls(); inner.push(expr()); }
          if (at(')') && [';', 'nl', '}', '>', '>>', '|', 'eof'].includes(peek(1).t)) { p++; args.push(...inner); }
          else { p = save; noGt = true; args.push(expr()); while (opt(',')) { nls(); args.push(expr()); } }
        } else { args.push(expr()); while (opt(',')) { nls(); args.push(expr()); } }
      }
      noGt = false;
      let redir: string | null = null;
      let dest: Expr | null = null;
      if (at('>') || at('>>') || at('|')) { redir = toks[p++]!.t; dest = concat(); }
      return { k: 'print', args, printf, redir, dest };
    }
    if (at('delete')) {
      p++;
      const name = eat('name').v;
      if (opt('[')) { const subs = [expr()]; while (opt(',')) subs.push(expr()); eat(']'); return { k: 'delete', name, subs }; }
      return { k: 'delete', name, subs: null };
    }
    return { k: 'expr', e: expr() };
  };

  const stmt = (): Stmt => {
    nls();
    const t = peek();
    switch (t.t) {
      case '{': return block();
      case ';': p++; return { k: 'block', body: [] };
      case 'if': {
        p++; eat('('); const c = expr(); eat(')'); nls();
        const th = stmt();
        const save = p;
        term();
        if (opt('else')) { nls(); return { k: 'if', c, t: th, f: stmt() }; }
        p = save;
        return { k: 'if', c, t: th, f: null };
      }
      case 'while': { p++; eat('('); const c = expr(); eat(')'); if (at(';')) { p++; return { k: 'while', c, body: { k: 'block', body: [] } }; } nls(); return { k: 'while', c, body: stmt() }; }
      case 'do': { p++; nls(); const body = stmt(); term(); eat('while'); eat('('); const c = expr(); eat(')'); endSimple(); return { k: 'do', c, body }; }
      case 'for': {
        p++; eat('(');
        if (at('name') && peek(1).t === 'in' && peek(2).t === 'name' && peek(3).t === ')') {
          const v = toks[p]!.v; p += 2; const arr = toks[p++]!.v; eat(')'); nls();
          return { k: 'forin', v, arr, body: stmt() };
        }
        const init = at(';') ? null : simple(); eat(';'); nls();
        const c = at(';') ? null : expr(); eat(';'); nls();
        const step = at(')') ? null : simple(); eat(')');
        if (at(';')) { p++; return { k: 'for', init, c, step, body: { k: 'block', body: [] } }; }
        nls();
        return { k: 'for', init, c, step, body: stmt() };
      }
      case 'next': p++; endSimple(); return { k: 'next' };
      case 'nextfile': p++; endSimple(); return { k: 'nextfile' };
      case 'break': p++; endSimple(); return { k: 'break' };
      case 'continue': p++; endSimple(); return { k: 'continue' };
      case 'exit': { p++; const e = at(';') || at('nl') || at('}') || at('eof') ? null : expr(); endSimple(); return { k: 'exit', e }; }
      case 'return': { p++; const e = at(';') || at('nl') || at('}') ? null : expr(); endSimple(); return { k: 'return', e }; }
      default: { const s = simple(); endSimple(); return s; }
    }
  };
  const endSimple = (): void => {
    if (at(';') || at('nl')) { p++; return; }
    if (at('}') || at('eof')) return;
    fail();
  };
  const block = (): Stmt => {
    eat('{');
    const body: Stmt[] = [];
    term();
    while (!at('}')) { body.push(stmt()); term(); }
    eat('}');
    return { k: 'block', body };
  };

  const rules: Rule[] = [];
  term();
  while (!at('eof')) {
    if (opt('BEGIN')) { nls(); rules.push({ kind: 'begin', pat: null, pat2: null, body: block() }); }
    else if (opt('END')) { nls(); rules.push({ kind: 'end', pat: null, pat2: null, body: block() }); }
    else if (opt('function')) {
      const name = at('funcname') || at('name') ? toks[p++]!.v : fail();
      eat('(');
      const params: string[] = [];
      if (!at(')')) { params.push(eat('name').v); while (opt(',')) { nls(); params.push(eat('name').v); } }
      eat(')'); nls();
      funcs.set(name, { name, params, body: block() });
    } else if (at('{')) rules.push({ kind: 'main', pat: null, pat2: null, body: block() });
    else {
      const pat = expr();
      let pat2: Expr | null = null;
      if (opt(',')) { nls(); pat2 = expr(); }
      const body = at('{') ? block() : null;
      rules.push({ kind: pat2 ? 'range' : 'main', pat, pat2, body });
    }
    term();
  }
  return { rules, funcs };
}
