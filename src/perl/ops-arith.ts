/**
 * Ops: perlop's binary and unary operators, ++/--, string concatenation,
 * repetition and ranges.
 */
import { OP } from './opcodes.ts';
import { convertOperands, directBinop, isOverloaded } from './overload.ts';
import type { Handler } from './flow.ts';
import type { Vm } from './vm.ts';
import { subOf } from './code.ts';
import { BINOPS, BINOP_ID } from './operators.ts';
import { numToStr, perlSprintf, strInc, strToNum } from './fmt-bridge.ts';
import type { SprintfArg } from './fmt/sprintf.ts';
import { isRef, type Sv, type Val } from './values.ts';
import { isList, val, valBool, valNum, valStr, strW, type Item } from './scalar.ts';
import { assignSv } from './ops-core.ts';
import { mro } from './symbols.ts';

export const H: Record<number, Handler> = {};

/** A die request from an operator ("Illegal division by zero"). */
export interface DieReq { die: string }
const isDie = (x: unknown): x is DieReq => typeof x === 'object' && x !== null && 'die' in (x as object);

const u64 = (n: number): bigint => BigInt.asUintN(64, BigInt(Math.trunc(Number.isFinite(n) ? n : 0)));
/** A bitwise result: a number, or past 2**53 its exact decimal text (perl prints the full UV). */
const fromU64 = (b: bigint): number | string => (b <= 9007199254740992n ? Number(b) : b.toString());

const ID = (op: string): number => BINOP_ID.get(op)!;
const ADD = ID('+'), SUB = ID('-'), MUL = ID('*'), MOD = ID('%'), CONCAT = ID('.');
const NUM_EQ = ID('=='), NUM_NE = ID('!='), NUM_LT = ID('<'), NUM_GT = ID('>'), NUM_LE = ID('<='), NUM_GE = ID('>=');
const STR_EQ = ID('eq'), STR_NE = ID('ne');

/** perl's % on two numbers (result takes the sign of the right operand). */
function modulus(x: number, y: number): number | DieReq {
  const yi = Math.trunc(y), xi = Math.trunc(x);
  if (yi === 0) return { die: 'Illegal modulus zero' };
  const r = xi % yi;
  return r !== 0 && (r < 0) !== (yi < 0) ? r + yi : r;
}

/** Apply binary operator `id` to two values. Labels name the operands in warnings. */
export function binop(vm: Vm, id: number, a: Val, b: Val, labels: [string, string] | null): Val | DieReq {
  // Plain numbers and strings never warn: the common cases, without the general machinery.
  if (typeof a === 'number' && typeof b === 'number') {
    switch (id) {
      case ADD: return a + b;
      case SUB: return a - b;
      case MUL: return a * b;
      case MOD: return modulus(a, b);
      case NUM_EQ: return a === b ? 1 : '';
      case NUM_NE: return a !== b ? 1 : '';
      case NUM_LT: return a < b ? 1 : '';
      case NUM_GT: return a > b ? 1 : '';
      case NUM_LE: return a <= b ? 1 : '';
      case NUM_GE: return a >= b ? 1 : '';
    }
  } else if (typeof a === 'string' && typeof b === 'string') {
    switch (id) {
      case CONCAT: return a + b;
      case STR_EQ: return a === b ? 1 : '';
      case STR_NE: return a !== b ? 1 : '';
    }
  } else if (id === CONCAT && (typeof a === 'string' || typeof a === 'number') && (typeof b === 'string' || typeof b === 'number')) {
    return (typeof a === 'string' ? a : numToStr(a)) + (typeof b === 'string' ? b : numToStr(b));
  }
  return binopAny(vm, id, a, b, labels);
}

function binopAny(vm: Vm, id: number, a: Val, b: Val, labels: [string, string] | null): Val | DieReq {
  const [op, desc] = BINOPS[id]!;
  const w = labels ? desc : undefined;
  const n = (v: Val, i: 0 | 1): number => valNum(vm, v, w, labels?.[i]);
  const U = (v: Val, i: 0 | 1): bigint => (typeof v === 'string' && /^\d{16,20}$/.test(v) ? BigInt.asUintN(64, BigInt(v)) : u64(n(v, i)));
  const s = (v: Val, i: 0 | 1): string => strW(vm, v, w, labels?.[i]);
  switch (op) {
    case '+': return n(a, 0) + n(b, 1);
    case '-': return n(a, 0) - n(b, 1);
    case '*': return n(a, 0) * n(b, 1);
    case '/': { const x = n(a, 0); const y = n(b, 1); if (y === 0) return { die: 'Illegal division by zero' }; return x / y; }
    case '%': { const x = n(a, 0); return modulus(x, n(b, 1)); }
    case '**': return Math.pow(n(a, 0), n(b, 1));
    case '.': return s(a, 0) + s(b, 1);
    case 'x': { const c = Math.trunc(n(b, 1)); return c > 0 ? s(a, 0).repeat(c) : ''; }
    case '==': return n(a, 0) === n(b, 1) ? 1 : '';
    case '!=': return n(a, 0) !== n(b, 1) ? 1 : '';
    case '<': return n(a, 0) < n(b, 1) ? 1 : '';
    case '>': return n(a, 0) > n(b, 1) ? 1 : '';
    case '<=': return n(a, 0) <= n(b, 1) ? 1 : '';
    case '>=': return n(a, 0) >= n(b, 1) ? 1 : '';
    case '<=>': { const x = n(a, 0), y = n(b, 1); if (Number.isNaN(x) || Number.isNaN(y)) return undefined; return x < y ? -1 : x > y ? 1 : 0; }
    case 'eq': return s(a, 0) === s(b, 1) ? 1 : '';
    case 'ne': return s(a, 0) !== s(b, 1) ? 1 : '';
    case 'lt': return s(a, 0) < s(b, 1) ? 1 : '';
    case 'gt': return s(a, 0) > s(b, 1) ? 1 : '';
    case 'le': return s(a, 0) <= s(b, 1) ? 1 : '';
    case 'ge': return s(a, 0) >= s(b, 1) ? 1 : '';
    case 'cmp': { const x = s(a, 0), y = s(b, 1); return x < y ? -1 : x > y ? 1 : 0; }
    case '&': if (typeof a === 'string' && typeof b === 'string' && !/^\d/.test(a)) return strBitwise(a, b, '&'); return fromU64(U(a, 0) & U(b, 1));
    case '|': if (typeof a === 'string' && typeof b === 'string' && !/^\d/.test(a)) return strBitwise(a, b, '|'); return fromU64(U(a, 0) | U(b, 1));
    case '^': if (typeof a === 'string' && typeof b === 'string' && !/^\d/.test(a)) return strBitwise(a, b, '^'); return fromU64(U(a, 0) ^ U(b, 1));
    case '<<': return fromU64(BigInt.asUintN(64, U(a, 0) << BigInt(Math.trunc(n(b, 1)))));
    case '>>': return fromU64(U(a, 0) >> BigInt(Math.trunc(n(b, 1))));
    case 'xor': return valBool(a) !== valBool(b) ? 1 : '';
    case 'isa': {
      if (!isRef(a) || a.to.blessed === undefined) return '';
      return mro(vm, a.to.blessed).includes(valStr(vm, b)) ? 1 : '';
    }
  }
  return undefined;
}

function strBitwise(a: string, b: string, op: string): string {
  const len = op === '&' ? Math.min(a.length, b.length) : Math.max(a.length, b.length);
  let out = '';
  for (let i = 0; i < len; i++) {
    const x = a.charCodeAt(i) || 0, y = b.charCodeAt(i) || 0;
    out += String.fromCharCode(op === '&' ? x & y : op === '|' ? x | y : x ^ y);
  }
  return out;
}

function labelsAt(code: number[], pc: number, f: { unit: number; sub: number }): [string, string] | null {
  const c = code[pc + 2]!;
  return c < 0 ? null : (subOf(f.unit, f.sub).consts[c] as [string, string]);
}

const STRING_OPS = new Set(['eq', 'ne', 'lt', 'gt', 'le', 'ge', 'cmp', '.', 'x']);

H[OP.BINOP] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const ov0 = val(vm, s[s.length - 2] as Item), ov1 = val(vm, s[s.length - 1] as Item);
  if (isOverloaded(vm, ov0) || isOverloaded(vm, ov1)) {
    // use overload: the operator itself, else its operands converted ("", 0+).
    const op = BINOPS[code[pc + 1]!]![0];
    const d = directBinop(vm, pc, f, op, ov0, ov1);
    if (typeof d === 'number') return d;
    if (d) { s.length -= 2; s.push(d.value); return pc + 3; }
    const sw = convertOperands(vm, pc, f, [s.length - 2, s.length - 1], STRING_OPS.has(op) ? 'str' : 'num');
    if (sw) return sw;
  }
  const b = val(vm, s.pop() as Item);
  const a = val(vm, s.pop() as Item);
  const r = binop(vm, code[pc + 1]!, a, b, labelsAt(code, pc, f));
  if (isDie(r)) return vm.dieMsg(r.die);
  s.push(r);
  return pc + 3;
};

H[OP.OPASSIGN] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const b = val(vm, s.pop() as Item);
  const target = s[s.length - 1] as Sv;
  const id = code[pc + 1]!;
  const op = BINOPS[id]![0];
  const cur = target.v;
  // perl does not warn about an undefined left side of .= += -= ||= etc.
  const r = binop(vm, id, cur === undefined && (op === '.' || op === '+' || op === '-' || op === '|' || op === '^' || op === 'x') ? (op === '.' || op === 'x' ? '' : 0) : val(vm, target), b, labelsAt(code, pc, f));
  if (isDie(r)) return vm.dieMsg(r.die);
  assignSv(vm, target, r);
  return pc + 3;
};

H[OP.UNOP] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const v = val(vm, s.pop() as Item);
  const labels = labelsAt(code, pc, f);
  switch (code[pc + 1]) {
    case 0: {
      if (typeof v === 'string' && v !== '' && !strToNum(v).ok) {
        if (/^[A-Za-z_]/.test(v)) { s.push('-' + v); break; }
        if (v[0] === '-') { s.push('+' + v.slice(1)); break; }
        if (v[0] === '+') { s.push('-' + v.slice(1)); break; }
      }
      s.push(-valNum(vm, v, labels ? 'negation (-)' : undefined, labels?.[0]));
      break;
    }
    case 1: s.push(valBool(v) ? '' : 1); break;
    case 2: s.push(fromU64(~(typeof v === 'string' && /^\d{16,20}$/.test(v) ? BigInt.asUintN(64, BigInt(v)) : u64(valNum(vm, v))) & 0xffffffffffffffffn)); break;
  }
  return pc + 3;
};

H[OP.INCDEC] = (vm, code, pc) => incdec(vm, code[pc + 1]!, pc, true);
H[OP.INCDEC_VOID] = (vm, code, pc) => incdec(vm, code[pc + 1]!, pc, false);

/** ++/-- (mode: INC in operators.ts) on the container on top of the stack; `push` its result. */
function incdec(vm: Vm, mode: number, pc: number, push: boolean): number {
  const s = vm.img.stack;
  const target = s.pop() as Sv;
  if (typeof target !== 'object' || target === null || target.t !== 's') return vm.dieMsg("Can't modify constant item in postincrement (++)");
  const cur = val(vm, target);
  let next: Val;
  if (mode === 0 || mode === 2) {
    if (typeof cur === 'string' && cur !== '' && !strToNum(cur).ok) next = strInc(cur) ?? valNum(vm, cur) + 1;
    else next = cur === undefined ? 1 : valNum(vm, cur) + 1;
  } else next = cur === undefined ? -1 : valNum(vm, cur) - 1;
  assignSv(vm, target, next);
  if (push) s.push(mode >= 2 ? (cur === undefined ? (mode === 2 ? 0 : undefined) : cur) : target);
  return pc + 2;
}

H[OP.CONCAT_N] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const n = code[pc + 1]!;
  const sw = convertOperands(vm, pc, f, Array.from({ length: n }, (_, i) => s.length - n + i), 'str');
  if (sw) return sw;
  const parts = s.splice(s.length - n, n) as Item[];
  const warn = vm.frame.warn ? 'concatenation (.) or string' : undefined;
  let out = '';
  for (const p of parts) out += strW(vm, p, warn);
  s.push(out);
  return pc + 2;
};

H[OP.REPEAT_LIST] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const count = Math.trunc(valNum(vm, val(vm, s.pop() as Item)));
  const list = s.pop() as Item[];
  const vals = list.map((x) => val(vm, x));
  const out: Val[] = [];
  for (let i = 0; i < count; i++) out.push(...vals);
  s.push(out);
  return pc + 1;
};

const looksNum = (v: Val): boolean => typeof v !== 'string' || v === '' || strToNum(v).ok && !/^0\d/.test(v);

/** Whether lo..hi counts numbers (else it is perl's magic string range). */
export function rangeIsNumeric(a: Val, b: Val): boolean {
  return looksNum(a) || (typeof a === 'string' && typeof b !== 'string');
}

/** lo..hi: numbers, or perl's magic string range ('a'..'e', 'aa'..'zz'). */
export function range(vm: Vm, a: Val, b: Val): Val[] | DieReq {
  if (rangeIsNumeric(a, b)) {
    const lo = Math.trunc(valNum(vm, a)), hi = Math.trunc(valNum(vm, b));
    if (hi - lo > 50_000_000) return { die: 'Out of memory in range' };
    const out: Val[] = [];
    for (let i = lo; i <= hi; i++) out.push(i);
    return out;
  }
  const lo = valStr(vm, a), hi = valStr(vm, b);
  const out: Val[] = [];
  let cur: string | null = lo;
  while (cur !== null && cur.length <= hi.length && out.length < 50_000_000) {
    out.push(cur);
    if (cur === hi) break;
    cur = strInc(cur);
  }
  return out;
}

H[OP.RANGE] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const b = val(vm, s.pop() as Item);
  const a = val(vm, s.pop() as Item);
  const r = range(vm, a, b);
  if (isDie(r)) return vm.dieMsg(r.die);
  s.push(r);
  return pc + 1;
};

/** An sprintf argument: numbers and strings as they are, a dualvar's string, anything else stringified. */
function sprintfArg(vm: Vm, v: Val): SprintfArg {
  if (v === undefined || typeof v === 'number' || typeof v === 'string') return v;
  return typeof v === 'object' && v !== null && v.t === 'd' ? v.s : valStr(vm, v);
}

/** sprintf FORMAT, LIST (the builtin, without the generic call's list building). */
H[OP.SPRINTF] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const n = code[pc + 1]!;
  const want = code[pc + 2]!;
  const base = s.length - n;
  const first = s[base] as Item;
  const fv = isList(first) ? (first.length ? val(vm, first[0]) : undefined) : val(vm, first);
  const args: SprintfArg[] = [];
  if (isList(first)) for (let j = 1; j < first.length; j++) args.push(sprintfArg(vm, val(vm, first[j])));
  for (let i = base + 1; i < s.length; i++) {
    const x = s[i] as Item;
    if (isList(x)) for (let j = 0; j < x.length; j++) args.push(sprintfArg(vm, val(vm, x[j])));
    else args.push(sprintfArg(vm, val(vm, x)));
  }
  for (let k = 0; k < n; k++) s.pop();
  const r = perlSprintf(valStr(vm, fv), args);
  if (f.warn) for (const w of r.warnings) vm.warn(w);
  s.push(want === 2 ? [r.result] : r.result);
  return pc + 3;
};

export { numToStr, isList };
