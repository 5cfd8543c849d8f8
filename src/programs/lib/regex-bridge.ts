/**
 * The one place programs reach the regex engine (src/regex): POSIX BRE/ERE
 * compilation and a preemptible search that charges its steps to the process.
 */
import type { Ctx, Gen } from '../runtime.ts';
import { compileBre, compileEre } from '../../regex/posix.ts';
import { isRegexError, runMatch, startMatch, matchResult } from '../../regex/index.ts';
import type { Regex } from '../../regex/index.ts';

export type { Regex };

export interface PosixOpts { ere: boolean; icase: boolean; dialect?: 'grep' | 'sed' }

/** Compile a POSIX pattern; a string is glibc's error text. */
export function compilePosix(src: string, o: PosixOpts): Regex | string {
  const r = o.ere ? compileEre(src, o.icase, o.dialect ?? 'grep') : compileBre(src, o.icase, o.dialect ?? 'grep');
  return isRegexError(r) ? r.message : r;
}

const QUANTUM = 4096;

/**
 * Leftmost(-longest) match of `re` in `subject` at or after `start`: capture
 * offsets [s0, e0, s1, e1, ...] (-1 for groups that did not take part) or null.
 * `notEmptyAt` rejects an empty match ending there (for global substitution).
 */
export function* search(ctx: Ctx, re: Regex, subject: string, start = 0, notEmptyAt = -1): Gen<number[] | null> {
  const st = startMatch(re, subject, start, { notEmptyAt, uni: true });
  for (;;) {
    const r = runMatch(st, QUANTUM);
    if (r === 'budget') { yield* ctx.tick(QUANTUM); continue; }
    yield* ctx.tick(1 + (st.steps >> 6));
    if (r === 'fail') return null;
    return [...matchResult(st)!.offsets];
  }
}

/** Every non-overlapping match, as a global substitution walks them. */
export function* searchAll(ctx: Ctx, re: Regex, subject: string): Gen<number[][]> {
  const out: number[][] = [];
  let pos = 0;
  let notEmptyAt = -1;
  while (pos <= subject.length) {
    const m = yield* search(ctx, re, subject, pos, notEmptyAt);
    if (!m) break;
    out.push(m);
    if (m[1] === m[0]) {
      notEmptyAt = m[1]!;
      pos = m[1]!;
      if (pos >= subject.length) break;
      // an empty match: the next attempt may not end at the same place
    } else {
      notEmptyAt = m[1]!;
      pos = m[1]!;
    }
  }
  return out;
}
