// Auto-possessification: a greedy single-atom repeat whose next character
// test can never accept a character the atom took cannot gain anything by
// giving characters back, so it is run as possessive (no backtrack frame).
// Matches, captures and failures are unchanged; only doomed retries are skipped.

import type { ClassSet } from './ast.ts';
import { classMatches } from './chars.ts';
import { OP, OP_ARITY } from './program.ts';

/** Whether the atom (op, a) could match code point c under either rule set. */
function atomMay(op: number, a: number, classes: readonly ClassSet[], c: number): boolean {
  if (op === OP.CHAR) return a === c;
  if (op === OP.ANY) return c !== 10;
  if (op === OP.CLASS) return classMatches(classes[a]!, c, false) || classMatches(classes[a]!, c, true);
  return true;
}

/**
 * Whether every position where the REPS at `pc` could give back to fails at
 * once: the code after it (past group marks) starts with a character, a
 * string or a repeat of at least one character that the atom cannot match,
 * or an end-of-string assertion the atom cannot satisfy.
 */
function doomedGiveback(code: readonly number[], strings: readonly string[], classes: readonly ClassSet[], pc: number): boolean {
  const op = code[pc + 4]!, a = code[pc + 5]!;
  if (op !== OP.CHAR && op !== OP.ANY && op !== OP.CLASS) return false;
  let q = pc + 7;
  while (code[q] === OP.OPEN || code[q] === OP.CLOSE) q += 2;
  switch (code[q]) {
    case OP.CHAR: return !atomMay(op, a, classes, code[q + 1]!);
    case OP.STR: {
      const s = strings[code[q + 1]!]!;
      return s.length > 0 && !atomMay(op, a, classes, s.codePointAt(0)!);
    }
    case OP.REPS: return code[q + 1]! >= 1 && code[q + 4] === OP.CHAR && !atomMay(op, a, classes, code[q + 5]!);
    // $ \Z (also under /m): only at the end or before a newline; \z: only at the end.
    case OP.ASSERT: {
      const kind = code[q + 1];
      if (kind === 5) return true;
      return (kind === 2 || kind === 3 || kind === 6) && !atomMay(op, a, classes, 10);
    }
    default: return false;
  }
}

/** Turns doomed greedy REPS into possessive ones in place (not for recursive or leftmost-longest programs). */
export function possessify(code: number[], strings: readonly string[], classes: readonly ClassSet[]): void {
  for (let pc = 0; pc < code.length; pc += 1 + OP_ARITY[code[pc]!]!) {
    if (code[pc] === OP.REPS && code[pc + 3] === 0 && doomedGiveback(code, strings, classes, pc)) code[pc + 3] = 2;
  }
}
