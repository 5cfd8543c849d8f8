/**
 * The page build's stand-in for src/regex/posix.ts and src/regex/index.ts as the shell
 * imports them (src/shell/cond-eval.ts; vite.config.ts swaps it in for the worker): the
 * regex engine stays out of the worker's script and comes with the late parts on the
 * reader's first keystroke (late-lazy.ts), the Perl engine's chunk shares it. No command
 * line reaches the machine before then; a shell startup file that matches a regex
 * earlier gets a regex error (status 2), as for an invalid pattern.
 */
import type { Program } from '../regex/program.ts';
import type { MatchState, RegexError } from '../regex/index.ts';
import { lateLoader } from './late-files.ts';

type Engine = typeof import('./regex-engine.ts');

let engine: Engine | null = null;

const NOT_LOADED: RegexError = { error: true, message: 'the regex engine is not loaded yet', offset: -1 };

/** As the engine's compileEre; before the engine is here, a RegexError. */
export function compileEre(src: string, icase: boolean): Program | RegexError {
  return engine ? engine.compileEre(src, icase) : NOT_LOADED;
}

export function isRegexError(x: unknown): x is RegexError {
  return typeof x === 'object' && x !== null && (x as { error?: unknown }).error === true;
}

export function startMatch(...args: Parameters<Engine['startMatch']>): MatchState {
  return loaded().startMatch(...args);
}

export function runMatch(...args: Parameters<Engine['runMatch']>): ReturnType<Engine['runMatch']> {
  return loaded().runMatch(...args);
}

export function matchResult(...args: Parameters<Engine['matchResult']>): ReturnType<Engine['matchResult']> {
  return loaded().matchResult(...args);
}

/** Only reached with a compiled program, which only the loaded engine makes. */
function loaded(): Engine {
  if (!engine) throw new Error('the regex engine is not loaded');
  return engine;
}

const load = lateLoader('the regex engine', async () => {
  engine = await import('./regex-engine.ts');
});

/** Resolves once the engine is in place; null when it is. */
export function loadRegex(): Promise<void> | null {
  return engine ? null : load();
}
