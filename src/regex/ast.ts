// The regex syntax tree shared by the Perl and POSIX front ends and the compiler.
// Flags in force (i, s, m) are resolved into the nodes by the parser, so the
// compiler never needs to know which modifiers were active where.

/** One member of a bracketed class or a class escape such as `\w`. */
export type ClassItem =
  | 'd' | 'D' | 'w' | 'W' | 's' | 'S' | 'h' | 'H' | 'v' | 'V'
  | `p:${string}` // POSIX class, e.g. p:alpha
  | `P:${string}` // negated POSIX class [:^alpha:]
  | `u:${string}` // Unicode property \p{..}, JS property name
  | `U:${string}`; // negated Unicode property \P{..}

/** A character set: literal code point ranges (lo, hi pairs) plus named items. */
export interface ClassSet {
  readonly neg: boolean;
  readonly ranges: readonly number[];
  readonly items: readonly ClassItem[];
  /** true when the set must be tested with case folding */
  readonly ci: boolean;
}

export type AssertKind =
  | 'bol' // ^ without /m: start of string
  | 'mbol' // ^ with /m
  | 'eol' // $ without /m: end, or before a final newline
  | 'meol' // $ with /m
  | 'A' | 'z' | 'Z' | 'b' | 'B' | 'G';

export type QuantMode = 'greedy' | 'lazy' | 'possessive';

export type Node =
  | { readonly t: 'empty' }
  | { readonly t: 'char'; readonly cp: number; readonly ci: boolean }
  | { readonly t: 'any'; readonly nl: boolean }
  | { readonly t: 'class'; readonly set: ClassSet }
  | { readonly t: 'seq'; readonly items: readonly Node[] }
  | { readonly t: 'alt'; readonly alts: readonly Node[] }
  | { readonly t: 'group'; readonly index: number; readonly body: Node }
  | { readonly t: 'quant'; readonly body: Node; readonly min: number; readonly max: number; readonly mode: QuantMode }
  | { readonly t: 'assert'; readonly kind: AssertKind }
  | { readonly t: 'look'; readonly behind: boolean; readonly neg: boolean; readonly body: Node }
  | { readonly t: 'atomic'; readonly body: Node }
  | { readonly t: 'backref'; readonly groups: readonly number[]; readonly ci: boolean }
  | { readonly t: 'cond'; readonly groups: readonly number[]; readonly yes: Node; readonly no: Node }
  /** (?(R)..), (?(Rn)..), (?(R&name)..): true inside a recursion (into group `group`; -1 any) */
  | { readonly t: 'condr'; readonly group: number; readonly yes: Node; readonly no: Node }
  /** (?N), (?R), (?&name): match group `group`'s body (0 = the whole pattern) as a subroutine */
  | { readonly t: 'call'; readonly group: number; /** the called group (or whole pattern), linked after parsing */ target?: Node }
  /** (?(DEFINE)...): never matched in place, only called */
  | { readonly t: 'define'; readonly body: Node }
  | { readonly t: 'keep' }
  | { readonly t: 'fail' };

/** Infinite upper bound of a quantifier. */
export const INF = -1;

/** A parsed pattern: the tree plus what the match results need to know. */
export interface ParsedRegex {
  readonly node: Node;
  /** number of capture groups */
  readonly ngroups: number;
  /** group names in order of first appearance, each with its group numbers */
  readonly names: readonly (readonly [string, readonly number[]])[];
}

/** A pattern that failed to compile: perl's text up to and including `m/.../`. */
export interface RegexError {
  readonly error: true;
  readonly message: string;
  /** offset in the pattern (code units) where perl puts `<-- HERE`, or -1 */
  readonly offset: number;
}

/** Returns true when `x` is a RegexError. */
export function isRegexError(x: unknown): x is RegexError {
  return typeof x === 'object' && x !== null && (x as { error?: unknown }).error === true;
}
