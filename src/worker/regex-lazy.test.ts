import { describe, expect, it } from 'vitest';
import { compileEre, isRegexError, loadRegex, matchResult, runMatch, startMatch } from './regex-lazy.ts';

describe('regex-lazy', () => {
  it('is a regex error until loaded, then the engine itself', async () => {
    const early = compileEre('b(c)', false);
    expect(isRegexError(early)).toBe(true);
    expect(early).toEqual({ error: true, message: 'the regex engine is not loaded yet', offset: -1 });
    await loadRegex();
    expect(loadRegex()).toBe(null);
    const re = compileEre('b(c)', false);
    if (isRegexError(re)) throw new Error(re.message);
    const st = startMatch(re, 'abcd', 0);
    expect(runMatch(st, 1000)).not.toBe('budget');
    expect(matchResult(st)?.offsets).toEqual([1, 3, 2, 3]);
  });
});
