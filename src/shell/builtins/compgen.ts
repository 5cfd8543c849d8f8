/**
 * compgen: the words a completion would offer (bash(1) Programmable
 * Completion), for the actions that need no completion specs: -W wordlist,
 * -v -e -a -b -k -A function/variable/alias/builtin/keyword/export,
 * -f -d (files), -P/-S (prefix, suffix). Other options fail with a message.
 */
import type { Gen } from '../../programs/runtime.ts';
import type { Shell } from '../shell.ts';
import { getScalar, lookup, visibleNames } from '../vars.ts';
import { KEYWORDS } from './misc.ts';
import type { Builtin } from './types.ts';

const USAGE =
  'compgen: usage: compgen [-abcdefgjksuv] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]';
const ACTIONS: Record<string, string> = { a: 'alias', b: 'builtin', d: 'directory', e: 'export', f: 'file', k: 'keyword', v: 'variable', A: '' };
const NAMED = new Set(['alias', 'builtin', 'directory', 'export', 'file', 'keyword', 'variable', 'function']);
const OTHER_ACTIONS = new Set(['arrayvar', 'binding', 'command', 'disabled', 'enabled', 'group', 'helptopic', 'hostname', 'job', 'running', 'service', 'setopt', 'shopt', 'signal', 'stopped', 'user']);
const UNSUPPORTED = new Set(['c', 'g', 'j', 's', 'u', 'o', 'G', 'F', 'C', 'X']);

interface Req {
  actions: string[];
  words: string | null;
  prefix: string;
  suffix: string;
  word: string;
}

/** Parse compgen's options; a string is an error to report (with the status). */
function parse(argv: string[]): Req | { err: string; usage: boolean } {
  const r: Req = { actions: [], words: null, prefix: '', suffix: '', word: '' };
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') { i++; break; }
    if (!/^-./.test(a)) break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      const takes = 'AWPSoGFCX'.includes(c);
      let val: string | undefined;
      if (takes) {
        val = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
        if (val === undefined) return { err: `-${c}: option requires an argument`, usage: true };
      }
      if (UNSUPPORTED.has(c)) return { err: `-${c}: not supported on this machine`, usage: false };
      if (c === 'W') r.words = val!;
      else if (c === 'P') r.prefix = val!;
      else if (c === 'S') r.suffix = val!;
      else if (c === 'A') {
        if (OTHER_ACTIONS.has(val!)) return { err: `-A ${val}: not supported on this machine`, usage: false };
        if (!NAMED.has(val!)) return { err: `${val}: invalid action name`, usage: false };
        r.actions.push(val!);
      } else if (c in ACTIONS) r.actions.push(ACTIONS[c]!);
      else return { err: `-${c}: invalid option`, usage: true };
      if (takes) break;
    }
  }
  r.word = argv[i] ?? '';
  return r;
}

function* files(sh: Shell, word: string, dirsOnly: boolean): Gen<string[]> {
  const slash = word.lastIndexOf('/');
  const dir = slash < 0 ? '' : word.slice(0, slash + 1);
  const base = word.slice(slash + 1);
  const names = (yield* sh.readdir(dir || '.')) ?? [];
  const out: string[] = [];
  for (const n of names) {
    if (!n.startsWith(base)) continue;
    if (dirsOnly && !(yield* sh.isDir(dir + n))) continue;
    out.push(dir + n);
  }
  return out;
}

function* candidates(sh: Shell, action: string, word: string, builtins: Set<string>): Gen<string[]> {
  const st = sh.st;
  const pre = (l: Iterable<string>): string[] => [...l].filter((n) => n.startsWith(word));
  switch (action) {
    case 'alias': return pre([...st.aliases.keys()].sort());
    case 'builtin': return pre([...builtins].sort());
    case 'keyword': return pre(KEYWORDS);
    case 'function': return pre([...st.funcs.keys()].sort());
    case 'variable': return pre(visibleNames(st).filter((n) => lookup(st, n)?.val));
    case 'export': return pre(visibleNames(st).filter((n) => lookup(st, n)?.exported && lookup(st, n)?.val));
    case 'file': return yield* files(sh, word, false);
    case 'directory': return yield* files(sh, word, true);
  }
  return [];
}

/** compgen; `builtins` is the builtin table's names. */
export function compgenBuiltin(builtins: Set<string>): Builtin {
  return function* (sh, argv) {
    const r = parse(argv);
    if ('err' in r) {
      yield* sh.error(`compgen: ${r.err}`);
      if (r.usage) yield* sh.write(2, USAGE + '\n');
      return 2;
    }
    const out: string[] = [];
    for (const a of r.actions) out.push(...(yield* candidates(sh, a, r.word, builtins)));
    if (r.words !== null) {
      const ifs = getScalar(sh.st, 'IFS') ?? ' \t\n';
      const split = ifs === '' ? [r.words] : r.words.split(new RegExp(`[${ifs.replace(/[\]\\^-]/g, '\\$&')}]+`)).filter((w) => w !== '');
      out.push(...split.filter((w) => w.startsWith(r.word)));
    }
    if (out.length === 0) return 1;
    yield* sh.out(out.map((w) => r.prefix + w + r.suffix + '\n').join(''));
    return 0;
  };
}

/**
 * enable [-a] [-n] [-p] [name ...]: turn builtins off (the name then finds a
 * function or a program) and on, or list them. Loading builtins from shared
 * objects (-f, -d) is not available.
 */
export function enableBuiltin(builtins: Set<string>): Builtin {
  return function* (sh, argv) {
    let off = false, all = false;
    let i = 1;
    for (; i < argv.length && /^-./.test(argv[i]!); i++) {
      const a = argv[i]!;
      if (a === '--') { i++; break; }
      for (const c of a.slice(1)) {
        if (c === 'n') off = true;
        else if (c === 'a') all = true;
        else if (c === 'p' || c === 's') continue;
        else if (c === 'f' || c === 'd') {
          yield* sh.error(`enable: -${c}: loadable builtins are not supported on this machine`);
          return 1;
        } else {
          yield* sh.error(`enable: -${c}: invalid option`);
          yield* sh.write(2, 'enable: usage: enable [-a] [-dnps] [-f filename] [name ...]\n');
          return 2;
        }
      }
    }
    const names = argv.slice(i);
    const disabled = sh.st.disabled;
    if (names.length === 0) {
      const list = [...builtins].sort().filter((n) => all || disabled.includes(n) === off);
      yield* sh.out(list.map((n) => `enable ${disabled.includes(n) ? '-n ' : ''}${n}\n`).join(''));
      return 0;
    }
    let status = 0;
    for (const n of names) {
      if (!builtins.has(n)) {
        yield* sh.error(`enable: ${n}: not a shell builtin`);
        status = 1;
        continue;
      }
      const at = disabled.indexOf(n);
      if (off && at < 0) disabled.push(n);
      if (!off && at >= 0) disabled.splice(at, 1);
    }
    return status;
  };
}
