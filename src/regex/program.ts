// The compiled form of a regex: a flat array of numbers (opcode, operands...) plus
// side tables, all plain frozen data so a match state that refers to it can be
// copied with structuredClone. OPS is the one table of opcodes and operand counts.

import type { ClassSet } from './ast.ts';

/** Opcode → [number, operand names]. */
export const OPS = {
  MATCH: [0, []],
  CHAR: [1, ['cp']],
  CHARI: [2, ['foldAscii', 'foldUni']],
  STR: [3, ['str']],
  ANY: [4, []],
  ANYNL: [5, []],
  CLASS: [6, ['cls']],
  SPLIT: [7, ['first', 'second']],
  JMP: [8, ['to']],
  OPEN: [9, ['group']],
  CLOSE: [10, ['group']],
  ASSERT: [11, ['kind']],
  BACKREF: [12, ['ref', 'ci']],
  KEEP: [13, []],
  FAIL: [14, []],
  // single-width atom repeated: mode 0 greedy, 1 lazy, 2 possessive; atom = op, arg1, arg2
  REPS: [15, ['min', 'max', 'mode', 'atomOp', 'atomA', 'atomB']],
  REPINIT: [16, ['reg']],
  REPG: [17, ['reg', 'min', 'max', 'exit']],
  REPL: [18, ['reg', 'min', 'max', 'exit']],
  REPSTEP: [19, ['reg']],
  REPEND: [20, ['reg', 'min', 'loop']],
  ATOM: [21, ['reg']],
  ATOMEND: [22, ['reg']],
  LOOK: [23, ['reg']],
  LOOKEND: [24, ['reg']],
  NLOOK: [25, ['reg', 'cont']],
  NLOOKEND: [26, ['reg']],
  LBSTART: [27, ['reg', 'min', 'max']],
  LBCHECK: [28, ['reg']],
  COND: [29, ['ref', 'no']],
  // recursion: call the body of `group` (0 = whole pattern) starting at `to`
  CALL: [30, ['to', 'group']],
  CONDR: [31, ['group', 'no']],
} as const;

export type OpName = keyof typeof OPS;

/** Opcode numbers by name, e.g. OP.CHAR. */
export const OP = Object.fromEntries(Object.entries(OPS).map(([k, v]) => [k, v[0]])) as { readonly [K in OpName]: (typeof OPS)[K][0] };

/** Operand count of each opcode number. */
export const OP_ARITY: readonly number[] = Object.values(OPS).map((v) => v[1].length);

const OP_NAMES: readonly string[] = Object.keys(OPS);

/** Assertion codes used by ASSERT. */
export const ASSERT_CODES = { bol: 0, mbol: 1, eol: 2, meol: 3, A: 4, z: 5, Z: 6, b: 7, B: 8, G: 9 } as const;

/** Registers with fixed meaning; capture slots follow, then temporaries. */
export const R_LASTPAREN = 0;
export const R_LASTCLOSE = 1;
export const R_KEEP = 2;
export const CAP_BASE = 3;

/** Where a match may start. */
export type Anchor = 'none' | 'start' | 'mbol' | 'G';

/** Which rules decide \w, \d, \s, POSIX classes and /i above 127: see chars.ts. */
export type Charset = 'd' | 'u' | 'a';

export interface Program {
  readonly code: readonly number[];
  readonly classes: readonly ClassSet[];
  readonly strings: readonly string[];
  /** group lists for BACKREF / COND */
  readonly refs: readonly (readonly number[])[];
  readonly ngroups: number;
  readonly names: readonly (readonly [string, readonly number[]])[];
  /** total registers (fixed + captures + temporaries) */
  readonly nregs: number;
  /** first register of the pending group starts */
  readonly tmpBase: number;
  /** register holding the current recursion frame (heap offset, -1 = none); -1 when the pattern never recurses */
  readonly callReg: number;
  readonly charset: Charset;
  /** the pattern itself holds a code point above 255 or a \p{}: Unicode rules */
  readonly patternUni: boolean;
  readonly anchor: Anchor;
  /** literal every match starts with (case-sensitive), or '' */
  readonly prefix: string;
  /** atoms (op, a, b triples) one of which must match at the start; empty = no filter */
  readonly first: readonly number[];
  /** minimum match length in code units */
  readonly minLen: number;
  /** POSIX leftmost-longest: of the matches starting at a position, take the longest */
  readonly longest: boolean;
  readonly source: string;
  readonly flags: string;
}

/** A human-readable listing of a program, one instruction a line. */
export function disassemble(p: Program): string {
  const out: string[] = [];
  for (let pc = 0; pc < p.code.length;) {
    const op = p.code[pc];
    const n = OP_ARITY[op];
    out.push(`${String(pc).padStart(4)} ${OP_NAMES[op]} ${p.code.slice(pc + 1, pc + 1 + n).join(' ')}`.trimEnd());
    pc += 1 + n;
  }
  return out.join('\n');
}

/** Deep-freezes a plain object graph (programs are shared and immutable). */
export function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}
