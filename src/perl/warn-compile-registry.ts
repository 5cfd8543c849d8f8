/**
 * The warning categories of perl 5.36 (perldoc warnings, "Category
 * Hierarchy") and the lexical warnings state the compiler keeps per scope:
 * `use warnings LIST` / `no warnings LIST` change it, a block restores it.
 *
 * A state is plain data (it is stored in eval scopes inside the image):
 * `std` is true while no warnings pragma is in effect (perl's pWARN_STD),
 * when only default warnings (ckWARN_d) and `-w` / `$^W` apply.
 */

/** Parent category -> its sub-categories. */
const TREE: Record<string, string[]> = {
  io: ['closed', 'exec', 'layer', 'newline', 'pipe', 'unopened', 'syscalls'],
  severe: ['debugging', 'inplace', 'internal', 'malloc'],
  syntax: ['ambiguous', 'bareword', 'digit', 'illegalproto', 'parenthesis', 'precedence', 'printf', 'prototype', 'qw', 'reserved', 'semicolon'],
  utf8: ['surrogate', 'nonchar', 'non_unicode'],
};

const TOP = ['closure', 'deprecated', 'exiting', 'glob', 'io', 'imprecision', 'locale', 'misc', 'missing', 'numeric',
  'once', 'overflow', 'pack', 'portable', 'recursion', 'redefine', 'redundant', 'regexp', 'severe', 'shadow', 'signal',
  'substr', 'syntax', 'taint', 'threads', 'uninitialized', 'unpack', 'untie', 'utf8', 'void', 'experimental'];

/** Every leaf and parent name `use warnings` accepts. */
export const CATEGORIES: ReadonlySet<string> = new Set([...TOP, ...Object.values(TREE).flat()]);

export interface WarnState {
  /** `use warnings FATAL => ...` in force: run-time warnings die. */
  fatal?: boolean;
  /** No `use warnings`/`no warnings` seen: default warnings and $^W rule. */
  std: boolean;
  /** `-w` or `BEGIN { $^W = 1 }` seen: every category on where `std`. */
  dollarW: boolean;
  /** Enabled categories (leaves and parents, names as in CATEGORIES). */
  on: string[];
  /** Categories switched off by `no warnings` (and not switched on again since). */
  off?: string[];
}

export const STD_WARNINGS: WarnState = { std: true, dollarW: false, on: [] };

function expand(word: string): string[] {
  if (word === 'all') return [...CATEGORIES];
  if (word.startsWith('experimental')) return [word];
  return [word, ...(TREE[word] ?? [])];
}

/**
 * The state after `use warnings WORDS` (on) or `no warnings WORDS` (off).
 * No words means 'all'. FATAL/NONFATAL only change how a warning is raised
 * at run time and do not change what is enabled here.
 */
export function applyWarnings(cur: WarnState, on: boolean, words: string[]): WarnState {
  const ws = words.filter((w) => w !== 'FATAL' && w !== 'NONFATAL');
  const names = (ws.length ? ws : ['all']).flatMap(expand);
  const set = new Set(cur.std ? (cur.dollarW ? CATEGORIES : []) : cur.on);
  for (const n of names) { if (on) set.add(n); else set.delete(n); }
  // A parent with every child off is off; a parent switched off turns its children off above.
  for (const [parent, kids] of Object.entries(TREE)) if (!on && kids.every((k) => !set.has(k))) set.delete(parent);
  const off = new Set(cur.off ?? []);
  for (const n of names) { if (on) off.delete(n); else off.add(n); }
  // FATAL makes the enabled run-time warnings die (one flag per statement, like the warnings flag).
  const fatal = on && words.includes('FATAL') ? true : words.includes('NONFATAL') || (!on && !ws.length) ? false : cur.fatal;
  return { std: false, dollarW: cur.dollarW, on: [...set], off: [...off], fatal };
}

/** perl -W (every warning) or -X (none) while the main program is compiled. */
let forced: 'all' | 'none' | null = null;

/** Run `fn` (a compilation) with -W or -X overriding every pragma; `mode` null changes nothing. */
export function withForcedWarnings<T>(mode: 'all' | 'none' | null, fn: () => T): T {
  const prev = forced;
  forced = mode;
  try { return fn(); } finally { forced = prev; }
}

/** ckWARN: is `cat` enabled (a lexical warning, or -w where no pragma applies)? */
export function warnOn(st: WarnState, cat: string): boolean {
  if (forced) return forced === 'all';
  if (st.std) return st.dollarW;
  return st.on.includes(cat);
}

/** ckWARN_d: a default-on warning, silenced only by `no warnings`. */
export function warnOnDefault(st: WarnState, cat: string): boolean {
  if (forced) return forced === 'all';
  return st.std || st.on.includes(cat);
}

/** Categories whose warnings are raised while the program runs. */
const RUNTIME = ['uninitialized', 'numeric', 'recursion', 'misc', 'substr', 'closed', 'unopened', 'newline', 'pipe', 'exec',
  'exiting', 'signal', 'pack', 'unpack', 'overflow', 'printf', 'missing', 'redundant', 'layer', 'utf8'];

/**
 * The one run-time warnings flag a statement carries (NEXTSTATE has a single
 * bit): on where 'uninitialized' (the commonest run-time warning) is on and
 * no run-time category has been switched off, so `no warnings 'X'` for any
 * of them silences the statements of its scope (a wrong extra warning is
 * worse than a missing one).
 */
export function runtimeWarnFlag(st: WarnState): boolean {
  if (forced) return forced === 'all';
  return warnOn(st, 'uninitialized') && !RUNTIME.some((c) => st.off?.includes(c));
}

/** A warning found while parsing, checked against the compiler's scope at its statement. */
export interface ParseDiag {
  cat: string;
  /** true: a default-on (ckWARN_d) warning. */
  dflt?: boolean;
  /** The complete message, newline-terminated. */
  msg: string;
  /** Raised by perl's peephole pass (after parsing) rather than while parsing. */
  phase?: 'peep';
}
