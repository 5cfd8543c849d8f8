/**
 * expr(1), as GNU coreutils: integers of any size, comparisons, `:`/match with
 * a BRE anchored at the start (on the preemptible engine), substr, index,
 * length, `|` and `&`. Exit status 0 (non-null result), 1 (null or zero),
 * 2 (invalid expression), 3 (other errors).
 */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { usageError } from './lib/io.ts';
import { compilePosix, search } from './lib/regex-bridge.ts';

type Value = { int: bigint } | { str: string };

/** A diagnostic that ends expr with `status`. */
class ExprError {
  constructor(readonly message: string, readonly status = 2) {}
}

const INT_RE = /^-?[0-9]+$/;

const toStr = (v: Value): string => ('int' in v ? v.int.toString() : v.str);

/** GNU's toarith: an integer, or null when the string is not one. */
function toInt(v: Value): bigint | null {
  if ('int' in v) return v.int;
  return INT_RE.test(v.str) ? BigInt(v.str) : null;
}

/** GNU's null(): the integer 0, the empty string, or a string of zeros with an optional '-'. */
function isNull(v: Value): boolean {
  if ('int' in v) return v.int === 0n;
  return v.str === '' || /^-?0+$/.test(v.str);
}

const chars = (s: string): string[] => [...s];

const C_ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };

/** gnulib's locale_quoting_style: backslashes and control characters escaped, then quoted. */
function localeQuote(ctx: Ctx, s: string): string {
  const body = s.replace(/[\\\x00-\x1f\x7f]/g, (c) => (c === '\\' ? '\\\\' : C_ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`));
  return ctx.q(body);
}

class Parser {
  private i = 0;
  constructor(private readonly ctx: Ctx, private readonly args: string[]) {}

  get done(): boolean { return this.i >= this.args.length; }
  get current(): string | undefined { return this.args[this.i]; }

  private next(s: string): boolean {
    if (this.args[this.i] === s) { this.i++; return true; }
    return false;
  }

  private q(s: string): string { return localeQuote(this.ctx, s); }

  /** expr1 | expr2 */
  *evaluate(): Gen<Value> {
    let l = yield* this.andExpr();
    while (this.next('|')) {
      const r = yield* this.andExpr();
      if (isNull(l)) l = isNull(r) ? { int: 0n } : r;
    }
    return l;
  }

  private *andExpr(): Gen<Value> {
    let l = yield* this.compare();
    while (this.next('&')) {
      const r = yield* this.compare();
      if (isNull(l) || isNull(r)) l = { int: 0n };
    }
    return l;
  }

  private *compare(): Gen<Value> {
    let l = yield* this.sum();
    for (;;) {
      const op = ['<', '<=', '=', '==', '!=', '>=', '>'].find((o) => this.next(o));
      if (op === undefined) return l;
      const r = yield* this.sum();
      const a = toStr(l), b = toStr(r);
      let c: number;
      if (INT_RE.test(a) && INT_RE.test(b)) {
        const x = BigInt(a), y = BigInt(b);
        c = x < y ? -1 : x > y ? 1 : 0;
      } else c = a < b ? -1 : a > b ? 1 : 0;
      const t = op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '=' || op === '==' ? c === 0 : op === '!=' ? c !== 0 : op === '>=' ? c >= 0 : c > 0;
      l = { int: t ? 1n : 0n };
    }
  }

  private arith(l: Value, r: Value, op: string): Value {
    const x = toInt(l), y = toInt(r);
    if (x === null || y === null) throw new ExprError('non-integer argument');
    if ((op === '/' || op === '%') && y === 0n) throw new ExprError('division by zero');
    switch (op) {
      case '+': return { int: x + y };
      case '-': return { int: x - y };
      case '*': return { int: x * y };
      case '/': return { int: x / y };
      default: return { int: x % y };
    }
  }

  private *sum(): Gen<Value> {
    let l = yield* this.product();
    for (;;) {
      const op = ['+', '-'].find((o) => this.next(o));
      if (op === undefined) return l;
      l = this.arith(l, yield* this.product(), op);
    }
  }

  private *product(): Gen<Value> {
    let l = yield* this.colon();
    for (;;) {
      const op = ['*', '/', '%'].find((o) => this.next(o));
      if (op === undefined) return l;
      l = this.arith(l, yield* this.colon(), op);
    }
  }

  private *colon(): Gen<Value> {
    let l = yield* this.unary();
    while (this.next(':')) {
      const r = yield* this.unary();
      l = yield* this.match(toStr(l), toStr(r));
    }
    return l;
  }

  /** STRING : REGEXP, anchored at the start of STRING. */
  private *match(s: string, pattern: string): Gen<Value> {
    const re = compilePosix(pattern, { ere: false, icase: false });
    if (typeof re === 'string') throw new ExprError(re);
    const m = yield* search(this.ctx, re, s, 0);
    const hit = m !== null && m[0] === 0;
    if (re.ngroups > 0) {
      if (!hit || m[2]! < 0) return { str: '' };
      return { str: s.slice(m[2], m[3]) };
    }
    return { int: hit ? BigInt(chars(s.slice(0, m[1])).length) : 0n };
  }

  private *unary(): Gen<Value> {
    if (this.next('+')) {
      if (this.done) throw this.missing();
      return { str: this.args[this.i++]! };
    }
    if (this.next('length')) return { int: BigInt(chars(toStr(yield* this.unary())).length) };
    if (this.next('match')) {
      const s = toStr(yield* this.unary());
      return yield* this.match(s, toStr(yield* this.unary()));
    }
    if (this.next('index')) {
      const s = chars(toStr(yield* this.unary()));
      const set = new Set(chars(toStr(yield* this.unary())));
      const at = s.findIndex((c) => set.has(c));
      return { int: BigInt(at + 1) };
    }
    if (this.next('substr')) {
      const s = chars(toStr(yield* this.unary()));
      const p = toInt(yield* this.unary());
      const n = toInt(yield* this.unary());
      if (p === null || n === null || p <= 0n || n <= 0n || p > BigInt(s.length)) return { str: '' };
      const from = Number(p) - 1;
      return { str: s.slice(from, from + Number(n < BigInt(s.length) ? n : BigInt(s.length))).join('') };
    }
    return yield* this.primary();
  }

  private missing(): ExprError {
    return new ExprError(`syntax error: missing argument after ${this.q(this.args[this.i - 1]!)}`);
  }

  private *primary(): Gen<Value> {
    if (this.done) throw this.missing();
    if (this.next('(')) {
      const v = yield* this.evaluate();
      if (!this.next(')')) {
        if (!this.done) throw new ExprError(`syntax error: expecting ')' instead of ${this.q(this.current!)}`);
        throw new ExprError(`syntax error: expecting ')' after ${this.q(this.args[this.i - 1]!)}`);
      }
      return v;
    }
    if (this.next(')')) throw new ExprError("syntax error: unexpected ')'");
    return { str: this.args[this.i++]! };
  }
}

const USAGE = `Usage: expr EXPRESSION
  or:  expr OPTION

      --help        display this help and exit
      --version     output version information and exit

Print the value of EXPRESSION to standard output.  A blank line below
separates increasing precedence groups.  EXPRESSION may be:

  ARG1 | ARG2       ARG1 if it is neither null nor 0, otherwise ARG2

  ARG1 & ARG2       ARG1 if neither argument is null or 0, otherwise 0

  ARG1 < ARG2       ARG1 is less than ARG2
  ARG1 <= ARG2      ARG1 is less than or equal to ARG2
  ARG1 = ARG2       ARG1 is equal to ARG2
  ARG1 != ARG2      ARG1 is unequal to ARG2
  ARG1 >= ARG2      ARG1 is greater than or equal to ARG2
  ARG1 > ARG2       ARG1 is greater than ARG2

  ARG1 + ARG2       arithmetic sum of ARG1 and ARG2
  ARG1 - ARG2       arithmetic difference of ARG1 and ARG2

  ARG1 * ARG2       arithmetic product of ARG1 and ARG2
  ARG1 / ARG2       arithmetic quotient of ARG1 divided by ARG2
  ARG1 % ARG2       arithmetic remainder of ARG1 divided by ARG2

  STRING : REGEXP   anchored pattern match of REGEXP in STRING

  match STRING REGEXP        same as STRING : REGEXP
  substr STRING POS LENGTH   substring of STRING, POS counted from 1
  index STRING CHARS         index in STRING where any CHARS is found, or 0
  length STRING              length of STRING
  + TOKEN                    interpret TOKEN as a string, even if it is a
                               keyword like 'match' or an operator like '/'

  ( EXPRESSION )             value of EXPRESSION

Beware that many operators need to be escaped or quoted for shells.
Comparisons are arithmetic if both ARGs are numbers, else lexicographical.
Pattern matches return the string matched between \\( and \\) or null; if
\\( and \\) are not used, they return the number of characters matched or 0.

Exit status is 0 if EXPRESSION is neither null nor 0, 1 if EXPRESSION is null
or 0, 2 if EXPRESSION is syntactically invalid, and 3 if an error occurred.
`;

const expr = defineProgram('expr', function* (ctx) {
  let args = ctx.argv.slice(1);
  if (args.length === 1 && args[0] === '--help') { yield* ctx.out(USAGE); return 0; }
  if (args.length === 1 && args[0] === '--version') { yield* ctx.out('expr (GNU coreutils) 9.1\n'); return 0; }
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) return yield* usageError(ctx, 'missing operand', 2);
  const p = new Parser(ctx, args);
  try {
    const v = yield* p.evaluate();
    if (!p.done) throw new ExprError(`syntax error: unexpected argument ${localeQuote(ctx, p.current!)}`);
    yield* ctx.out(`${toStr(v)}\n`);
    return isNull(v) ? 1 : 0;
  } catch (e) {
    if (!(e instanceof ExprError)) throw e;
    yield* ctx.err(`${ctx.prog}: ${e.message}\n`);
    return e.status;
  }
});

export function exprPrograms(): Record<string, Program> {
  return { '/usr/bin/expr': expr };
}
