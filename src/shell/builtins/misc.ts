/** alias, unalias, type, command, hash, help, umask, times, ulimit, getopts. */
import type { Gen } from '../../programs/runtime.ts';
import { callFunction, findCommand } from '../simple.ts';
import type { Shell } from '../shell.ts';
import { getScalar, setScalar } from '../vars.ts';
import { cmdFuncText } from './func-text.ts';
import type { Builtin } from './types.ts';

export const KEYWORDS = new Set(['if', 'then', 'elif', 'else', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc']);

const aliasQuote = (v: string): string => "'" + v.replace(/'/g, "'\\''") + "'";

export const alias: Builtin = function* (sh, argv) {
  const args = argv.slice(1).filter((a) => a !== '-p');
  if (args.length === 0) {
    for (const [k, v] of [...sh.st.aliases].sort((a, b) => (a[0] < b[0] ? -1 : 1))) yield* sh.out(`alias ${k}=${aliasQuote(v)}\n`);
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const i = a.indexOf('=');
    if (i > 0) sh.st.aliases.set(a.slice(0, i), a.slice(i + 1));
    else {
      const v = sh.st.aliases.get(a);
      if (v === undefined) {
        yield* sh.error(`alias: ${a}: not found`);
        status = 1;
      } else yield* sh.out(`alias ${a}=${aliasQuote(v)}\n`);
    }
  }
  return status;
};

export const unalias: Builtin = function* (sh, argv) {
  if (argv[1] === '-a') {
    sh.st.aliases.clear();
    return 0;
  }
  let status = 0;
  for (const a of argv.slice(1)) {
    if (!sh.st.aliases.delete(a)) {
      yield* sh.error(`unalias: ${a}: not found`);
      status = 1;
    }
  }
  return status;
};

type Kind = { k: 'alias'; v: string } | { k: 'keyword' } | { k: 'function' } | { k: 'builtin' } | { k: 'file'; path: string };

function classify(sh: Shell, name: string, builtins: Set<string>, all: boolean): Kind[] {
  const out: Kind[] = [];
  const a = sh.st.aliases.get(name);
  if (a !== undefined) out.push({ k: 'alias', v: a });
  if (KEYWORDS.has(name)) out.push({ k: 'keyword' });
  if (sh.st.funcs.has(name)) out.push({ k: 'function' });
  if (builtins.has(name) && !sh.st.disabled.includes(name)) out.push({ k: 'builtin' });
  if (all && !name.includes('/')) {
    for (const dir of (getScalar(sh.st, 'PATH') ?? '').split(':')) {
      const p = (dir || '.') + '/' + name;
      const st = sh.sys.stat(p);
      if (typeof st !== 'number' && (st.mode & 0o170000) === 0o100000 && sh.sys.access(p, 1) === 0) out.push({ k: 'file', path: p });
    }
  } else {
    // type and command -v look a name up without hashing it, as bash does.
    const p = findCommand(sh, name, false);
    if (p && (!name.includes('/') || typeof sh.sys.stat(p) !== 'number')) out.push({ k: 'file', path: p });
  }
  return out;
}

export function typeBuiltin(builtins: Set<string>): Builtin {
  return function* (sh, argv) {
    let terse = false, all = false, pathOnly = false;
    let args = argv.slice(1);
    while (args[0] && /^-[tapPf]+$/.test(args[0])) {
      if (args[0].includes('t')) terse = true;
      if (args[0].includes('a')) all = true;
      if (/[pP]/.test(args[0])) pathOnly = true;
      args = args.slice(1);
    }
    let status = 0;
    for (const name of args) {
      let kinds = classify(sh, name, builtins, all);
      if (pathOnly) kinds = kinds.filter((k) => k.k === 'file');
      if (!all) kinds = kinds.slice(0, 1);
      if (kinds.length === 0) {
        if (!terse && !pathOnly) yield* sh.error(`type: ${name}: not found`);
        status = 1;
        continue;
      }
      for (const k of kinds) {
        if (terse) yield* sh.out((k.k === 'file' ? 'file' : k.k) + '\n');
        else if (pathOnly) yield* sh.out((k as { path: string }).path + '\n');
        else if (k.k === 'alias') yield* sh.out(`${name} is aliased to \`${k.v}'\n`);
        else if (k.k === 'keyword') yield* sh.out(`${name} is a shell keyword\n`);
        else if (k.k === 'function') yield* sh.out(`${name} is a function\n${cmdFuncText(sh.st.funcs.get(name)!)}\n`);
        else if (k.k === 'builtin') yield* sh.out(`${name} is a shell builtin\n`);
        else yield* sh.out(`${name} is ${sh.st.hash.get(name) === k.path && !all ? `hashed (${k.path})` : k.path}\n`);
      }
    }
    return status;
  };
}

export function commandBuiltin(builtins: Set<string>, run: (sh: Shell, argv: string[]) => Gen<number>): Builtin {
  return function* (sh, argv) {
    let args = argv.slice(1);
    let v = false, V = false;
    while (args[0] && /^-[pvV]+$/.test(args[0])) {
      if (args[0].includes('v')) v = true;
      if (args[0].includes('V')) V = true;
      args = args.slice(1);
    }
    if (args[0] === '--') args = args.slice(1);
    if (V) return yield* typeBuiltin(builtins)(sh, ['type', ...args]);
    if (v) {
      let status = 0;
      for (const name of args) {
        const k = classify(sh, name, builtins, false)[0];
        if (!k) {
          status = 1;
          continue;
        }
        if (k.k === 'alias') yield* sh.out(`alias ${name}=${aliasQuote(k.v)}\n`);
        else if (k.k === 'file') yield* sh.out(k.path + '\n');
        else yield* sh.out(name + '\n');
      }
      return status;
    }
    if (args.length === 0) return 0;
    return yield* run(sh, args);
  };
}

export const hash: Builtin = function* (sh, argv) {
  const args = argv.slice(1);
  if (args[0] === '-r') {
    sh.st.hash.clear();
    return 0;
  }
  if (args.length === 0) {
    if (sh.st.hash.size === 0) {
      yield* sh.out('hash: hash table empty\n');
      return 0;
    }
    yield* sh.out('hits\tcommand\n');
    for (const p of sh.st.hash.values()) yield* sh.out(`   1\t${p}\n`);
    return 0;
  }
  let status = 0;
  for (const n of args) {
    sh.st.hash.delete(n);
    if (!findCommand(sh, n)) {
      yield* sh.error(`hash: ${n}: not found`);
      status = 1;
    }
  }
  return status;
};

export const umask: Builtin = function* (sh, argv) {
  const args = argv.slice(1);
  const cur = sh.sys.umask(0o022);
  sh.sys.umask(cur);
  if (args[0] === '-S' || args.length === 0) {
    if (args[0] === '-S') {
      const perm = (shift: number): string => {
        const bits = (~cur >> shift) & 7;
        return (bits & 4 ? 'r' : '') + (bits & 2 ? 'w' : '') + (bits & 1 ? 'x' : '');
      };
      yield* sh.out(`u=${perm(6)},g=${perm(3)},o=${perm(0)}\n`);
    } else yield* sh.out(cur.toString(8).padStart(4, '0') + '\n');
    return 0;
  }
  if (!/^[0-7]+$/.test(args[0]!)) {
    yield* sh.error(`umask: ${args[0]}: octal number out of range`);
    return 1;
  }
  sh.sys.umask(parseInt(args[0]!, 8));
  sh.st.umask = parseInt(args[0]!, 8);
  return 0;
};

function fmtTime(ms: number): string {
  const m = Math.floor(ms / 60000);
  const s = (ms % 60000) / 1000;
  return `${m}m${s.toFixed(3)}s`;
}

export const times: Builtin = function* (sh) {
  const t = sh.sys.times();
  yield* sh.out(`${fmtTime(t.utime)} ${fmtTime(t.stime)}\n${fmtTime(t.cutime)} ${fmtTime(t.cstime)}\n`);
  return 0;
};

const ULIMITS: [string, string, string][] = [
  ['R', 'real-time non-blocking time  (microseconds, -R)', 'unlimited'], ['c', 'core file size              (blocks, -c)', '0'],
  ['d', 'data seg size               (kbytes, -d)', 'unlimited'], ['e', 'scheduling priority                 (-e)', '0'],
  ['f', 'file size                   (blocks, -f)', 'unlimited'], ['i', 'pending signals                     (-i)', '256'],
  ['l', 'max locked memory           (kbytes, -l)', '8192'], ['m', 'max memory size             (kbytes, -m)', '262144'],
  ['n', 'open files                          (-n)', '1024'], ['p', 'pipe size                (512 bytes, -p)', '8'],
  ['q', 'POSIX message queues         (bytes, -q)', '819200'], ['r', 'real-time priority                  (-r)', '0'],
  ['s', 'stack size                  (kbytes, -s)', '8192'], ['t', 'cpu time                   (seconds, -t)', 'unlimited'],
  ['u', 'max user processes                  (-u)', '256'], ['v', 'virtual memory              (kbytes, -v)', 'unlimited'],
  ['x', 'file locks                          (-x)', 'unlimited'],
];

export const ulimit: Builtin = function* (sh, argv) {
  const args = argv.slice(1).filter((a) => a !== '-S' && a !== '-H');
  if (args[0] === '-a') {
    for (const [, label, v] of ULIMITS) yield* sh.out(`${label} ${v}\n`);
    return 0;
  }
  const flag = args[0]?.startsWith('-') ? args[0].slice(1) : 'f';
  const row = ULIMITS.find((r) => r[0] === flag);
  if (!row) {
    yield* sh.error(`ulimit: ${args[0]}: invalid option`);
    return 2;
  }
  const value = args[0]?.startsWith('-') ? args[1] : args[0];
  if (value !== undefined) {
    yield* sh.error(`ulimit: ${row[1].split('  ')[0]}: cannot modify limit: Operation not permitted`);
    return 1;
  }
  yield* sh.out(row[2] + '\n');
  return 0;
};

export const getopts: Builtin = function* (sh, argv) {
  const spec = argv[1];
  const name = argv[2];
  if (spec === undefined || name === undefined) {
    yield* sh.error('getopts: usage: getopts optstring name [arg ...]');
    return 2;
  }
  const args = argv.length > 3 ? argv.slice(3) : sh.st.positional;
  const silent = spec.startsWith(':');
  const opts = silent ? spec.slice(1) : spec;
  let optind = Number(getScalar(sh.st, 'OPTIND') ?? '1') || 1;
  let sub = sh.st.getoptsSub || 1;
  if (sh.st.getoptsLast !== optind) sub = 1;
  const arg = args[optind - 1];
  if (arg === undefined || !arg.startsWith('-') || arg === '-') {
    setScalar(sh.st, name, '?');
    return 1;
  }
  if (arg === '--') {
    setScalar(sh.st, 'OPTIND', String(optind + 1));
    setScalar(sh.st, name, '?');
    return 1;
  }
  const c = arg[sub]!;
  const i = opts.indexOf(c);
  const advance = (): void => {
    if (sub + 1 >= arg.length) {
      optind++;
      sub = 1;
    } else sub++;
  };
  if (i < 0 || c === ':') {
    advance();
    if (silent) {
      setScalar(sh.st, 'OPTARG', c);
    } else {
      yield* sh.write(2, `${sh.st.argv0}: illegal option -- ${c}\n`);
      sh.st.globals.delete('OPTARG');
    }
    setScalar(sh.st, name, '?');
  } else if (opts[i + 1] === ':') {
    let val: string | undefined;
    if (sub + 1 < arg.length) {
      val = arg.slice(sub + 1);
      optind++;
    } else {
      val = args[optind];
      optind += 2;
    }
    sub = 1;
    if (val === undefined) {
      if (silent) {
        setScalar(sh.st, name, ':');
        setScalar(sh.st, 'OPTARG', c);
      } else {
        yield* sh.write(2, `${sh.st.argv0}: option requires an argument -- ${c}\n`);
        setScalar(sh.st, name, '?');
      }
    } else {
      setScalar(sh.st, name, c);
      setScalar(sh.st, 'OPTARG', val);
    }
  } else {
    advance();
    setScalar(sh.st, name, c);
    sh.st.globals.delete('OPTARG');
  }
  setScalar(sh.st, 'OPTIND', String(optind));
  sh.st.getoptsLast = optind;
  sh.st.getoptsSub = sub;
  return 0;
};

export const help: Builtin = function* (sh, argv) {
  if (argv[1]) {
    yield* sh.out(`${argv[1]}: ${argv[1]} [args]\n`);
    return 0;
  }
  yield* sh.out('GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)\nThese shell commands are defined internally.  Type `help\' to see this list.\n');
  return 0;
};

export { callFunction };
