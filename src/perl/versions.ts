/**
 * Version numbers: v-string literals, `use VERSION`, `no VERSION` and
 * `require VERSION` (perlfunc "require", "use"), checked against this
 * engine's perl, 5.36.0. A version is written as a decimal (`5.010`, whose
 * fraction goes in groups of three digits: 5.010 is v5.10.0, 5.6 is
 * v5.600.0) or as a dotted string (`v5.36`, `5.36.0`).
 */
/** The perl this engine is: $^V and the yardstick of `use VERSION`. */
export const PERL_VERSION = [5, 36, 0] as const;

export interface Version {
  parts: number[];
  /** Written dotted (v1.2 or 1.2.3): perl's "qv" versions. */
  dotted: boolean;
  /** As written, underscores removed. */
  text: string;
}

/** Parse a version literal as `use`/`require` take it; null when it is none. */
export function parseVersion(written: string): Version | null {
  const text = written.replace(/_/g, '');
  if (!/^v?\d+(\.\d+)*$/.test(text)) return null;
  const dotted = text.startsWith('v') || (text.match(/\./g) ?? []).length >= 2;
  if (dotted) return { parts: text.replace(/^v/, '').split('.').map(Number), dotted, text };
  const [int, frac = ''] = text.split('.');
  const parts = [Number(int)];
  for (let i = 0; i < frac.length; i += 3) parts.push(Number(frac.slice(i, i + 3).padEnd(3, '0')));
  return { parts, dotted, text };
}

/** perl's vnormal: "v" and at least three dotted parts. */
export function vnormal(parts: readonly number[]): string {
  const p = [...parts];
  while (p.length < 3) p.push(0);
  return 'v' + p.join('.');
}

/** perl's vcmp: compare part by part, missing parts being 0. */
export function vcmp(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}

/**
 * The complaint of `use VERSION` / `require VERSION` (or of `no VERSION`
 * when `no`) against this perl, without perl's " at FILE line N."; null
 * when the version is satisfied. Follows pp_require: a decimal that looks
 * like a mistyped dotted version gets a "did you mean" hint.
 */
export function versionComplaint(v: Version, no: boolean): string | null {
  const mine = vnormal(PERL_VERSION);
  const cmp = vcmp(v.parts, PERL_VERSION);
  if (no) return cmp <= 0 ? `Perls since ${vnormal(v.parts)} too modern--this is ${mine}, stopped` : null;
  if (cmp <= 0) return null;
  const first = v.parts[0]!;
  if (first > PERL_VERSION[0] || v.dotted || v.parts.length > 2 || v.text.includes('.0')) return `Perl ${vnormal(v.parts)} required--this is only ${mine}, stopped`;
  let second = v.parts[1] ?? 0;
  second = Math.trunc(second / (second >= 600 ? 100 : 10));
  return `Perl ${vnormal(v.parts)} required (did you mean ${vnormal([first, second])}?)--this is only ${mine}, stopped`;
}

/** The characters of a v-string literal (`v1.22.333`, `65.66.67`). */
export function vstringChars(text: string): string {
  return text.replace(/^v/, '').split('.').map((n) => String.fromCodePoint(Math.min(Number(n.replace(/_/g, '')), 0x10ffff))).join('');
}
