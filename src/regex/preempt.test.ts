// The engine can be paused and resumed, and a paused match is plain data.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compile, isRegexError, matchResult, runMatch, startMatch, type MatchState, type Regex } from './index.ts';

interface Recorded { pattern: string; subject: string; match: { offsets: (number | null)[] } | null }
const recorded: Recorded[] = JSON.parse(readFileSync(new URL('./fixtures/perl-cases.json', import.meta.url), 'utf8'));

function perlAnswer(pattern: string, subject: string): Recorded['match'] {
  const c = recorded.find((r) => r.pattern === pattern && r.subject === subject);
  if (!c) throw new Error(`not recorded: ${pattern}`);
  return c.match;
}

function regex(p: string, f = ''): Regex {
  const re = compile(p, f);
  if (isRegexError(re)) throw new Error(re.message);
  return re;
}

/** Resumes `st` in quanta of `q` steps until it finishes; returns the status and the number of pauses. */
function finish(st: MatchState, q: number): { status: string; pauses: number } {
  let pauses = 0;
  for (;;) {
    const r = runMatch(st, q);
    if (r !== 'budget') return { status: r, pauses };
    pauses++;
  }
}

function offsets(st: MatchState): (number | null)[] | null {
  const m = matchResult(st);
  return m ? m.offsets.map((o) => (o < 0 ? null : o)) : null;
}

describe('catastrophic backtracking is preemptible', () => {
  const pat = '^(a+)+$';

  it('pauses quickly on ("a" x 30) . "b"', () => {
    const st = startMatch(regex(pat), 'a'.repeat(30) + 'b', 0);
    const t0 = performance.now();
    expect(runMatch(st, 100_000)).toBe('budget');
    expect(runMatch(st, 100_000)).toBe('budget');
    expect(performance.now() - t0).toBeLessThan(500);
    expect(perlAnswer(pat, 'a'.repeat(30) + 'b')).toBeNull();
  });

  it('resumed repeatedly, finishes with perl\'s answer', () => {
    const subject = 'a'.repeat(18) + 'b';
    const st = startMatch(regex(pat), subject, 0);
    const { status, pauses } = finish(st, 50_000);
    expect(pauses).toBeGreaterThan(10);
    expect(status).toBe(perlAnswer(pat, subject) === null ? 'fail' : 'match');
  });

  it('a paused match that succeeds gives the same captures as an unpaused one', () => {
    const p = '^(\\w+\\s?)*$';
    const subject = 'ab '.repeat(8) + 'cd';
    const a = startMatch(regex(p), subject, 0);
    const b = startMatch(regex(p), subject, 0);
    expect(finish(a, 7).status).toBe('match');
    expect(finish(b, 1e9).status).toBe('match');
    expect(offsets(a)).toEqual(offsets(b));
  });
});

describe('a paused MatchState is plain data', () => {
  it('survives structuredClone and the clone finishes identically', () => {
    const re = regex('(x+x+)+y|(\\w+)@(?<host>\\w+)');
    const subject = 'x'.repeat(16) + ' me@host';
    const st = startMatch(re, subject, 0);
    expect(runMatch(st, 5_000)).toBe('budget');
    const clone = structuredClone(st);
    const a = finish(st, 10_000);
    const b = finish(clone, 3_333);
    expect(b.status).toBe(a.status);
    expect(a.status).toBe('match');
    expect(offsets(clone)).toEqual(offsets(st));
    expect(offsets(st)).toEqual([17, 24, null, null, 17, 19, 20, 24]);
  });

  it('holds no functions or class instances', () => {
    const st = startMatch(regex('(?i)(a|b)*?c(?=d)'), 'ababcd', 0);
    runMatch(st, 3);
    const walk = (x: unknown): void => {
      if (typeof x === 'function') throw new Error('function in state');
      if (typeof x !== 'object' || x === null) return;
      const proto = Object.getPrototypeOf(x);
      expect(proto === Object.prototype || proto === Array.prototype).toBe(true);
      for (const v of Object.values(x)) walk(v);
    };
    walk(st);
  });
});

describe('recursive patterns stay preemptible', () => {
  const pat = '^(a+(?1)?)+$';

  it('a catastrophic recursion pauses quickly on ("a" x 30) . "b"', () => {
    const st = startMatch(regex(pat), 'a'.repeat(30) + 'b', 0);
    const t0 = performance.now();
    expect(runMatch(st, 100_000)).toBe('budget');
    expect(runMatch(st, 100_000)).toBe('budget');
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('resumed repeatedly, finishes with perl\'s answer', () => {
    const subject = 'a'.repeat(10) + 'b';
    const st = startMatch(regex(pat), subject, 0);
    const { status, pauses } = finish(st, 10_000);
    expect(pauses).toBeGreaterThan(10);
    expect(status).toBe(perlAnswer(pat, subject) === null ? 'fail' : 'match');
  });

  it('a match paused inside a recursion survives structuredClone', () => {
    const p = '^(\\((?:[^()]++|(?1))*\\))$';
    const subject = '(a(b)(c(d)))';
    const st = startMatch(regex(p), subject, 0);
    let clone: MatchState | null = null;
    for (let i = 0; clone === null && i < 1000; i++) {
      expect(runMatch(st, 3)).toBe('budget');
      if (st.heap.length > 0) clone = structuredClone(st);
    }
    expect(clone).not.toBeNull();
    expect(finish(st, 5).status).toBe('match');
    expect(finish(clone!, 11).status).toBe('match');
    expect(offsets(clone!)).toEqual(offsets(st));
    expect(offsets(st)).toEqual(perlAnswer(p, subject)!.offsets);
  });
});
