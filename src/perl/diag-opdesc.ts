/**
 * How perl names an operation in compile-time diagnostics (opcode.h
 * PL_op_desc): "Can't modify X in Y" (op.c op_lvalue) and "Useless use of X
 * in void context" (op.c scalarvoid). Constant subexpressions are folded
 * first, as perl does, so `1 + 2` is "a constant (3)".
 */
import type { Node } from './ast.ts';
import { numToStr } from './fmt/number.ts';

export const BINOP_DESC: Record<string, string> = {
  '+': 'addition (+)', '-': 'subtraction (-)', '*': 'multiplication (*)', '/': 'division (/)', '%': 'modulus (%)',
  '**': 'exponentiation (**)', '.': 'concatenation (.) or string', x: 'repeat (x)',
  '==': 'numeric eq (==)', '!=': 'numeric ne (!=)', '<': 'numeric lt (<)', '>': 'numeric gt (>)', '<=': 'numeric le (<=)',
  '>=': 'numeric ge (>=)', '<=>': 'numeric comparison (<=>)', eq: 'string eq', ne: 'string ne', lt: 'string lt', gt: 'string gt',
  le: 'string le', ge: 'string ge', cmp: 'string comparison (cmp)', '&': 'bitwise and (&)', '|': 'bitwise or (|)',
  '^': 'bitwise xor (^)', '<<': 'left bitshift (<<)', '>>': 'right bitshift (>>)', xor: 'logical xor',
};

const LOGOP_DESC: Record<string, string> = { '&&': 'logical and (&&)', '||': 'logical or (||)', '//': 'defined or (//)' };
const UNOP_DESC: Record<string, string> = { '!': 'not', neg: 'negation (-)', '~': "1's complement (~)" };
const ASSIGN_DESC: Record<string, string> = { '||': 'logical or assignment (||=)', '&&': 'logical and assignment (&&=)', '//': 'defined or assignment (//=)' };

/** Builtins whose perl description is not just their name. */
const FUNC_DESC: Record<string, string> = {
  ref: 'reference-type operator', defined: 'defined operator', join: 'join or string', undef: 'undef operator',
  exists: 'exists', delete: 'delete', sprintf: 'sprintf', scalar: 'scalar',
};

/** Builtins perl folds when every argument is a constant. */
const FOLDABLE = new Set(['chr', 'ord', 'lc', 'uc', 'lcfirst', 'ucfirst', 'length', 'abs', 'int', 'hex', 'oct', 'sqrt', 'sprintf', 'join']);

/** Builtins with no side effect: using their value in void context is useless. */
const PURE_FUNCS = new Set(['ref', 'defined', 'length', 'lc', 'uc', 'lcfirst', 'ucfirst', 'abs', 'int', 'hex', 'oct', 'sqrt',
  'ord', 'chr', 'sprintf', 'join', 'time', 'wantarray', 'scalar', 'quotemeta', 'index', 'rindex', 'substr', 'sin', 'cos', 'exp', 'log', 'atan2', 'fc']);

/** Builtins that are lvalues (or vivify one): `substr(...) = ...`, `local`, `(undef, $x) = ...`. */
const LVALUE_FUNCS = new Set(['substr', 'vec', 'pos', 'keys', 'local', 'undef', '__globslot']);

/** A constant (perl-folded) value of `n`, or undefined when it is not constant. */
export function foldConst(n: Node): string | number | undefined {
  if (n.k === 'num') return n.v as number;
  if (n.k === 'str' && n.name !== 'bareword') return n.v as string;
  if (n.k === 'unop' && n.op === 'neg') {
    const v = foldConst(n.e!);
    return typeof v === 'number' ? -v : undefined;
  }
  if (n.k === 'binop') {
    const l = foldConst(n.l!), r = foldConst(n.r!);
    if (l === undefined || r === undefined) return undefined;
    const a = Number(l), b = Number(r);
    switch (n.op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '.': return String(typeof l === 'number' ? numToStr(l) : l) + String(typeof r === 'number' ? numToStr(r) : r);
      case 'x': return typeof l === 'string' && Number.isInteger(b) && b >= 0 && b < 1000 ? l.repeat(b) : undefined;
      default: return undefined;
    }
  }
  return undefined;
}

const isConstTree = (n: Node): boolean => foldConst(n) !== undefined || n.k === 'num' || (n.k === 'str' && n.name !== 'bareword')
  || ((n.k === 'binop' || n.k === 'func') && [n.l, n.r, ...(n.args ?? [])].every((x) => !x || isConstTree(x)) && (n.k === 'binop' || FOLDABLE.has(n.name!)));

/** perl's name for what `n` computes (for "Can't modify"), or null when it is modifiable or unknown here. */
export function notModifiable(n: Node): string | null {
  switch (n.k) {
    case 'num': return 'constant item';
    case 'str': return 'constant item';
    case 'interp': return 'string';
    case 'list': case 'cond': {
      for (const it of n.k === 'list' ? n.items! : [n.l!, n.r!]) { const d = notModifiable(it); if (d) return d; }
      return null;
    }
    case 'slice': return n.op === 'list' ? 'list slice' : null;
    case 'kvhslice': return n.op === '{' ? 'key/value hash slice' : 'index/value array slice';
    case 'binop': return isConstTree(n) ? 'constant item' : BINOP_DESC[n.op!] ?? null;
    case 'logop': return LOGOP_DESC[n.op!] ?? null;
    case 'unop': return UNOP_DESC[n.op!] ?? null;
    case 'postinc': return 'postincrement (++)';
    case 'postdec': return 'postdecrement (--)';
    case 'anonarray': return 'anonymous array ([])';
    case 'anonhash': return 'anonymous hash ({})';
    case 'wantarray': return 'wantarray';
    case 'sort': return 'sort';
    case 'func': {
      if (LVALUE_FUNCS.has(n.name!) || n.name!.startsWith('__')) return null;
      if (FOLDABLE.has(n.name!) && (n.args ?? []).length > 0 && n.args!.every(isConstTree)) return 'constant item';
      return FUNC_DESC[n.name!] ?? (PURE_FUNCS.has(n.name!) ? n.name! : null);
    }
    default: return null;
  }
}

/** Every part of `target` that cannot be modified (a list reports each bad item, as perl does). */
export function notModifiableParts(n: Node): string[] {
  if (n.k === 'list') return n.items!.flatMap(notModifiableParts);
  const d = notModifiable(n);
  return d ? [d] : [];
}

/** perl's name for an assignment operator (`=` is scalar or list assignment). */
export function assignDesc(op: string, listLhs: boolean): string {
  if (op === '=') return listLhs ? 'list assignment' : 'scalar assignment';
  return ASSIGN_DESC[op] ?? BINOP_DESC[op] ?? op;
}

/** A constant as "Useless use of a constant (...)" shows it. */
function constText(v: string | number): string {
  return typeof v === 'number' ? numToStr(v) : `"${v}"`;
}

/**
 * What "Useless use of X in void context" names for the statement value
 * `n`, or null when nothing is useless. `isLexical` says whether a plain
 * variable is a `my` variable.
 */
export function uselessInVoid(n: Node, isLexical: (v: Node) => boolean): string | null {
  const c = foldConst(n);
  if (c !== undefined) {
    // perl exempts the numbers 0 and 1 (`1;` ends a module).
    if (c === 0 || c === 1) return null;
    return `a constant (${constText(c)})`;
  }
  switch (n.k) {
    case 'var':
      if (n.sigil === '*' || n.sigil === '&') return null;
      if (!isLexical(n)) return 'a variable';
      return n.sigil === '$' ? 'private variable' : n.sigil === '@' ? 'private array' : 'private hash';
    case 'elem': return 'array element';
    case 'helem': return 'hash element';
    case 'slice': return n.op === 'list' ? 'list slice' : 'array slice';
    case 'hslice': return 'hash slice';
    case 'interp': return 'string';
    case 'refgen': return 'single ref constructor';
    case 'anonsub': return 'single ref constructor';
    case 'binop': case 'unop': case 'anonarray': case 'anonhash': case 'wantarray': case 'sort':
      return notModifiable(n);
    case 'func':
      // Four-argument substr replaces part of its string: not useless.
      if (n.name === 'substr' && (n.args?.length ?? 0) >= 4) return null;
      return PURE_FUNCS.has(n.name!) ? (FUNC_DESC[n.name!] ?? n.name!) : null;
    case 'cond': return uselessInVoid(n.r!, isLexical) ?? uselessInVoid(n.l!, isLexical);
    case 'logop': return uselessInVoid(n.r!, isLexical);
    default: return null;
  }
}
