/** The [[ ... ]] conditional expression grammar (bash(1) CONDITIONAL EXPRESSIONS). */
import type { CondExpr, Word } from './ast.ts';
import { ParseError } from './errors.ts';
import type { Parser } from './parser.ts';

export const UNARY_OPS = new Set(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-p', '-r', '-s', '-t', '-u', '-w', '-x', '-G', '-L', '-N', '-O', '-S', '-z', '-n', '-o', '-v', '-R']);
export const BINARY_OPS = new Set(['=', '==', '!=', '<', '>', '=~', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

type CTok = { k: 'op'; v: string; pos: number } | { k: 'word'; w: Word; raw: string; pos: number } | { k: 'eof'; pos: number };

class CondParser {
  private tok: CTok | null = null;

  constructor(private readonly p: Parser) {}

  private skip(): void {
    for (;;) {
      const c = this.p.src[this.p.pos];
      if (c === ' ' || c === '\t' || c === '\n') this.p.pos++;
      else if (c === '\\' && this.p.src[this.p.pos + 1] === '\n') this.p.pos += 2;
      else return;
    }
  }

  peek(regex = false): CTok {
    if (this.tok) return this.tok;
    this.skip();
    const src = this.p.src;
    const pos = this.p.pos;
    if (pos >= src.length) return (this.tok = { k: 'eof', pos });
    for (const o of ['&&', '||', '(', ')', '<', '>']) {
      if (src.startsWith(o, pos) && !(regex && o === '(')) return (this.tok = { k: 'op', v: o, pos });
    }
    if (';&|'.includes(src[pos]!)) return (this.tok = { k: 'op', v: src[pos]!, pos });
    let depth = 0;
    const parts = this.p.scanParts('word', (c) => {
      if (regex) {
        if (c === '(') depth++;
        if (c === ')' && depth > 0) {
          depth--;
          return false;
        }
        if (depth > 0) return false;
        if (c === '|' && src[this.p.pos + 1] !== '|') return false;
      }
      return ' \t\n;&|()<>'.includes(c);
    });
    const raw = src.slice(pos, this.p.pos);
    this.p.pos = pos;
    return (this.tok = { k: 'word', w: { parts }, raw, pos });
  }

  next(regex = false): CTok {
    const t = this.peek(regex);
    this.tok = null;
    if (t.k === 'op') this.p.pos = t.pos + t.v.length;
    else if (t.k === 'word') this.p.pos = t.pos + t.raw.length;
    return t;
  }

  private isWord(t: CTok, v: string): boolean {
    return t.k === 'word' && t.raw === v;
  }

  fail(t: CTok, what: string): never {
    if (t.k === 'eof') throw new ParseError('unexpected EOF while looking for `]]\'', this.p.lineAt(t.pos), true);
    const text = t.k === 'op' ? t.v : t.raw;
    throw new ParseError(`unexpected token \`${text === '\n' ? 'newline' : text}', ${what}`, this.p.lineAt(t.pos), false);
  }

  /** The right operand of a binary operator: a pattern after == = != is read as if extglob were on (bash 5.2). */
  private operand(op: string): CTok {
    if (op !== '==' && op !== '=' && op !== '!=') return this.next(op === '=~');
    this.p.condDepth++;
    try {
      return this.next();
    } finally {
      this.p.condDepth--;
    }
  }

  or(): CondExpr {
    let l = this.and();
    while (this.peek().k === 'op' && (this.peek() as { v: string }).v === '||') {
      this.next();
      l = { k: 'or', l, r: this.and() };
    }
    return l;
  }

  and(): CondExpr {
    let l = this.not();
    while (this.peek().k === 'op' && (this.peek() as { v: string }).v === '&&') {
      this.next();
      l = { k: 'and', l, r: this.not() };
    }
    return l;
  }

  not(): CondExpr {
    if (this.isWord(this.peek(), '!')) {
      this.next();
      return { k: 'not', e: this.not() };
    }
    return this.primary();
  }

  primary(): CondExpr {
    const t = this.next();
    if (t.k === 'op' && t.v === '(') {
      const e = this.or();
      const c = this.next();
      if (!(c.k === 'op' && c.v === ')')) this.fail(c, 'expected `)\'');
      return e;
    }
    if (t.k !== 'word' || t.raw === ']]') this.fail(t, 'unexpected token in conditional command');
    if (UNARY_OPS.has(t.raw)) {
      const a = this.peek();
      if (a.k === 'word' && a.raw !== ']]') {
        this.next();
        return { k: 'unary', op: t.raw, arg: a.w };
      }
    }
    const o = this.peek();
    if (o.k === 'word' && BINARY_OPS.has(o.raw)) {
      this.next();
      const r = this.operand(o.raw);
      if (r.k !== 'word') this.fail(r, 'unexpected argument to conditional binary operator');
      return { k: 'binary', op: o.raw, left: t.w, right: r.w };
    }
    if (o.k === 'op' && (o.v === '<' || o.v === '>')) {
      this.next();
      const r = this.next();
      if (r.k !== 'word') this.fail(r, 'unexpected argument to conditional binary operator');
      return { k: 'binary', op: o.v, left: t.w, right: r.w };
    }
    if (o.k === 'word' && o.raw !== ']]') this.fail(o, 'conditional binary operator expected');
    if (o.k === 'eof') this.fail({ k: 'op', v: '\n', pos: o.pos }, 'conditional binary operator expected');
    return { k: 'word', w: t.w };
  }
}

/** Parse after `[[` through the closing `]]`. */
export function parseCond(p: Parser): CondExpr {
  const c = new CondParser(p);
  const e = c.or();
  const t = c.next();
  if (!(t.k === 'word' && t.raw === ']]')) c.fail(t, 'expected `]]\'');
  return e;
}
