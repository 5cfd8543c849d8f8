/**
 * The directory stack: dirs, pushd, popd (bash(1) SHELL BUILTIN COMMANDS).
 * Entry 0 is the current directory ($PWD); st.dirstack holds entries 1..n.
 * DIRSTACK reads the same list (see Shell.specialArray).
 */
import type { Gen } from '../../programs/runtime.ts';
import type { Shell } from '../shell.ts';
import { getScalar } from '../vars.ts';
import { cd } from './core.ts';
import type { Builtin } from './types.ts';

const USAGE: Record<string, string> = {
  dirs: 'dirs: usage: dirs [-clpv] [+N] [-N]',
  pushd: 'pushd: usage: pushd [-n] [+N | -N | dir]',
  popd: 'popd: usage: popd [-n] [+N | -N]',
};

/** The whole stack, current directory first. */
export function dirStack(sh: Shell): string[] {
  return [getScalar(sh.st, 'PWD') ?? sh.sys.getcwd(), ...sh.st.dirstack];
}

/** A directory as `dirs` shows it: $HOME abbreviated to ~. */
function polite(sh: Shell, d: string): string {
  const home = getScalar(sh.st, 'HOME');
  if (!home || home.length < 2 || !d.startsWith(home)) return d;
  const rest = d.slice(home.length);
  return rest === '' || rest.startsWith('/') ? '~' + rest : d;
}

function* usageError(sh: Shell, name: string, msg: string): Gen<number> {
  yield* sh.error(`${name}: ${msg}`);
  yield* sh.write(2, USAGE[name]! + '\n');
  return 2;
}

/** "+N"/"-N" -> index into a stack of `len` entries; null if not a number. */
function parseIndex(a: string, len: number): { i: number } | null {
  if (!/^[+-]\s*[0-9]+$/.test(a)) return null;
  const n = Number(a.slice(1));
  return { i: a[0] === '+' ? n : len - 1 - n };
}

/** Report a bad index: an empty stack says so, otherwise the index is out of range. */
function* rangeError(sh: Shell, name: string, shown: string): Gen<number> {
  yield* sh.error(sh.st.dirstack.length === 0 ? `${name}: directory stack empty` : `${name}: ${shown}: directory stack index out of range`);
  return 1;
}

interface Show {
  long: boolean;
  lines: boolean;
  numbered: boolean;
}

function* show(sh: Shell, o: Show, only: number | null = null): Gen<void> {
  const all = dirStack(sh).map((d, i) => ({ d: o.long ? d : polite(sh, d), i }));
  const list = only === null ? all : [all[only]!];
  if (o.numbered) yield* sh.out(list.map((e) => `${String(e.i).padStart(2)}  ${e.d}\n`).join(''));
  else if (o.lines) yield* sh.out(list.map((e) => e.d + '\n').join(''));
  else yield* sh.out(list.map((e) => e.d).join(' ') + '\n');
}

const SHORT: Show = { long: false, lines: false, numbered: false };

export const dirs: Builtin = function* (sh, argv) {
  const o: Show = { ...SHORT };
  let clear = false;
  let only: string | null = null;
  for (const a of argv.slice(1)) {
    if (a === '-c') clear = true;
    else if (a === '-l') o.long = true;
    else if (a === '-p') o.lines = true;
    else if (a === '-v') o.numbered = true;
    else if (a === '--') continue;
    else if (a.startsWith('+') || a.startsWith('-')) {
      if (!parseIndex(a, 1)) return yield* usageError(sh, 'dirs', `${a}: invalid number`);
      only = a;
    } else return yield* usageError(sh, 'dirs', `${a}: invalid option`);
  }
  if (clear) {
    sh.st.dirstack = [];
    return 0;
  }
  if (only !== null) {
    const { i } = parseIndex(only, sh.st.dirstack.length + 1)!;
    if (i < 0 || i > sh.st.dirstack.length) return yield* rangeError(sh, 'dirs', only.slice(1));
    yield* show(sh, o, i);
    return 0;
  }
  yield* show(sh, o);
  return 0;
};

/** cd for pushd/popd (its messages carry their name); 0 on success. */
function* changeTo(sh: Shell, name: string, dir: string): Gen<number> {
  return yield* cd(sh, [name, '--', dir]);
}

export const pushd: Builtin = function* (sh, argv) {
  let noCd = false;
  const rest: string[] = [];
  let args = argv.slice(1);
  while (args[0] === '-n') {
    noCd = true;
    args = args.slice(1);
  }
  if (args[0] === '--') args = args.slice(1);
  for (const a of args) {
    if (/^-./.test(a) && !parseIndex(a, 1)) return yield* usageError(sh, 'pushd', `${a}: invalid number`);
    rest.push(a);
  }
  if (rest.length > 1) {
    yield* sh.error('pushd: too many arguments');
    return 1;
  }
  const arg = rest[0];
  if (arg === undefined) {
    if (sh.st.dirstack.length === 0) {
      yield* sh.error('pushd: no other directory');
      return 1;
    }
    return yield* swap(sh, noCd);
  }
  const ix = /^[+-]/.test(arg) ? parseIndex(arg, sh.st.dirstack.length + 1) : null;
  if (ix) {
    if (sh.st.dirstack.length === 0 || ix.i < 0 || ix.i > sh.st.dirstack.length) return yield* rangeError(sh, 'pushd', arg);
    return yield* rotate(sh, ix.i, noCd);
  }
  if (noCd) {
    sh.st.dirstack.unshift(arg);
  } else {
    const old = dirStack(sh)[0]!;
    if ((yield* changeTo(sh, 'pushd', arg)) !== 0) return 1;
    sh.st.dirstack.unshift(old);
  }
  yield* show(sh, SHORT);
  return 0;
};

/** pushd alone: the top two entries trade places. */
function* swap(sh: Shell, noCd: boolean): Gen<number> {
  const [cur, next] = dirStack(sh) as [string, string];
  if (!noCd && (yield* changeTo(sh, 'pushd', next)) !== 0) return 1;
  sh.st.dirstack[0] = cur;
  yield* show(sh, SHORT);
  return 0;
}

/** pushd +N: entry N comes to the top (the entries before it go to the bottom) and becomes the directory. */
function* rotate(sh: Shell, n: number, noCd: boolean): Gen<number> {
  if (n === 0) {
    yield* show(sh, SHORT);
    return 0;
  }
  const all = dirStack(sh);
  const next = [...all.slice(n), ...all.slice(0, n)];
  if (noCd) {
    sh.st.dirstack = next.slice(1);
    yield* show(sh, SHORT);
    return 0;
  }
  sh.st.dirstack = next.slice(1);
  if ((yield* changeTo(sh, 'pushd', next[0]!)) !== 0) return 1;
  yield* show(sh, SHORT);
  return 0;
}

export const popd: Builtin = function* (sh, argv) {
  let noCd = false;
  let which: string | null = null;
  for (const a of argv.slice(1)) {
    if (a === '-n') noCd = true;
    else if (a === '--') continue;
    else if (/^[+-]/.test(a)) {
      if (!parseIndex(a, 1)) return yield* usageError(sh, 'popd', `${a}: invalid number`);
      which = a;
    } else return yield* usageError(sh, 'popd', `${a}: invalid argument`);
  }
  const len = sh.st.dirstack.length + 1;
  let i = noCd ? 1 : 0;
  if (which !== null) {
    i = parseIndex(which, len)!.i;
    if (sh.st.dirstack.length === 0 || i < 0 || i >= len) return yield* rangeError(sh, 'popd', which);
  } else if (sh.st.dirstack.length === 0) {
    yield* sh.error('popd: directory stack empty');
    return 1;
  }
  if (i === 0 && !noCd) {
    const top = sh.st.dirstack[0]!;
    if ((yield* changeTo(sh, 'popd', top)) !== 0) return 1;
    sh.st.dirstack.shift();
  } else sh.st.dirstack.splice(Math.max(i, 1) - 1, 1);
  yield* show(sh, SHORT);
  return 0;
};
