// Random patterns never make the engine throw: they compile or give a RegexError,
// and matching a compiled one within a small budget never throws either.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, isRegexError, runMatch, startMatch } from './index.ts';
import { compileBre, compileEre } from './posix.ts';

const pieces = [
  'a', 'b', 'x', '0', '9', ' ', '\n', '(', ')', '[', ']', '{', '}', ',', '|', '*', '+', '?', '.', '^', '$', '-',
  '\\', '\\d', '\\w', '\\s', '\\b', '\\1', '\\2', '\\g{-1}', '\\k<n>', '(?', '(?:', '(?<n>', '(?=', '(?!', '(?<=',
  '(?<!', '(?>', '(?i)', '(?x', '#', '{2}', '{1,3}', '[:alpha:]', '[^', '\\p{L}', '\\x{41}', '\\N{U+42}', '\\K',
  '(*F)', '(?(1)', '\\Q', ':', '<', '>', "'", 'é', '\u263a', '\ud83d\ude00', '\\c', '\\o{7}', '\\3',
];
const pattern = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((xs) => xs.join(''));
const subject = fc.string({ unit: fc.constantFrom('a', 'b', 'x', ' ', '\n', '0', 'é', '\u263a'), maxLength: 12 });
const flags = fc.constantFrom('', 'i', 'x', 'm', 's', 'n', 'imsx');

describe('fuzz', () => {
  it('perl patterns compile or fail with a RegexError, and matching never throws', () => {
    fc.assert(
      fc.property(pattern, flags, subject, (p, f, s) => {
        const re = compile(p, f);
        if (isRegexError(re)) {
          expect(re.message).toMatch(/ in regex/);
          return;
        }
        const st = startMatch(re, s, 0);
        expect(['match', 'fail', 'budget']).toContain(runMatch(st, 20_000));
      }),
      { numRuns: 3000, interruptAfterTimeLimit: 4000 },
    );
  });

  it('POSIX patterns compile or fail with a RegexError, and matching never throws', () => {
    fc.assert(
      fc.property(pattern, fc.boolean(), subject, (p, ere, s) => {
        const re = ere ? compileEre(p, false) : compileBre(p, false);
        if (isRegexError(re)) return;
        const st = startMatch(re, s, 0);
        expect(['match', 'fail', 'budget']).toContain(runMatch(st, 20_000));
      }),
      { numRuns: 2000, interruptAfterTimeLimit: 3000 },
    );
  });
});
