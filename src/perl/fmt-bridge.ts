/**
 * The one seam between the engine and the formatting helpers in fmt/
 * (perl's number <-> string conversions, sprintf, string increment). The
 * engine keeps numbers as JS doubles; 64-bit integers from fmt/ are
 * converted at this boundary.
 */
import { numToStr as fmtNumToStr, parseNumber, incrementString, toNV, notNumericDisplay } from './fmt/number.ts';
import { generalText } from './fmt/float-text.ts';

/** Texts of small non-negative integers, made once: hash keys and loop counters reuse one string (and its hash). */
const SMALL_INT_MAX = 65536;
const SMALL_INT_TEXT: string[] = new Array<string>(SMALL_INT_MAX);

/** Perl's number-to-string ("%.15g", Inf/NaN). */
export function numToStr(n: number): string {
  if (n >= 0 && n < SMALL_INT_MAX && (n | 0) === n && !Object.is(n, -0)) return SMALL_INT_TEXT[n] ??= String(n);
  return fmtNumToStr(n);
}

/** C's %g with `prec` significant digits. */
export function fmtG(n: number, prec: number, alt: boolean): string {
  return generalText(n, prec, false, alt);
}

/** Result of perl's numeric parse of a string: value and whether all of it was numeric. */
export interface NumParse { n: number; ok: boolean }

/** Perl's grok_number: leading space, sign, decimal, exponent, Inf/NaN; the rest ignored. */
export function strToNum(s: string): NumParse {
  const p = parseNumber(s);
  return { n: toNV(p.value), ok: p.numeric };
}

/** Perl's magic string increment ("aa9" -> "ab0", "Zz" -> "AAa"); null when not applicable. */
export function strInc(s: string): string | null {
  return incrementString(s) ?? null;
}

/** The text perl quotes in `Argument "..." isn't numeric`. */
export const argText = notNumericDisplay;

export { sprintf as perlSprintf } from './fmt/sprintf.ts';
