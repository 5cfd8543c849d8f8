/** caller [n]: where the current function (or frame n) was called from. */
import type { Builtin } from './types.ts';

export const caller: Builtin = function* (sh, argv) {
  const names = sh.specialArray('FUNCNAME') ?? [];
  const lines = sh.specialArray('BASH_LINENO') ?? [];
  const sources = sh.specialArray('BASH_SOURCE') ?? [];
  const arg = argv[1];
  if (arg === undefined) {
    if (lines.length === 0) return 1;
    yield* sh.out(`${lines[0]} ${sources[1] ?? 'NULL'}\n`);
    return 0;
  }
  if (!/^[0-9]+$/.test(arg)) {
    yield* sh.error(`caller: ${arg}: invalid number`);
    yield* sh.write(2, 'caller: usage: caller [expr]\n');
    return 2;
  }
  const n = Number(arg);
  if (names[n + 1] === undefined) return 1;
  yield* sh.out(`${lines[n]} ${names[n + 1]} ${sources[n + 1]}\n`);
  return 0;
};
