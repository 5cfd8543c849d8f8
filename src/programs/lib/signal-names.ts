/**
 * Signal names as bash's `kill -l` shows them, real-time ones included:
 * glibc reserves 32 and 33, so SIGRTMIN is 34 and SIGRTMAX 64; bash names
 * 35..49 SIGRTMIN+n and 50..63 SIGRTMAX-n. The kernel here only has 1..31,
 * so these names are for listing; sending one fails with EINVAL.
 */
import { NSIG, signalName } from '../../abi/signals.ts';

export const SIGRTMIN = 34, SIGRTMAX = 64;

/** "RTMIN+3" for 37, "HUP" for 1 (no SIG prefix); undefined for 0, 32, 33 and past 64. */
export function fullSignalName(n: number): string | undefined {
  if (n > 0 && n < NSIG) return signalName(n);
  if (n < SIGRTMIN || n > SIGRTMAX) return undefined;
  if (n === SIGRTMIN) return 'RTMIN';
  if (n === SIGRTMAX) return 'RTMAX';
  return n - SIGRTMIN <= 15 ? `RTMIN+${n - SIGRTMIN}` : `RTMAX-${SIGRTMAX - n}`;
}

/** Number for "RTMIN+3", "SIGRTMAX-1", "RTMIN" (case-insensitive); undefined otherwise. */
export function rtSignalByName(name: string): number | undefined {
  const m = /^(?:SIG)?RT(MIN|MAX)(?:([+-])(\d+))?$/i.exec(name);
  if (!m) return undefined;
  const base = m[1]!.toUpperCase() === 'MIN' ? SIGRTMIN : SIGRTMAX;
  const n = m[2] === undefined ? base : m[2] === '+' ? base + Number(m[3]) : base - Number(m[3]);
  return n >= SIGRTMIN && n <= SIGRTMAX ? n : undefined;
}

/** bash's `kill -l` table: five "NN) SIGNAME" cells a line, tab-separated. */
export function bashSignalTable(): string {
  let out = '';
  let col = 0;
  for (let n = 1; n <= SIGRTMAX; n++) {
    const name = fullSignalName(n);
    if (name === undefined) continue;
    out += `${String(n).padStart(2)}) SIG${name}`;
    col++;
    out += col % 5 === 0 ? '\n' : '\t';
  }
  return col % 5 === 0 ? out : out + '\n';
}
