/**
 * The wide conformance corpus (t/wide/*.pl, recorded by t/wide/record.sh)
 * and its pending list (t-pending.txt: `NAME first-difference` per line,
 * the scripts the engine is known to get wrong).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runPerl } from './run-perl.ts';

export const wideDir = join(import.meta.dirname, '..', 't', 'wide');
export const pendingFile = join(import.meta.dirname, '..', 't-pending.txt');

export interface Outcome { stdout: string; stderr: string; status: number | null }

/** Names of the recorded scripts, sorted. */
export function wideNames(): string[] {
  return readdirSync(wideDir)
    .filter((f) => f.endsWith('.pl') && existsSync(join(wideDir, 'expected', f.replace(/\.pl$/, '.status'))))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** The pending list: name -> recorded first difference. */
export function readPending(): Map<string, string> {
  const m = new Map<string, string>();
  if (!existsSync(pendingFile)) return m;
  for (const line of readFileSync(pendingFile, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const sp = t.indexOf(' ');
    m.set(sp < 0 ? t : t.slice(0, sp), sp < 0 ? '' : t.slice(sp + 1));
  }
  return m;
}

/** What /usr/bin/perl printed for `name`. */
export function expected(name: string): Outcome {
  const e = join(wideDir, 'expected', name);
  return {
    stdout: readFileSync(`${e}.out`, 'latin1'),
    stderr: readFileSync(`${e}.err`, 'latin1'),
    status: Number(readFileSync(`${e}.status`, 'utf8').trim()),
  };
}

/** Run one script of the corpus on the engine (fake kernel), bounded so a script that never ends costs about a second. */
export function runWide(name: string): Outcome {
  const src = readFileSync(join(wideDir, `${name}.pl`), 'latin1');
  const inFile = join(wideDir, `${name}.in`);
  const stdin = existsSync(inFile) ? readFileSync(inFile, 'latin1') : '';
  const r = runPerl([`${name}.pl`], { files: { [`${name}.pl`]: src }, stdin, maxRounds: 150 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const clip = (s: string): string => JSON.stringify(s.length > 70 ? s.slice(0, 70) + '...' : s);

/** One line naming the first difference between two outcomes, or null when equal. */
export function firstDifference(exp: Outcome, got: Outcome): string | null {
  const prefix = got.status === null && exp.status !== null ? 'never exits; ' : '';
  for (const k of ['stderr', 'stdout'] as const) {
    if (exp[k] === got[k]) continue;
    const a = exp[k].split('\n'), b = got[k].split('\n');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    const panic = /panic: perl engine: ([^\n]*)/.exec(got.stderr);
    if (panic) return `${prefix}panic ${clip(panic[1]!)}`;
    return `${prefix}${k === 'stdout' ? 'out' : 'err'}:${i + 1} exp ${clip(a[i] ?? '<eof>')} got ${clip(b[i] ?? '<eof>')}`;
  }
  if (exp.status !== got.status) return `status exp ${exp.status} got ${got.status}`;
  return null;
}
