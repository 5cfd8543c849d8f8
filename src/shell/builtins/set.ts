/** set and shopt: shell options and positional parameters. */
import type { Gen } from '../../programs/runtime.ts';
import { quoteIfNeeded } from '../quote.ts';
import type { Shell } from '../shell.ts';
import type { ShellOptions } from '../state.ts';
import { getValues, lookup, visibleNames } from '../vars.ts';
import { cmdFuncText } from './func-text.ts';
import type { Builtin } from './types.ts';

const LETTERS: Record<string, keyof ShellOptions> = {
  a: 'allexport', e: 'errexit', f: 'noglob', h: 'hashall', m: 'monitor', n: 'noexec', u: 'nounset',
  v: 'verbose', x: 'xtrace', B: 'braceexpand', C: 'noclobber', H: 'histexpand', b: 'notify',
  E: 'errtrace', T: 'functrace',
};

const LONG_NAMES = ['allexport', 'braceexpand', 'emacs', 'errexit', 'errtrace', 'functrace', 'hashall', 'histexpand', 'history',
  'ignoreeof', 'interactive-comments', 'keyword', 'monitor', 'noclobber', 'noexec', 'noglob', 'nolog', 'notify', 'nounset',
  'onecmd', 'physical', 'pipefail', 'posix', 'privileged', 'verbose', 'vi', 'xtrace'];

function getOpt(sh: Shell, name: string): boolean {
  if (name === 'interactive-comments') return true;
  const o = sh.st.opts as unknown as Record<string, boolean>;
  return Object.prototype.hasOwnProperty.call(o, name) ? o[name]! : false;
}

function setOpt(sh: Shell, name: string, on: boolean): boolean {
  if (!LONG_NAMES.includes(name)) return false;
  const o = sh.st.opts as unknown as Record<string, boolean>;
  if (Object.prototype.hasOwnProperty.call(o, name)) o[name] = on;
  if (name === 'vi' && on) sh.st.opts.emacs = false;
  if (name === 'emacs' && on) sh.st.opts.vi = false;
  return true;
}

/** Apply -e / +x / -o name style options (from the command line or `set`). */
export function* setBuiltinOptions(sh: Shell, opts: string[]): Gen<boolean> {
  for (const s of opts) {
    const on = s[0] === '-';
    if (s.length > 2 && (s.startsWith('-o') || s.startsWith('+o'))) {
      if (!setOpt(sh, s.slice(2), on)) {
        yield* sh.error(`set: ${s.slice(2)}: invalid option name`);
        return false;
      }
      continue;
    }
    const name = LETTERS[s[1]!];
    if (!name) {
      yield* sh.error(`set: ${s}: invalid option`);
      return false;
    }
    (sh.st.opts as unknown as Record<string, boolean>)[name] = on;
  }
  return true;
}

function* listOptions(sh: Shell, plus: boolean): Gen<void> {
  for (const n of LONG_NAMES) {
    const on = getOpt(sh, n);
    yield* sh.out(plus ? `set ${on ? '-' : '+'}o ${n}\n` : `${n.padEnd(15)}\t${on ? 'on' : 'off'}\n`);
  }
}

function* listAll(sh: Shell): Gen<void> {
  for (const n of visibleNames(sh.st)) {
    const v = lookup(sh.st, n);
    if (!v?.val) continue;
    if (v.val.k === 'str') yield* sh.out(`${n}=${quoteIfNeeded(v.val.v)}\n`);
    else {
      const vals = getValues(sh.st, n);
      const keys = v.val.k === 'idx' ? [...v.val.v.keys()].sort((a, b) => a - b).map(String) : [...v.val.v.keys()];
      yield* sh.out(`${n}=(${keys.map((k, i) => `[${k}]="${vals[i]}"`).join(' ')})\n`);
    }
  }
  for (const f of [...sh.st.funcs.keys()].sort()) yield* sh.out(cmdFuncText(sh.st.funcs.get(f)!) + '\n');
}

export const set: Builtin = function* (sh, argv) {
  const args = argv.slice(1);
  if (args.length === 0) {
    yield* listAll(sh);
    return 0;
  }
  const opts: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      i++;
      sh.st.positional = args.slice(i);
      return 0;
    }
    if (a === '-' ) {
      sh.st.opts.xtrace = false;
      sh.st.opts.verbose = false;
      i++;
      break;
    }
    if (a === '-o' || a === '+o') {
      const name = args[i + 1];
      if (name === undefined) {
        yield* listOptions(sh, a === '+o');
        return 0;
      }
      opts.push(a + name);
      i++;
      continue;
    }
    if (/^[-+][a-zA-Z]+$/.test(a)) {
      for (const c of a.slice(1)) opts.push(a[0] + c);
      continue;
    }
    break;
  }
  if (!(yield* setBuiltinOptions(sh, opts))) return 2;
  if (i < args.length) sh.st.positional = args.slice(i);
  return 0;
};

export const shopt: Builtin = function* (sh, argv) {
  let mode: 's' | 'u' | 'p' | null = null;
  let quiet = false, useSetO = false;
  let args = argv.slice(1);
  while (args[0] && /^-[supqo]+$/.test(args[0])) {
    for (const c of args[0].slice(1)) {
      if (c === 's' || c === 'u') mode = c;
      else if (c === 'q') quiet = true;
      else if (c === 'o') useSetO = true;
      else if (c === 'p') mode = mode ?? 'p';
    }
    args = args.slice(1);
  }
  const table = sh.st.shopt;
  let status = 0;
  if (mode === 's' || mode === 'u') {
    for (const n of args) {
      if (useSetO) {
        if (!setOpt(sh, n, mode === 's')) status = 1;
        continue;
      }
      if (!table.has(n)) {
        yield* sh.error(`shopt: ${n}: invalid shell option name`);
        status = 1;
        continue;
      }
      table.set(n, mode === 's');
    }
    return status;
  }
  const names = args.length ? args : [...table.keys()].sort();
  for (const n of names) {
    const v = useSetO ? getOpt(sh, n) : table.get(n);
    if (v === undefined) {
      yield* sh.error(`shopt: ${n}: invalid shell option name`);
      status = 1;
      continue;
    }
    if (!v) status = 1;
    if (quiet) continue;
    yield* sh.out(mode === 'p' ? `shopt ${v ? '-s' : '-u'} ${n}\n` : `${n.padEnd(15)}\t${v ? 'on' : 'off'}\n`);
  }
  return args.length ? status : 0;
};
