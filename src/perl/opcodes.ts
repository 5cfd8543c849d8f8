/**
 * The single table of VM opcodes: name, operand kinds and stack effect.
 * It drives the emitter (compiler.ts), the disassembler and the static
 * stack-depth check (both below). Handlers live in the ops-*.ts files,
 * registered under the same names.
 *
 * Stack items: a scalar (a value or a container), an aggregate (array/hash),
 * or a list (a JS array of values/containers) — each one slot. So every
 * opcode has a fixed effect, except those whose pop count is an operand.
 *
 * Operand kinds: c const index, s pad slot, j jump target, n count, f flags/number.
 */
export type OperandKind = 'c' | 's' | 'j' | 'n' | 'f';

export interface OpInfo {
  readonly name: string;
  readonly operands: readonly OperandKind[];
  /** Items popped; a string 'nK' means "the value of operand K" (plus `popsExtra`). */
  readonly pops: number | string;
  readonly pushes: number;
  readonly popsExtra?: number;
  /** Control flow: 'jump' always jumps, 'branch' may, 'keep' branches keeping the top item, 'end' ends the frame. */
  readonly flow?: 'jump' | 'branch' | 'keep' | 'end' | 'evalb';
}

const T: [string, OperandKind[], number | string, number, number?, OpInfo['flow']?][] = [
  ['NOP', [], 0, 0],
  ['CONST', ['c'], 0, 1],
  ['UNDEF', [], 0, 1],
  ['EMPTYLIST', [], 0, 1],
  ['POP', [], 1, 0],
  ['DUP', [], 1, 2],
  ['SWAP', [], 2, 2],
  ['LIST', ['n'], 'n0', 1],
  ['NEXTSTATE', ['f'], 0, 0],
  /** `package NAME;` at run time: the frame's current package (symbolic names, caller). */
  ['SETPKG', ['c'], 0, 0],
  ['ENTER', ['s'], 0, 0],
  ['LEAVE', ['s'], 0, 0],
  /** After an if/unless condition: the scope entered at slot keeps the condition's match ($1...) when it ends. */
  ['KEEPMATCH', ['s'], 0, 0],
  ['POPTO', ['n'], 0, 0],
  ['JUMP', ['j'], 0, 0, 0, 'jump'],
  ['JTRUE', ['j'], 1, 0, 0, 'branch'],
  ['JFALSE', ['j'], 1, 0, 0, 'branch'],
  ['AND', ['j'], 1, 0, 0, 'keep'],
  ['OR', ['j'], 1, 0, 0, 'keep'],
  ['DOR', ['j'], 1, 0, 0, 'keep'],
  // variables
  ['PADSV', ['s'], 0, 1],
  ['PADAV', ['s'], 0, 1],
  ['PADHV', ['s'], 0, 1],
  ['PADSV_MY', ['s'], 0, 1],
  ['PADAV_MY', ['s'], 0, 1],
  ['PADHV_MY', ['s'], 0, 1],
  ['STATE', ['s', 'j'], 0, 1, 0, 'branch'],
  ['GVSV', ['c'], 0, 1],
  ['GVAV', ['c'], 0, 1],
  ['GVHV', ['c'], 0, 1],
  ['GV', ['c'], 0, 1],
  ['LOCAL_GVSV', ['c'], 0, 1],
  ['LOCAL_GVAV', ['c'], 0, 1],
  ['LOCAL_GVHV', ['c'], 0, 1],
  ['LOCAL_ELEM', [], 2, 1],
  ['LOCAL_HELEM', [], 2, 1],
  ['LOCAL_SV', [], 1, 1],
  ['AELEM', ['f'], 2, 1],
  ['HELEM', ['f'], 2, 1],
  ['ASLICE', ['f'], 2, 1],
  ['HSLICE', ['f'], 2, 1],
  ['KVSLICE', ['f'], 2, 1],
  ['LSLICE', [], 2, 1],
  ['DELETE', ['f'], 2, 1],
  ['EXISTS', ['f'], 2, 1],
  ['RV2AV', ['f'], 1, 1],
  ['RV2HV', ['f'], 1, 1],
  ['RV2SV', ['f'], 1, 1],
  ['RV2GV', [], 1, 1],
  ['FLATTEN', [], 1, 1],
  ['SCALAR_AGG', [], 1, 1],
  ['LASTIDX', [], 1, 1],
  ['SET_LASTIDX', [], 2, 1],
  ['TO_SCALAR', [], 1, 1],
  ['COUNT', [], 1, 1],
  ['RVAL', [], 1, 1],
  // assignment and operators
  ['SASSIGN', [], 2, 1],
  ['AASSIGN', ['n', 'f'], 'n0', 1, 1],
  ['OPASSIGN', ['f', 'c'], 2, 1],
  ['BINOP', ['f', 'c'], 2, 1],
  ['UNOP', ['f', 'c'], 1, 1],
  ['INCDEC', ['f'], 1, 1],
  ['CONCAT_N', ['n'], 'n0', 1],
  ['REPEAT_LIST', [], 2, 1],
  ['RANGE', [], 2, 1],
  ['REFGEN', [], 1, 1],
  ['REFGEN_LIST', [], 1, 1],
  ['ANONLIST', [], 1, 1],
  ['ANONHASH', [], 1, 1],
  ['ANONSUB', ['c'], 0, 1],
  // calls
  ['CALL', ['c', 'f'], 1, 1],
  ['CALL_AMP', ['c', 'f'], 0, 1],
  ['CALLDYN', ['f'], 2, 1],
  ['METHOD', ['c', 'f'], 1, 1],
  ['METHOD_DYN', ['f'], 2, 1],
  ['RETURN', [], 1, 0, 0, 'end'],
  /** `goto &code`: replace the current sub's frame by a call of the popped code value with the same @_. */
  ['GOTO_SUB', [], 1, 1, 0, 'end'],
  /** last/next LABEL with no loop in the sub: leave frames up to the loop that runs it (operand: the error text when none). */
  ['LOOPCTL_DYN', ['c'], 0, 1, 0, 'end'],
  ['JWANT', ['j'], 0, 0, 0, 'branch'],
  ['WANTARRAY', [], 0, 1],
  ['FUNC', ['c', 'n', 'f'], 'n1', 1],
  ['PRINT', ['f', 'f'], 'n1', 1],
  ['SORT', ['f'], 2, 1],
  ['MG_START', ['s'], 1, 0],
  ['MG_NEXT', ['s', 'j'], 0, 0, 0, 'branch'],
  ['MAP_PUSH', ['s'], 1, 0],
  ['GREP_PUSH', ['s'], 1, 0],
  ['MG_END', ['s', 'f'], 0, 1],
  ['ITER_INIT', ['s'], 1, 0],
  ['ITER_NEXT', ['s', 'f', 'c', 'j'], 0, 0, 0, 'branch'],
  // regex
  ['MATCH', ['c', 'f'], 2, 1],
  ['SUBST_INIT', ['s', 'c'], 2, 0],
  ['SUBST_NEXT', ['s', 'j'], 0, 0, 0, 'branch'],
  ['SUBST_APPEND', ['s'], 1, 0],
  ['SUBST_END', ['s', 'f'], 0, 1],
  ['TRANS', ['c', 'f'], 1, 1],
  ['QR', ['c'], 1, 1],
  // exceptions and evaluation
  ['EVAL_ENTER', ['j', 'f'], 0, 0, 0, 'evalb'],
  ['EVAL_LEAVE', [], 0, 0],
  ['DIE_RETHROW', [], 0, 0],
  // i/o
  ['READLINE', ['f'], 1, 1],
  ['FILETEST', ['c'], 1, 1],
  ['SPECIAL', ['c'], 0, 1],
  // specialised forms of common sequences
  ['ITER_RANGE', ['s'], 2, 0],
  ['SPRINTF', ['n', 'f'], 'n0', 1],
  /** `$lexical = EXPR` in void context: PADSV s; SASSIGN; POP. */
  ['SASSIGN_PAD', ['s'], 1, 0],
  /** List assignment in void context: AASSIGN n 0; POP. */
  ['AASSIGN_VOID', ['n'], 'n0', 0, 1],
  /** ++/-- in void context: INCDEC f; POP. */
  ['INCDEC_VOID', ['f'], 1, 0],
  // A literal where it can be aliased (sub arguments, foreach and map lists, \LITERAL): a read-only container.
  ['CONST_RO', ['c'], 0, 1],
  /** `return` inside `eval { }` of the same sub: the eval ends with the popped value. */
  ['EVAL_RETURN', [], 1, 0, 0, 'end'],
];

export const OPS: readonly OpInfo[] = T.map(([name, operands, pops, pushes, popsExtra, flow]) => ({ name, operands, pops, pushes, popsExtra, flow }));

/** Opcode numbers by name: OP.CONST etc. */
export const OP = Object.fromEntries(OPS.map((o, i) => [o.name, i])) as Record<string, number>;

/** Instruction length (opcode + operands). */
export const opLen = (op: number): number => 1 + OPS[op]!.operands.length;

/** Pops of the instruction at `pc`. */
export function opPops(code: readonly number[], pc: number): number {
  const info = OPS[code[pc]!]!;
  if (typeof info.pops === 'number') return info.pops;
  return code[pc + 1 + Number(info.pops.slice(1))]! + (info.popsExtra ?? 0);
}

/** Human-readable listing of one code array. */
export function disassemble(code: readonly number[], consts: readonly unknown[]): string {
  const lines: string[] = [];
  for (let pc = 0; pc < code.length; pc += opLen(code[pc]!)) {
    const info = OPS[code[pc]!]!;
    const ops = info.operands.map((k, i) => {
      const v = code[pc + 1 + i]!;
      if (k === 'c') return JSON.stringify(typeof consts[v] === 'object' ? '<obj>' : consts[v]);
      if (k === 'j') return `->${v}`;
      if (k === 's') return `pad${v}`;
      return String(v);
    });
    lines.push(`${String(pc).padStart(5)}  ${info.name}${ops.length ? ' ' + ops.join(' ') : ''}`);
  }
  return lines.join('\n');
}

/**
 * Check that every path reaches each pc with one stack depth, never goes
 * below zero and ends frames with the right depth. Returns an error text or null.
 */
export function checkStackDepth(code: readonly number[], entries: readonly number[] = [0]): string | null {
  const depth = new Map<number, number>();
  const work: [number, number][] = entries.map((e) => [e, 0]);
  while (work.length) {
    const [pc, d] = work.pop()!;
    if (pc >= code.length) continue;
    const seen = depth.get(pc);
    if (seen !== undefined) {
      if (seen !== d) return `stack depth mismatch at ${pc}: ${seen} vs ${d}`;
      continue;
    }
    depth.set(pc, d);
    const info = OPS[code[pc]!]!;
    if (code[pc] === OP.POPTO) { work.push([pc + opLen(code[pc]!), code[pc + 1]!]); continue; }
    const pops = opPops(code, pc);
    if (d < pops) return `stack underflow at ${pc} (${info.name})`;
    const after = d - pops + info.pushes;
    const next = pc + opLen(code[pc]!);
    const target = info.operands.indexOf('j');
    switch (info.flow) {
      case 'jump': work.push([code[pc + 1 + target]!, after]); break;
      case 'branch': work.push([code[pc + 1 + target]!, after], [next, after]); break;
      case 'keep': work.push([code[pc + 1 + target]!, d], [next, after]); break;
      case 'end': break;
      case 'evalb': work.push([code[pc + 1 + target]!, d + 1], [next, after]); break;
      default: work.push([next, after]);
    }
  }
  return null;
}
