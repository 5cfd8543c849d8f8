// Conformance: every case in fixtures/perl-cases.json was recorded from perl 5.36 by
// fixtures/record.pl; our compile/exec/matchAll must give the same answers.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compile, exec, isRegexError, matchAll, namedGroup, unitsToChars, type MatchResult, type Regex } from './index.ts';

interface Case {
  pattern: string;
  flags: string;
  subject: string;
  error?: string;
  /** perl died while matching */
  runtime_error?: string;
  /** %+ after the first match */
  named?: Record<string, string>;
  match?: { offsets: (number | null)[]; lastParen: number; plus: string | null; caret_n: string | null } | null;
  all?: (number | null)[][];
}

const all: Case[] = JSON.parse(readFileSync(new URL('./fixtures/perl-cases.json', import.meta.url), 'utf8'));
// The 2^30-step catastrophic case is exercised by preempt.test.ts (it only pauses there).
const cases = all.filter((c) => !(c.pattern === '^(a+)+$' && c.subject.length > 25));

function perlOffsets(s: string, m: MatchResult): (number | null)[] {
  return m.offsets.map((o) => (o < 0 ? null : unitsToChars(s, o)));
}

function groupText(s: string, m: MatchResult, g: number): string | null {
  if (g === 0 || m.offsets[2 * g] < 0) return null;
  return s.slice(m.offsets[2 * g], m.offsets[2 * g + 1]);
}

/** %+ of a match, as perl builds it: each name whose leftmost group matched. */
function namedOf(re: Regex, s: string, m: MatchResult): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [name] of re.names) {
    const g = namedGroup(re, m, name);
    if (g >= 0) out[name] = s.slice(m.offsets[2 * g], m.offsets[2 * g + 1]);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function describeMatch(re: Regex, c: Case): unknown {
  const m = exec(re, c.subject);
  if (isRegexError(m)) return m.message;
  if (m === null) return null;
  expect(namedOf(re, c.subject, m)).toEqual(c.named);
  return {
    offsets: perlOffsets(c.subject, m), lastParen: m.lastParen,
    plus: groupText(c.subject, m, m.lastParen), caret_n: groupText(c.subject, m, m.lastCloseParen),
  };
}

describe('perl 5.36 conformance corpus', () => {
  it('has at least 200 cases', () => expect(cases.length).toBeGreaterThanOrEqual(200));
  for (const c of cases) {
    const title = `m/${c.pattern}/${c.flags} on ${JSON.stringify(c.subject)}`;
    it(title, () => {
      const re = compile(c.pattern, c.flags);
      if (c.error !== undefined) {
        expect(isRegexError(re) ? re.message : 'compiled').toBe(c.error);
        return;
      }
      if (isRegexError(re)) throw new Error(re.message);
      if (c.runtime_error !== undefined) {
        const m = exec(re, c.subject);
        expect(isRegexError(m) ? m.message : 'no error').toBe(c.runtime_error);
        return;
      }
      expect(describeMatch(re, c)).toEqual(c.match);
      const all = matchAll(re, c.subject);
      if (isRegexError(all)) throw new Error(all.message);
      expect(all.map((m) => perlOffsets(c.subject, m))).toEqual(c.all);
    });
  }
});
