import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Gen } from '../programs/runtime.ts';
import { compiled, Matcher, matchGen, matchPattern, skipDotName, sliced } from './pattern.ts';
import { substituteWith, trimWith } from './param-match.ts';

/** Rows recorded from bash 5.2 by pattern-fixture.sh. */
const rows = readFileSync(join(import.meta.dirname, 'pattern-fixture.expected'), 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => l.split('\t'));

function ours(p: string, s: string): string[] {
  const c = compiled(p, true);
  const m = new Matcher(c, [...s], { extglob: true });
  const rep = [{ s: '_' }];
  return [
    p, s, matchPattern(p, s, { extglob: true }) ? '1' : '0',
    trimWith(m, '#', false), trimWith(m, '#', true), trimWith(m, '%', false), trimWith(m, '%', true),
    substituteWith(m, rep, false, '', p.startsWith('*')), substituteWith(m, rep, true, '', p.startsWith('*')),
  ];
}

/** Drive a generator to its end, counting how often it yields. */
function drain<T>(g: Gen<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const r = g.next();
    if (r.done) return { value: r.value, yields };
    yields++;
  }
}

describe('shell patterns against bash', () => {
  it('matches, trims and substitutes as bash does', () => {
    expect(rows.length).toBeGreaterThan(800);
    const diffs = rows.map((r) => ({ want: r.join('\t'), got: ours(r[0]!, r[1]!).join('\t') })).filter((d) => d.want !== d.got);
    expect(diffs).toEqual([]);
  });
});

describe('extglob matcher', () => {
  it('stays polynomial on patterns that make a backtracking matcher exponential', () => {
    const s = 'a'.repeat(3000) + 'c';
    const m = new Matcher(compiled('+(a|aa|aaa)b', true), [...s], { extglob: true });
    expect(m.matches(0, s.length)).toBe(false);
    expect(m.steps).toBeLessThan(200_000);
  });

  it('runs in slices: a long match yields to the caller and resumes to the same answer', () => {
    const s = 'ab'.repeat(300) + 'x';
    const c = compiled('*(*(a|b)@(a|b))x', true);
    const m = new Matcher(c, [...s], { extglob: true });
    let charged = 0;
    const tick = function* (n: number): Gen<void> {
      charged += n;
      yield;
    };
    const r = drain(sliced(m, tick, () => m.matches(0, s.length)));
    expect(r.value).toBe(true);
    expect(r.yields).toBeGreaterThan(1);
    expect(charged).toBeGreaterThanOrEqual(m.steps);
  });

  it('costs linear work for runs of repetitions over a long value', () => {
    const s = Array.from({ length: 20_000 }, (_, i) => String(i)).join(',');
    const m = new Matcher(compiled('*(+([0-9])*(,))', true), [...s], { extglob: true });
    expect(m.matches(0, s.length)).toBe(true);
    expect(m.steps).toBeLessThan(30 * s.length);
  });

  it('resumes a repetition cut by the budget where it stopped', () => {
    const s = 'a'.repeat(50_000) + 'c';
    const c = compiled('+(a|aa|aaa)b', true);
    const whole = new Matcher(c, [...s], { extglob: true });
    expect(whole.matches(0, s.length)).toBe(false);
    const m = new Matcher(c, [...s], { extglob: true });
    const tick = function* (): Gen<void> {
      yield;
    };
    const r = drain(sliced(m, tick, () => m.matches(0, s.length)));
    expect(r.value).toBe(false);
    expect(r.yields).toBeGreaterThan(2);
    expect(m.steps).toBeLessThan(whole.steps * 1.1);
  });

  it('charges plain matches through tick too', () => {
    let charged = 0;
    const tick = function* (n: number): Gen<void> {
      charged += n;
    };
    expect(drain(matchGen('*a*b', 'x'.repeat(100) + 'ab', {}, tick)).value).toBe(true);
    expect(charged).toBeGreaterThan(100);
  });

  it('keeps a leading dot for a literal dot in pathname expansion', () => {
    const o = { extglob: true, period: true };
    expect(matchPattern('*(.a)', '.a', o)).toBe(true);
    expect(matchPattern('!(b)', '.a', o)).toBe(false);
    expect(matchPattern('@(*a)', '.a', o)).toBe(false);
    expect(skipDotName('@(x|).a', true)).toBe(true);
    expect(skipDotName('?(x).a', true)).toBe(false);
    expect(skipDotName('@(b|.*)', true)).toBe(false);
  });
});
