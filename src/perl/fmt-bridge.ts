/**
 * The one seam between the engine and the formatting helpers in fmt/
 * (perl's number <-> string conversions, sprintf, string increment). The
 * engine keeps numbers as JS doubles; 64-bit integers from fmt/ are
 * converted at this boundary.
 */
import { numToStr as fmtNumToStr, parseNumber, incrementString, toNV, notNumericDisplay } from './fmt/number.ts';
import { generalText } from './fmt/float-text.ts';

/** Perl's number-to-string ("%.15g", Inf/NaN). */
export function numToStr(n: number): string {
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
