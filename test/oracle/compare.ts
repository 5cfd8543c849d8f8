/**
 * Comparison of two normalised outcomes, with a readable line diff of every
 * stream that differs. Whole outputs are compared: no substring matching.
 */
import type { Outcome } from './cases.ts';

export interface Comparison {
  ok: boolean;
  /** Empty when ok; otherwise one section per differing stream. */
  report: string;
}

/** Compare the recording (`expected`) with what our machine did (`actual`). */
export function compareOutcomes(expected: Outcome, actual: Outcome): Comparison {
  const sections: string[] = [];
  if ('terminal' in expected !== 'terminal' in actual) {
    return { ok: false, report: 'one outcome is a terminal capture and the other is not' };
  }
  for (const key of ['terminal', 'stdout', 'stderr'] as const) {
    const e = (expected as Record<string, unknown>)[key];
    const a = (actual as Record<string, unknown>)[key];
    if (typeof e !== 'string' || typeof a !== 'string' || e === a) continue;
    sections.push(`--- ${key}: expected (-) vs ours (+)\n${lineDiff(e, a)}`);
  }
  if (expected.status !== actual.status) {
    sections.push(`--- status: expected ${expected.status}, ours ${actual.status}`);
  }
  return { ok: sections.length === 0, report: sections.join('\n') };
}

/**
 * A unified-style diff of two texts: ` ` common, `-` only in `a`, `+` only in
 * `b`. Invisible characters are shown escaped so a stray CR or a missing final
 * newline is visible. Long common runs are elided to three lines of context.
 */
export function lineDiff(a: string, b: string): string {
  const x = splitLines(a);
  const y = splitLines(b);
  const ops = diffOps(x, y);
  return elide(ops).join('\n');
}

type Op = [' ' | '-' | '+', string];

function splitLines(s: string): string[] {
  if (s === '') return [];
  const parts = s.split('\n');
  const last = parts.pop()!;
  const lines = parts.map((l) => l + '\n');
  if (last !== '') lines.push(last);
  return lines.map(show);
}

function show(line: string): string {
  const body = line.endsWith('\n') ? line.slice(0, -1) : line;
  const esc = body.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => {
    const n = c.charCodeAt(0);
    return n === 13 ? '\\r' : `\\x${n.toString(16).padStart(2, '0')}`;
  });
  return line.endsWith('\n') ? esc : `${esc}  [no newline at end]`;
}

/** Longest-common-subsequence diff; O(n·m), fine for test outputs. */
function diffOps(x: string[], y: string[]): Op[] {
  const n = x.length;
  const m = y.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      ops.push([' ', x[i++]!]);
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      ops.push(['-', x[i++]!]);
    } else {
      ops.push(['+', y[j++]!]);
    }
  }
  return ops;
}

function elide(ops: Op[], context = 3): string[] {
  const keep = ops.map((op, k) => op[0] !== ' ' || ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o[0] !== ' '));
  const out: string[] = [];
  let skipped = 0;
  ops.forEach((op, k) => {
    if (keep[k]) {
      if (skipped) out.push(`  … ${skipped} identical line${skipped === 1 ? '' : 's'}`);
      skipped = 0;
      out.push(`${op[0]} ${op[1]}`);
    } else {
      skipped++;
    }
  });
  if (skipped) out.push(`  … ${skipped} identical line${skipped === 1 ? '' : 's'}`);
  return out;
}
