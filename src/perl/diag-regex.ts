/**
 * Compile-time checks of literal patterns (perl compiles a pattern without
 * variables when it compiles the program): a malformed pattern is a fatal
 * error, and an unknown escape outside a character class warns
 * (regcomp.c "Unrecognized escape \%c passed through").
 */
import { compile, isRegexError } from '../regex/index.ts';

/** Letters that are regex escapes (perlrebackslash); any other letter warns. */
const KNOWN = new Set('aAbBcdDeEfFgGhHkKlLnNopPQrRsStuUvVwWxXzZ'.split(''));

/** perl's fatal message for an invalid literal pattern, or null. */
export function patternError(literal: string, flags: string): string | null {
  const r = compile(literal, flags.replace(/[^msixpnaul]/g, ''));
  // A feature this engine lacks is reported when the match runs, not as perl's syntax error.
  return isRegexError(r) && !/not supported/.test(r.message) ? r.message : null;
}

/** The unknown-escape warnings of a literal pattern (without " at FILE line N."). */
export function patternWarnings(literal: string): string[] {
  const out: string[] = [];
  let inClass = false;
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i]!;
    if (c === '\\') {
      const n = literal[i + 1] ?? '';
      if (!inClass && /[A-Za-z]/.test(n) && !KNOWN.has(n)) {
        out.push(`Unrecognized escape \\${n} passed through in regex; marked by <-- HERE in m/${literal.slice(0, i + 2)} <-- HERE ${literal.slice(i + 2)}/`);
      }
      i++;
    } else if (c === '[' && !inClass) {
      inClass = true;
      if (literal[i + 1] === '^') i++;
      if (literal[i + 1] === ']') i++;
    } else if (c === ']' && inClass) inClass = false;
  }
  return out;
}
