/**
 * Ops: perlop's binary and unary operators, ++/--, string concatenation,
 * repetition and ranges.
 */
import { OP } from './opcodes.ts';
import { autogenCompare, convertOperands, directBinop, directUnop, isObject, isOverloaded, noMethod, overloadedTruth, stringsOf } from './overload.ts';
import type { Frame } from './image.ts';
import type { Handler } from './flow.ts';
import type { Vm } from './vm.ts';
import { subOf } from './code.ts';
import { BINOPS, BINOP_ID } from './operators.ts';
import { numToStr, perlSprintf, strInc, strToNum } from './fmt-bridge.ts';
import { sprintfOne, type SprintfArg } from './fmt/sprintf.ts';
import { isRef, type Sv, type Val } from './values.ts';
import { versionFace } from './version-object.ts';
import { isList, nameOf, val, valBool, valNum, valPN, valStr, strW, type Item } from './scalar.ts';
import * as arith from './fmt/arith.ts';
import { fromInt, parseNumber, type PerlNum } from './fmt/number.ts';
import { toIV, toUV } from './fmt/sprintf-num.ts';
import { assignSv, isReadonly, READONLY } from './ops-core.ts';
import { mro } from './symbols.ts';
import { cmpStr } from './astral.ts';

export const H: Record<number, Handler> = {};

/** A die request from an operator ("Illegal division by zero"). */
export interface DieReq { die: string }
const isDie = (x: unknown): x is DieReq => typeof x === 'object' && x !== null && 'die' in (x as object);

/** A bitwise result (a UV) as a value. */
const fromU64 = (b: bigint): number | bigint => fromInt(b)!;
/** An IV/UV/NV result: integers past 1e15 stay exact (see values.ts). */
const BIG = 1e15;

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
      case ADD: { const r = a + b; return r < BIG && r > -BIG ? r : arith.add(a, b); }
      case SUB: { const r = a - b; return r < BIG && r > -BIG ? r : arith.subtract(a, b); }
      case MUL: { const r = a * b; return r < BIG && r > -BIG ? r : arith.multiply(a, b); }
      case MOD: if (a < BIG && a > -BIG && b < BIG && b > -BIG) return modulus(a, b); break;
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
  const p = (v: Val, i: 0 | 1): PerlNum => valPN(vm, v, w, labels?.[i]);
  const U = (v: Val, i: 0 | 1): bigint => toUV(p(v, i));
  const s = (v: Val, i: 0 | 1): string => strW(vm, v, w, labels?.[i]);
  // perl numifies the right operand first (pp_add and friends), so its warning comes first.
  const cmp = (): -1 | 0 | 1 | undefined => { const y = p(b, 1); return arith.compare(p(a, 0), y); };
  switch (op) {
    case '+': { const y = p(b, 1); return arith.add(p(a, 0), y); }
    case '-': { const y = p(b, 1); return arith.subtract(p(a, 0), y); }
    case '*': { const y = p(b, 1); return arith.multiply(p(a, 0), y); }
    case '/': { const y = p(b, 1); return arith.divide(p(a, 0), y); }
    case '%': { const y = p(b, 1); return arith.modulo(p(a, 0), y); }
    case '**': { const y = p(b, 1); return arith.pow(p(a, 0), y); }
    case '.': return s(a, 0) + s(b, 1);
    case 'x': {
      const c = Math.trunc(n(b, 1));
      if (c < 0 && labels) vm.warn('Negative repeat count does nothing');
      return c > 0 ? s(a, 0).repeat(c) : '';
    }
    case '==': return cmp() === 0 ? 1 : '';
    case '!=': return cmp() !== 0 ? 1 : '';
    case '<': return cmp() === -1 ? 1 : '';
    case '>': return cmp() === 1 ? 1 : '';
    case '<=': { const c = cmp(); return c === -1 || c === 0 ? 1 : ''; }
    case '>=': { const c = cmp(); return c === 1 || c === 0 ? 1 : ''; }
    case '<=>': return cmp();
    case 'eq': return s(a, 0) === s(b, 1) ? 1 : '';
    case 'ne': return s(a, 0) !== s(b, 1) ? 1 : '';
    // By code point (cmpStr), as perl compares characters.
    case 'lt': return cmpStr(s(a, 0), s(b, 1)) < 0 ? 1 : '';
    case 'gt': return cmpStr(s(a, 0), s(b, 1)) > 0 ? 1 : '';
    case 'le': return cmpStr(s(a, 0), s(b, 1)) <= 0 ? 1 : '';
    case 'ge': return cmpStr(s(a, 0), s(b, 1)) >= 0 ? 1 : '';
    case 'cmp': return cmpStr(s(a, 0), s(b, 1));
    case '&': if (typeof a === 'string' && typeof b === 'string' && !/^\d/.test(a)) return strBitwise(a, b, '&'); return fromU64(U(a, 0) & U(b, 1));
    case '|': if (typeof a === 'string' && typeof b === 'string' && !/^\d/.test(a)) return strBitwise(a, b, '|'); return fromU64(U(a, 0) | U(b, 1));
    case '^': if (typeof a === 'string' && typeof b === 'string' && !/^\d/.test(a)) return strBitwise(a, b, '^'); return fromU64(U(a, 0) ^ U(b, 1));
    case '<<': return fromU64(BigInt.asUintN(64, U(a, 0) << BigInt(Math.trunc(n(b, 1)))));
    case '>>': return fromU64(U(a, 0) >> BigInt(Math.trunc(n(b, 1))));
    case 'xor': return valBool(a) !== valBool(b) ? 1 : '';
    case 'i+': case 'i-': case 'i*': case 'i/': case 'i%': case 'i<': case 'i>': case 'i<=': case 'i>=':
    case 'i==': case 'i!=': case 'i<=>': case 'i&': case 'i|': case 'i^': case 'i<<': case 'i>>': {
      const y = toIV(p(b, 1));
      return integerOp(op, toIV(p(a, 0)), y);
    }
    case 'isa': {
      if (!isRef(a) || a.to.blessed === undefined) return '';
      return mro(vm, a.to.blessed).includes(valStr(vm, b)) ? 1 : '';
    }
  }
  return undefined;
}

/** An operator under `use integer`: signed 64-bit operands and results, C's truncating / and %. */
function integerOp(op: string, x: bigint, y: bigint): Val | DieReq {
  const iv = (r: bigint): Val => fromInt(BigInt.asIntN(64, r))!;
  switch (op) {
    case 'i+': return iv(x + y);
    case 'i-': return iv(x - y);
    case 'i*': return iv(x * y);
    case 'i/': return y === 0n ? { die: 'Illegal division by zero' } : iv(x / y);
    case 'i%': return y === 0n ? { die: 'Illegal modulus zero' } : iv(x % y);
    case 'i<': return x < y ? 1 : '';
    case 'i>': return x > y ? 1 : '';
    case 'i<=': return x <= y ? 1 : '';
    case 'i>=': return x >= y ? 1 : '';
    case 'i==': return x === y ? 1 : '';
    case 'i!=': return x !== y ? 1 : '';
    case 'i<=>': return x < y ? -1 : x > y ? 1 : 0;
    case 'i&': return iv(x & y);
    case 'i|': return iv(x | y);
    case 'i^': return iv(x ^ y);
    case 'i<<': return iv(x << (y & 63n));
    default: return iv(x >> (y & 63n));
  }
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
  if (typeof ov0 !== 'object' && typeof ov1 !== 'object') {
    // Plain values (no object to overload): the operator on them directly.
    const id = code[pc + 1]!;
    const r = binop(vm, id, ov0, ov1, labelsAt(code, pc, f));
    if (isDie(r)) return vm.dieMsg(r.die);
    if ((typeof ov0 === 'string' || typeof ov1 === 'string') && NUMERIC_OPS[id]) {
      const nv = !intish(ov0) || !intish(ov1);
      markNumeric(s[s.length - 2] as Item, nv); markNumeric(s[s.length - 1] as Item, nv);
    }
    s.pop();
    s[s.length - 1] = r;
    return pc + 3;
  }
  if (isOverloaded(vm, ov0) || isOverloaded(vm, ov1)) {
    // use overload: the operator itself, else its operands converted ("", 0+).
    const op = BINOPS[code[pc + 1]!]![0];
    const d = directBinop(vm, pc, f, op, ov0, ov1) ?? autogenCompare(vm, pc, f, op, ov0, ov1);
    if (typeof d === 'number') return d;
    if (d) { s.length -= 2; s.push(d.value); return pc + 3; }
    const nm = noMethod(vm, op, ov0, ov1);
    if (nm) return vm.dieMsg(nm);
    const sw = convertOperands(vm, pc, f, [s.length - 2, s.length - 1], STRING_OPS.has(op) ? 'str' : 'num');
    if (sw) return sw;
  }
  const ib = s.pop() as Item, ia = s.pop() as Item;
  const b = val(vm, ib);
  const a = val(vm, ia);
  const id = code[pc + 1]!;
  const r = binop(vm, id, a, b, labelsAt(code, pc, f));
  if (isDie(r)) return vm.dieMsg(r.die);
  if ((typeof a === 'string' || typeof b === 'string') && NUMERIC_OPS[id]) {
    // An integer string meets an integer operand: perl's integer flag; else the float one only.
    const nv = !intish(a) || !intish(b);
    markNumeric(ia, nv); markNumeric(ib, nv);
  }
  s.push(r);
  return pc + 3;
};

/** Operators that use their operands as numbers (perl then gives a numeric string its number too). */
const NUMERIC_OPS: boolean[] = BINOPS.map(([op]) => ['+', '-', '*', '/', '%', '**', '==', '!=', '<', '>', '<=', '>=', '<=>'].includes(op));

/**
 * perl's numeric flag: a variable holding a numeric string that was used as a
 * number keeps the number too (a dualvar of equal faces), so a bitwise
 * operator then treats it as a number (`"" & $s`), and copies carry that.
 */
export function markNumeric(x: Item, nv = false): void {
  const sv = x as Sv;
  if (typeof sv !== 'object' || sv === null || sv.t !== 's' || typeof sv.v !== 'string' || sv.mg || sv.ro) return;
  const p = parseNumber(sv.v);
  if (p.numeric && typeof p.value === 'number' && sv.v !== '') sv.v = nv ? { t: 'd', n: p.value, s: sv.v, nv } : { t: 'd', n: p.value, s: sv.v };
}

/** Whether a value's number is an integer (the operand of perl's integer-preserving arithmetic). */
function intish(v: Val): boolean {
  if (typeof v === 'number') return Number.isInteger(v);
  if (typeof v === 'string') { const p = parseNumber(v); return typeof p.value !== 'number' || Number.isInteger(p.value); }
  return typeof v !== 'object' || v === null || v.t !== 'd' || Number.isInteger(v.n);
}

/** `$x op= $y` on objects: the op= overload, else op's; else $y converted. Null when plain values remain. */
function opassignOverload(vm: Vm, code: number[], pc: number, f: Frame): number | { value: Val } | null {
  const s = vm.img.stack;
  const a = val(vm, s[s.length - 2] as Item), b = val(vm, s[s.length - 1] as Item);
  if (!(isOverloaded(vm, a) || isOverloaded(vm, b))) return null;
  const op = BINOPS[code[pc + 1]!]![0];
  const d = directBinop(vm, pc, f, op + '=', a, b) ?? directBinop(vm, pc, f, op, a, b);
  if (d !== null) return d;
  return convertOperands(vm, pc, f, [s.length - 1], STRING_OPS.has(op) ? 'str' : 'num') || null;
}

H[OP.OPASSIGN] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  if (isReadonly(s[s.length - 2] as Sv)) return vm.dieMsg(READONLY);
  if (isObject(val(vm, s[s.length - 2] as Item)) || isObject(val(vm, s[s.length - 1] as Item))) {
    const r = opassignOverload(vm, code, pc, f);
    if (typeof r === 'number') return r;
    if (r) { s.pop(); assignSv(vm, s[s.length - 1] as Sv, r.value); return pc + 3; }
  }
  const ib = s.pop() as Item;
  const b = val(vm, ib);
  const target = s[s.length - 1] as Sv;
  const id = code[pc + 1]!;
  if (typeof b === 'string' && NUMERIC_OPS[id]) markNumeric(ib);
  const op = BINOPS[id]![0];
  const cur = target.v;
  // perl does not warn about an undefined left side of .= += -= ||= etc.
  const r = binop(vm, id, cur === undefined && (op === '.' || op === '+' || op === '-' || op === '|' || op === '^' || op === 'x') ? (op === '.' || op === 'x' ? '' : 0) : val(vm, target), b, labelsAt(code, pc, f));
  if (isDie(r)) return vm.dieMsg(r.die);
  assignSv(vm, target, r);
  return pc + 3;
};

const UNOP_KEYS = ['neg', '!', '~'];

/** An object operand of a unary op: its direct overload, else its conversion (bool for !, a number otherwise). */
function unopOverload(vm: Vm, code: number[], pc: number, f: Frame, v: Val): number | { value: Val } | null {
  const id = code[pc + 1]!;
  const d = directUnop(vm, pc, f, UNOP_KEYS[id]!, v);
  if (d !== null) return d;
  if (id === 1) {
    const t = overloadedTruth(vm, pc, f, v);
    return typeof t === 'number' ? t : { value: t ? '' : 1 };
  }
  const sw = convertOperands(vm, pc, f, [vm.img.stack.length - 1], 'num');
  return sw || null;
}

H[OP.UNOP] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  if (isObject(val(vm, s[s.length - 1] as Item)) && isOverloaded(vm, val(vm, s[s.length - 1] as Item))) {
    const r = unopOverload(vm, code, pc, f, val(vm, s[s.length - 1] as Item));
    if (typeof r === 'number') return r;
    if (r) { s.pop(); s.push(r.value); return pc + 3; }
  }
  const v = val(vm, s.pop() as Item);
  const labels = labelsAt(code, pc, f);
  switch (code[pc + 1]) {
    case 0: {
      if (typeof v === 'string' && v !== '' && !strToNum(v).ok) {
        if (/^[A-Za-z_]/.test(v)) { s.push('-' + v); break; }
        if (v[0] === '-') { s.push('+' + v.slice(1)); break; }
        if (v[0] === '+') { s.push('-' + v.slice(1)); break; }
      }
      s.push(typeof v === 'number' ? -v : arith.negate(valPN(vm, v, labels ? 'negation (-)' : undefined, labels?.[0])));
      break;
    }
    case 1: s.push(valBool(v) ? '' : 1); break;
    case 2: s.push(fromU64(~toUV(valPN(vm, v)) & 0xffffffffffffffffn)); break;
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
  if (isReadonly(target)) return vm.dieMsg(READONLY);
  const cur = val(vm, target);
  let next: Val;
  if (mode === 0 || mode === 2) {
    if (typeof cur === 'number' && cur < BIG - 1) next = cur + 1;
    // A string of digits takes perl's string increment too ("10" -> "11", still a string).
    else if (typeof cur === 'string' && cur !== '' && (/^[0-9]+$/.test(cur) || !strToNum(cur).ok)) next = strInc(cur) ?? valNum(vm, cur) + 1;
    else next = cur === undefined ? 1 : arith.add(valPN(vm, cur), 1);
  } else next = cur === undefined ? -1 : typeof cur === 'number' && cur > 1 - BIG ? cur - 1 : arith.subtract(valPN(vm, cur), 1);
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

H[OP.REPEAT_LIST] = (vm, _c, pc, f) => {
  const s = vm.img.stack;
  const count = Math.trunc(valNum(vm, val(vm, s.pop() as Item)));
  if (count < 0 && f.warn) vm.warn('Negative repeat count does nothing');
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
  if (v === undefined || typeof v === 'number' || typeof v === 'string' || typeof v === 'bigint') return v;
  if (typeof v === 'object' && v !== null && v.t === 'd') return v.s;
  // A version object ($^V): %vd formats its parts, %s its text.
  const face = versionFace(vm, v);
  return face ? { ...face, n: 0 } : valStr(vm, v);
}

/** sprintf FORMAT, LIST (the builtin, without the generic call's list building). */
H[OP.SPRINTF] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const n = code[pc + 1]!;
  const want = code[pc + 2]!;
  const base = s.length - n;
  const first = s[base] as Item;
  if (n === 2) {
    // sprintf("%05d", $n) and the like: one plain argument, nothing to warn about.
    const second = s[base + 1] as Item;
    if (!isList(first) && !isList(second)) {
      const fmt = val(vm, first), arg = val(vm, second);
      if (typeof fmt === 'string' && (typeof arg === 'number' || typeof arg === 'string')) {
        const out = sprintfOne(fmt, arg);
        if (out !== undefined) {
          s.pop();
          s[base] = want === 2 ? [out] : out;
          return pc + 3;
        }
      }
    }
  }
  const fv = isList(first) ? (first.length ? val(vm, first[0]) : undefined) : val(vm, first);
  const items: Item[] = [];
  if (isList(first)) for (let j = 1; j < first.length; j++) items.push(first[j]!);
  for (let i = base + 1; i < s.length; i++) {
    const x = s[i] as Item;
    if (isList(x)) for (let j = 0; j < x.length; j++) items.push(x[j]!);
    else items.push(x);
  }
  const vals = items.map((x) => val(vm, x));
  // Objects with "" overloading are formatted as their strings (one handler call at a time).
  let anyObj = false;
  for (let i = 0; i < vals.length; i++) if (typeof vals[i] === 'object' && isObject(vals[i])) { anyObj = true; break; }
  const converts = (v: Val): boolean => isObject(v) && isOverloaded(vm, v) && versionFace(vm, v) === null;
  const objs = anyObj ? vals.filter(converts) : [];
  if (objs.length) {
    const strs = stringsOf(vm, pc, f, objs, (v) => valStr(vm, v));
    if (typeof strs === 'number') return strs;
    let k = 0;
    for (let i = 0; i < vals.length; i++) if (converts(vals[i])) vals[i] = strs[k++];
  }
  const args: SprintfArg[] = vals.map((v) => sprintfArg(vm, v));
  for (let k = 0; k < n; k++) s.pop();
  const r = perlSprintf(valStr(vm, fv), args, f.warn ? (i) => nameOf(vm, items[i]!) || undefined : undefined);
  if (f.warn) for (const w of r.warnings) vm.warn(w);
  s.push(want === 2 ? [r.result] : r.result);
  return pc + 3;
};

export { numToStr, isList };
