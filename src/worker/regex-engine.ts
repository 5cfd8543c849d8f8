/**
 * What the shell's `[[ s =~ re ]]` takes from the regex engine, in one module: the page
 * build loads it late (regex-lazy.ts), in a chunk of its own.
 */
export { compileEre } from '../regex/posix.ts';
export { isRegexError, matchResult, runMatch, startMatch } from '../regex/index.ts';
