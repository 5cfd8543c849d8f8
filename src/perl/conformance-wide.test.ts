/**
 * Wide conformance: every t/wide/*.pl runs through the engine and must print
 * exactly what /usr/bin/perl printed (t/wide/expected/, by t/wide/record.sh).
 * Scripts named in t-pending.txt are expected failures: once one passes, its
 * test fails until its line is removed. PERL_PENDING_UPDATE=1 rewrites the
 * list from the current results instead of asserting.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import { expected, firstDifference, pendingFile, readPending, runWide, wideNames } from './testing/wide-cases.ts';

const names = wideNames();
const pending = readPending();
const update = !!process.env.PERL_PENDING_UPDATE;
const failures: string[] = [];
let passed = 0;

function check(name: string): void {
  const exp = expected(name);
  const got = runWide(name);
  const diff = firstDifference(exp, got);
  if (diff === null) { passed++; return; }
  failures.push(`${name} ${diff}`);
  if (!update) expect(got).toEqual(exp);
}

describe('perl wide conformance', () => {
  for (const name of names) {
    if (update) it(name, () => check(name));
    else if (pending.has(name)) it.fails(`${name} (pending)`, () => check(name));
    else it(name, () => check(name));
  }
  it('every pending name is a script of the corpus', () => {
    expect([...pending.keys()].filter((n) => !names.includes(n))).toEqual([]);
  });
  afterAll(() => {
    if (update) writeFileSync(pendingFile, failures.sort().join('\n') + '\n');
    console.log(`perl wide conformance: ${passed}/${names.length} scripts pass, ${pending.size} pending`);
  });
});
