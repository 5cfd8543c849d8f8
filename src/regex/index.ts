// The regex engine's public API.
//
//   const re = compile('(\\w+)@(\\w+)', 'i');       // Regex | RegexError
//   if (isRegexError(re)) die(`${re.message} at ${file} line ${n}.\n`);
//   exec(re, 'me@host')                            // MatchResult | null | RegexError
//
// Preemptible use (the Perl VM, grep, sed, awk):
//   const st = startMatch(re, subject, start, { gpos, notEmptyAt });
//   switch (runMatch(st, quantum)) { 'budget' → keep st in the process image, resume
//   later with runMatch(st, ...); 'match' → matchResult(st); 'fail' → no match, unless
//   st.error is set: then perl dies with that text (e.g. "Infinite recursion in regex") }
// A MatchState is plain data (it holds the frozen Regex), so fork may deep-copy it.
//
// Flags: i m s x xx n (no capture) and a/u/d/l (charset; l is treated as d). The
// operator flags g c e r o are the caller's business and are ignored here.

import type { RegexError } from './ast.ts';
import { isRegexError } from './ast.ts';
import { compileProgram } from './compile.ts';
import { matchResult, runMatch, startMatch, type MatchOptions, type MatchResult } from './match.ts';
import { parseRegex, type Flags } from './parse.ts';
import type { Charset, Program } from './program.ts';

export type { RegexError } from './ast.ts';
export type { MatchOptions, MatchResult, MatchState, MatchStatus } from './match.ts';
export type { Program } from './program.ts';
export { isRegexError } from './ast.ts';
export { isWide, matchResult, runMatch, startMatch } from './match.ts';
export { disassemble } from './program.ts';

/** A compiled pattern: a frozen plain-data program. */
export type Regex = Program;

/** Steps allowed to the non-preemptible helpers before they give up. */
export const DEFAULT_BUDGET = 50_000_000;

const CACHE_MAX = 512;
const cache = new Map<string, Regex | RegexError>();

function parseFlags(flags: string): { f: Flags; charset: Charset } {
  const f: Flags = { i: false, m: false, s: false, x: false, xx: false, n: false };
  let charset: Charset = 'd';
  for (let i = 0; i < flags.length; i++) {
    const c = flags[i];
    if (c === 'x') { if (f.x) f.xx = true; f.x = true; } else if (c === 'i' || c === 'm' || c === 's' || c === 'n') f[c] = true;
    else if (c === 'a') charset = 'a';
    else if (c === 'u') charset = 'u';
  }
  return { f, charset };
}

/** Compiles a Perl pattern (after interpolation) with modifier letters `flags`. Cached. */
export function compile(pattern: string, flags = ''): Regex | RegexError {
  const key = `${flags}\0${pattern}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const out = compileUncached(pattern, flags);
  cache.set(key, out);
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value!);
  return out;
}

function compileUncached(pattern: string, flags: string): Regex | RegexError {
  const { f, charset } = parseFlags(flags);
  const parsed = parseRegex(pattern, f);
  if (isRegexError(parsed)) return parsed;
  return compileProgram(parsed, { charset, patternUni: parsed.uni && charset !== 'a', source: pattern, flags });
}

function budgetError(re: Regex): RegexError {
  return { error: true, message: `Regex step budget exceeded in regex m/${re.source}/`, offset: -1 };
}

/** One match from `start`, run to completion within `budget` steps; a RegexError when perl would die. */
export function exec(re: Regex, subject: string, start = 0, opts: MatchOptions = {}, budget = DEFAULT_BUDGET): MatchResult | null | RegexError {
  const st = startMatch(re, subject, start, opts);
  const r = runMatch(st, budget);
  if (r === 'budget') return budgetError(re);
  if (st.error !== null) return { error: true, message: st.error, offset: -1 };
  return r === 'match' ? matchResult(st) : null;
}

/** Every match as perl's list-context //g finds them (an empty match never repeats where the last one ended). */
export function matchAll(re: Regex, subject: string, budget = DEFAULT_BUDGET): MatchResult[] | RegexError {
  const out: MatchResult[] = [];
  let pos = 0;
  let notEmptyAt = -1;
  let left = budget;
  const uni = startMatch(re, subject, 0).uni;
  while (pos <= subject.length) {
    const st = startMatch(re, subject, pos, { gpos: pos, notEmptyAt, uni });
    const r = runMatch(st, left);
    left -= st.steps;
    if (r === 'budget') return budgetError(re);
    if (st.error !== null) return { error: true, message: st.error, offset: -1 };
    if (r === 'fail') break;
    const m = matchResult(st)!;
    out.push(m);
    const end = m.offsets[1];
    notEmptyAt = end === m.offsets[0] ? end : -1;
    pos = end;
  }
  return out;
}

/** The group number %+ uses for `name`: the leftmost group of that name that matched; -1 if none. */
export function namedGroup(re: Regex, m: MatchResult, name: string): number {
  const entry = re.names.find(([n]) => n === name);
  if (!entry) return -1;
  for (const g of entry[1]) if (m.offsets[2 * g] >= 0) return g;
  return -1;
}

/** Converts a code-unit offset in `s` to a character (code point) offset, as perl's @- reports. */
export function unitsToChars(s: string, offset: number): number {
  let n = offset;
  for (let i = 0; i < offset - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}
