/**
 * Shell arithmetic (bash(1) ARITHMETIC EVALUATION): 64-bit signed integers
 * with wraparound, C precedence, evaluated while parsing as bash's expr.c
 * does, so error messages name the same "error token".
 */

export class ArithError {
  constructor(readonly message: string) {}
}

export interface ArithEnv {
  /** Raw value of a variable or array element; undefined when unset. */
  get(name: string, index: string | null): string | undefined;
  set(name: string, index: string | null, value: string): void;
  /** Charge one step (preemption accounting); may throw to abort. */
  tick(): void;
}

const I64 = (x: bigint): bigint => BigInt.asIntN(64, x);

type Tok =
  | { k: 'num'; v: bigint }
  | { k: 'var'; name: string; index: string | null }
  | { k: 'op'; v: string }
  | { k: 'eof' };

const OPS = ['<<=', '>>=', '**', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=',
  '+', '-', '*', '/', '%', '<', '>', '&', '^', '|', '!', '~', '?', ':', '=', ',', '(', ')'];
const ASSIGN_OPS = new Set(['=', '*=', '/=', '%=', '+=', '-=', '<<=', '>>=', '&=', '^=', '|=']);

class Evaluator {
  private pos = 0;
  private lasttp = 0;
  private tok: Tok = { k: 'eof' };
  private noeval = 0;

  constructor(
    private readonly expr: string,
    private readonly env: ArithEnv,
    private readonly depth: number,
  ) {}

  fail(msg: string, at = this.lasttp): never {
    throw new ArithError(`${this.expr}: ${msg} (error token is "${this.expr.slice(at)}")`);
  }

  private next(): void {
    const s = this.expr;
    while (this.pos < s.length && ' \t\n\r'.includes(s[this.pos]!)) this.pos++;
    if (this.pos >= s.length) {
      this.tok = { k: 'eof' };
      return;
    }
    this.lasttp = this.pos;
    const c = s[this.pos]!;
    if (/[0-9]/.test(c)) {
      let j = this.pos;
      while (j < s.length && /[0-9A-Za-z_@#]/.test(s[j]!)) j++;
      const text = s.slice(this.pos, j);
      this.pos = j;
      this.tok = { k: 'num', v: this.number(text) };
      return;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = this.pos;
      while (j < s.length && /[A-Za-z0-9_]/.test(s[j]!)) j++;
      const name = s.slice(this.pos, j);
      this.pos = j;
      let index: string | null = null;
      let k = this.pos;
      while (k < s.length && ' \t'.includes(s[k]!)) k++;
      if (s[k] === '[') {
        let depth = 0, e = k;
        for (; e < s.length; e++) {
          if (s[e] === '[') depth++;
          else if (s[e] === ']' && --depth === 0) break;
        }
        if (e >= s.length) this.fail('bad array subscript', this.lasttp);
        index = s.slice(k + 1, e);
        this.pos = e + 1;
      }
      this.tok = { k: 'var', name, index };
      return;
    }
    for (const o of OPS) {
      if (s.startsWith(o, this.pos)) {
        this.pos += o.length;
        this.tok = { k: 'op', v: o };
        return;
      }
    }
    this.fail('syntax error: invalid arithmetic operator');
  }

  private number(text: string): bigint {
    const bad = (): never => this.fail('value too great for base', this.lasttp);
    let base = 10, digits = text;
    const m = /^([0-9]+)#(.*)$/.exec(text);
    if (m) {
      base = Number(m[1]);
      digits = m[2]!;
      if (base < 2 || base > 64) this.fail('invalid arithmetic base', this.lasttp);
    } else if (/^0[xX]/.test(text)) {
      base = 16;
      digits = text.slice(2);
    } else if (text.length > 1 && text[0] === '0') base = 8;
    let v = 0n;
    for (const ch of digits) {
      let d: number;
      if (ch >= '0' && ch <= '9') d = ch.charCodeAt(0) - 48;
      else if (ch >= 'a' && ch <= 'z') d = ch.charCodeAt(0) - 97 + 10;
      else if (ch >= 'A' && ch <= 'Z') d = ch.charCodeAt(0) - 65 + (base <= 36 ? 10 : 36);
      else if (ch === '@') d = 62;
      else if (ch === '_') d = 63;
      else return bad();
      if (d >= base) return bad();
      v = I64(v * BigInt(base) + BigInt(d));
    }
    return v;
  }

  run(): bigint {
    this.next();
    if (this.tok.k === 'eof') return 0n;
    const v = this.comma();
    if (this.cur().k !== 'eof') this.fail('syntax error in expression');
    return v;
  }

  private cur(): Tok {
    return this.tok;
  }

  private isOp(v: string): boolean {
    return this.tok.k === 'op' && this.tok.v === v;
  }

  private comma(): bigint {
    let v = this.assign();
    while (this.isOp(',')) {
      this.next();
      v = this.assign();
    }
    return v;
  }

  private assign(): bigint {
    if (this.tok.k === 'var') {
      const save = { pos: this.pos, lasttp: this.lasttp, tok: this.tok };
      const target = this.tok;
      this.next();
      const at = this.cur();
      if (at.k === 'op' && ASSIGN_OPS.has(at.v)) {
        const op = at.v;
        this.next();
        const rhs = this.assign();
        if (this.noeval) return rhs;
        const v = op === '=' ? rhs : this.binop(op.slice(0, -1), this.varValue(target), rhs);
        this.env.set(target.name, target.index === null ? null : this.subscript(target.index), String(v));
        return v;
      }
      this.pos = save.pos;
      this.lasttp = save.lasttp;
      this.tok = save.tok;
    }
    const v = this.ternary();
    if (this.tok.k === 'op' && ASSIGN_OPS.has(this.tok.v)) this.fail('attempted assignment to non-variable');
    return v;
  }

  private ternary(): bigint {
    const c = this.logor();
    if (!this.isOp('?')) return c;
    this.next();
    if (!c) this.noeval++;
    const a = this.comma();
    if (!c) this.noeval--;
    if (!this.isOp(':')) this.fail("`:' expected for conditional expression");
    this.next();
    if (c) this.noeval++;
    const b = this.ternary();
    if (c) this.noeval--;
    return c ? a : b;
  }

  private logor(): bigint {
    let v = this.logand();
    while (this.isOp('||')) {
      this.next();
      if (v) this.noeval++;
      const r = this.logand();
      if (v) this.noeval--;
      v = v || r ? 1n : 0n;
    }
    return v;
  }

  private logand(): bigint {
    let v = this.bin(0);
    while (this.isOp('&&')) {
      this.next();
      if (!v) this.noeval++;
      const r = this.bin(0);
      if (!v) this.noeval--;
      v = v && r ? 1n : 0n;
    }
    return v;
  }

  private static LEVELS = [['|'], ['^'], ['&'], ['==', '!='], ['<', '>', '<=', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];

  private bin(level: number): bigint {
    if (level >= Evaluator.LEVELS.length) return this.power();
    let v = this.bin(level + 1);
    const ops = Evaluator.LEVELS[level]!;
    while (this.tok.k === 'op' && ops.includes(this.tok.v)) {
      const op = this.tok.v;
      this.next();
      const r = this.bin(level + 1);
      v = this.noeval ? 0n : this.binop(op, v, r);
    }
    return v;
  }

  private binop(op: string, a: bigint, b: bigint): bigint {
    switch (op) {
      case '+': return I64(a + b);
      case '-': return I64(a - b);
      case '*': return I64(a * b);
      case '/':
      case '%':
        if (b === 0n) this.fail('division by 0');
        if (a === -(2n ** 63n) && b === -1n) return op === '/' ? a : 0n;
        return op === '/' ? I64(a / b) : I64(a % b);
      case '<<': return I64(a << (b & 63n));
      case '>>': return I64(a >> (b & 63n));
      case '&': return a & b;
      case '|': return a | b;
      case '^': return a ^ b;
      case '==': return a === b ? 1n : 0n;
      case '!=': return a !== b ? 1n : 0n;
      case '<': return a < b ? 1n : 0n;
      case '>': return a > b ? 1n : 0n;
      case '<=': return a <= b ? 1n : 0n;
      case '>=': return a >= b ? 1n : 0n;
      case '**': {
        if (b < 0n) this.fail('exponent less than 0');
        let r = 1n, base = a, e = b;
        while (e > 0n) {
          if (e & 1n) r = I64(r * base);
          base = I64(base * base);
          e >>= 1n;
          this.env.tick();
        }
        return r;
      }
    }
    this.fail('syntax error in expression');
  }

  private power(): bigint {
    const a = this.unary();
    if (!this.isOp('**')) return a;
    this.next();
    const b = this.power();
    return this.noeval ? 0n : this.binop('**', a, b);
  }

  private unary(): bigint {
    const t = this.tok;
    if (t.k === 'op') {
      if (t.v === '++' || t.v === '--') {
        this.next();
        const target = this.tok;
        if (target.k !== 'var') this.fail('syntax error: operand expected');
        this.next();
        const v = I64(this.varValue(target) + (t.v === '++' ? 1n : -1n));
        if (!this.noeval) this.env.set(target.name, target.index === null ? null : this.subscript(target.index), String(v));
        return v;
      }
      if (t.v === '-' || t.v === '+' || t.v === '!' || t.v === '~') {
        this.next();
        const v = this.unary();
        if (t.v === '-') return I64(-v);
        if (t.v === '+') return v;
        if (t.v === '!') return v ? 0n : 1n;
        return ~v;
      }
    }
    return this.postfix();
  }

  private postfix(): bigint {
    const t = this.tok;
    if (t.k === 'var') {
      this.next();
      if (this.isOp('++') || this.isOp('--')) {
        const inc = this.isOp('++') ? 1n : -1n;
        this.next();
        const v = this.varValue(t);
        if (!this.noeval) this.env.set(t.name, t.index === null ? null : this.subscript(t.index), String(I64(v + inc)));
        return v;
      }
      return this.varValue(t);
    }
    return this.primary();
  }

  private primary(): bigint {
    const t = this.tok;
    if (t.k === 'num') {
      this.next();
      return t.v;
    }
    if (t.k === 'op' && t.v === '(') {
      this.next();
      const v = this.comma();
      if (!this.isOp(')')) this.fail("missing `)'");
      this.next();
      return v;
    }
    this.fail('syntax error: operand expected');
  }

  private subscript(index: string): string {
    return index;
  }

  private varValue(t: Tok & { k: 'var' }): bigint {
    if (this.noeval) return 0n;
    this.env.tick();
    const raw = this.env.get(t.name, t.index);
    if (raw === undefined || raw.trim() === '') return 0n;
    if (/^\s*-?[0-9]+\s*$/.test(raw) && !/^\s*-?0[0-9]/.test(raw)) return I64(BigInt(raw.trim()));
    if (this.depth > 1000) this.fail('expression recursion level exceeded');
    return new Evaluator(raw, this.env, this.depth + 1).run();
  }
}

/** Evaluate an arithmetic expression (already expanded). Throws ArithError. */
export function evalArith(expr: string, env: ArithEnv, depth = 0): bigint {
  return new Evaluator(expr, env, depth).run();
}
