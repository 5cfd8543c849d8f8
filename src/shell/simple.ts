/**
 * Simple commands (bash(1) "SIMPLE COMMAND EXPANSION" and "COMMAND
 * EXECUTION"): expand, assign, redirect, then run a function, a builtin,
 * or an external program in a forked child that execs it.
 */
import { X_OK } from '../abi/fcntl.ts';
import { S_ISDIR, S_ISREG } from '../abi/stat.ts';
import type { Gen } from '../programs/runtime.ts';
import { BUILTINS } from './builtins/index.ts';
import { expandString, expandWords } from './expand.ts';
import type { Assign, FuncDef, SimpleCommand } from './parse/ast.ts';
import { quoteIfNeeded } from './quote.ts';
import { applyRedirs, restoreFds } from './redir.ts';
import { Discard, Fatal, Flow, type Shell } from './shell.ts';
import { TRAP_DEBUG, type Var } from './state.ts';
import { debugTrap, enterFunction, leaveFunction } from './traps.ts';
import { subscript } from './param.ts';
import { environ, getScalar, lookup, setArray, setElement, setScalar, VarError } from './vars.ts';
import { exec, waitFg } from './interp.ts';
import { runScriptFile } from './main.ts';
import { strerror } from '../abi/errno.ts';
import { cmdText } from './print.ts';

/** Perform assignments (name=value, name[i]=v, name=(...)); false when one failed. */
export function* doAssigns(sh: Shell, assigns: Assign[], local = false): Gen<boolean> {
  for (const a of assigns) {
    try {
      const arith = (e: string): string => sh.arith(e);
      if (a.array) {
        const isAssoc = lookup(sh.st, a.name)?.val?.k === 'assoc';
        const entries: [string | null, string][] = [];
        for (const el of a.array) {
          if (el.key) {
            const key = isAssoc ? yield* expandString(sh, el.key) : String(sh.arithEval(yield* expandString(sh, el.key)));
            entries.push([key, yield* expandString(sh, el.value)]);
          } else for (const f of yield* expandWords(sh, [el.value])) entries.push([null, f]);
        }
        setArray(sh.st, a.name, entries, false, { append: a.append, local, arith });
        continue;
      }
      const value = a.value ? yield* expandString(sh, a.value) : '';
      if (a.index) setElement(sh.st, a.name, yield* subscript(sh, a.name, a.index), value, { append: a.append, local, arith });
      else setScalar(sh.st, a.name, value, { append: a.append, local, arith });
      if (sh.st.opts.xtrace) yield* sh.write(2, `+ ${a.name}${a.append ? '+' : ''}=${quoteIfNeeded(value)}\n`);
    } catch (e) {
      if (e instanceof VarError) {
        yield* sh.error(e.message);
        return false;
      }
      throw e;
    }
  }
  return true;
}

/** Search PATH for an executable (hashed unless `remember` is false); null when not found. */
export function findCommand(sh: Shell, name: string, remember = true): string | null {
  if (name.includes('/')) return name;
  const cached = sh.st.hash.get(name);
  if (cached && isExecutable(sh, cached)) return cached;
  const path = getScalar(sh.st, 'PATH') ?? '/usr/local/bin:/usr/bin:/bin';
  for (const dir of path.split(':')) {
    const full = (dir === '' ? '.' : dir) + '/' + name;
    if (isExecutable(sh, full)) {
      if (sh.st.opts.hashall && remember) sh.st.hash.set(name, full);
      return full;
    }
  }
  return null;
}

function isExecutable(sh: Shell, path: string): boolean {
  const st = sh.sys.stat(path);
  return typeof st !== 'number' && S_ISREG(st.mode) && sh.sys.access(path, X_OK) === 0;
}

function* xtrace(sh: Shell, argv: string[]): Gen<void> {
  if (!sh.st.opts.xtrace) return;
  const ps4 = getScalar(sh.st, 'PS4') ?? '+ ';
  yield* sh.write(2, ps4 + argv.map(quoteIfNeeded).join(' ') + '\n');
}

/** Run prefix assignments in a temporary scope for a builtin or function call. */
function* withTempVars<T>(sh: Shell, c: SimpleCommand, body: () => Gen<T>): Gen<T | null> {
  if (!c.assigns.length) return yield* body();
  const frame = new Map<string, Var>();
  sh.st.frames.push(frame);
  const depth = sh.st.frames.length;
  try {
    if (!(yield* doAssigns(sh, c.assigns, true))) return null;
    for (const v of frame.values()) v.exported = true;
    return yield* body();
  } finally {
    const i = sh.st.frames.lastIndexOf(frame);
    if (i >= 0 && sh.st.frames.length >= depth) sh.st.frames.splice(i, 1);
  }
}

export function* execSimple(sh: Shell, c: SimpleCommand): Gen<number> {
  sh.st.lineno = c.line;
  sh.substStatus = null;
  const argv = yield* expandWords(sh, c.words);
  if (argv.length === 0) {
    const saved = yield* applyRedirs(sh, c.redirs, true);
    if (saved === null) return 1;
    restoreFds(sh, saved);
    if (!(yield* doAssigns(sh, c.assigns))) {
      if (!sh.st.interactive) throw new Discard(1);
      return 1;
    }
    return sh.substStatus ?? 0;
  }
  yield* xtrace(sh, argv);
  const name = argv[0]!;
  const fn = sh.st.funcs.get(name);
  if (fn) return yield* runInShell(sh, c, () => callFunction(sh, fn, argv));
  const bi = sh.st.disabled.includes(name) ? undefined : BUILTINS.get(name);
  if (bi && name === 'exec') return yield* bi(sh, argv, c);
  if (bi) return yield* runInShell(sh, c, () => bi(sh, argv, c));
  return yield* runExternal(sh, c, argv);
}

function* runInShell(sh: Shell, c: SimpleCommand, body: () => Gen<number>): Gen<number> {
  const saved = yield* applyRedirs(sh, c.redirs, true);
  if (saved === null) return 1;
  try {
    const r = yield* withTempVars(sh, c, body);
    return r ?? 1;
  } finally {
    restoreFds(sh, saved);
  }
}

/**
 * Deepest function nesting: bash has no default limit (it crashes); ours
 * stops where the JS stack of nested generators is still safe.
 */
const MAX_FUNC_NEST = 200;

/** Call a shell function with argv (argv[0] is its name). */
export function* callFunction(sh: Shell, fn: FuncDef, argv: string[]): Gen<number> {
  const st = sh.st;
  if (st.funcNames.length >= MAX_FUNC_NEST) {
    yield* sh.error(`${fn.name}: maximum function nesting level exceeded (${MAX_FUNC_NEST})`);
    return 1;
  }
  const savedPos = st.positional;
  st.positional = argv.slice(1);
  st.funcNames.push(fn.name);
  const callLine = st.lineno;
  st.calls.push({ name: fn.name, line: callLine, source: st.funcSources.get(fn.name) ?? 'environment' });
  st.frames.push(new Map());
  const depth = st.frames.length;
  const traps = enterFunction(sh);
  let status: number | null = null;
  try {
    if (st.opts.functrace && st.traps.has(TRAP_DEBUG)) yield* debugTrap(sh, getScalar(st, 'BASH_COMMAND') ?? fn.name);
    status = yield* exec(sh, fn.body);
    return status;
  } catch (e) {
    if (e instanceof Flow && e.kind === 'return') return (status = e.n);
    throw e;
  } finally {
    yield* leaveFunction(sh, traps, status);
    st.frames.length = depth - 1;
    st.funcNames.pop();
    st.calls.pop();
    st.positional = savedPos;
    st.lineno = callLine;
  }
}


/** Run argv as a builtin or external command, skipping functions (`command`). */
export function* runArgv(sh: Shell, argv: string[]): Gen<number> {
  const bi = sh.st.disabled.includes(argv[0]!) ? undefined : BUILTINS.get(argv[0]!);
  if (bi) return yield* bi(sh, argv);
  return yield* runExternal(sh, { t: 'simple', line: sh.st.lineno, assigns: [], words: [], redirs: [] }, argv);
}

function* runExternal(sh: Shell, c: SimpleCommand, argv: string[]): Gen<number> {
  const path = findCommand(sh, argv[0]!);
  const extra = new Map<string, string>();
  if (c.assigns.length) {
    const r = yield* withTempVars(sh, c, function* () {
      for (const a of c.assigns) extra.set(a.name, getScalar(sh.st, a.name) ?? '');
      return 0;
    });
    if (r === null) return 1;
  }
  const env = environ(sh.st, extra);
  if (sh.execTail === c && ![...sh.st.traps.values()].some((a) => a !== '')) {
    // The last command of a subshell or background job replaces the shell, as in bash: `cmd &` makes $! cmd's pid.
    return yield* execChild(sh, path, argv, env, c.redirs);
  }
  const jc = sh.st.opts.monitor;
  const pid = sh.forkChild({ k: 'exec', path, argv, env, redirs: c.redirs, fdOps: [], pgid: jc ? 0 : undefined, fg: jc });
  if (pid < 0) {
    yield* sh.error('fork: Resource temporarily unavailable');
    return 254;
  }
  if (jc) sh.sys.setpgid(pid, pid);
  return yield* waitFg(sh, [pid], cmdText(c), jc ? pid : 0);
}

/** In a forked child: redirect and exec (argv[0] resolved to `path`, or not found). */
export function* execChild(sh: Shell, path: string | null, argv: string[], env: string[], redirs: SimpleCommand['redirs']): Gen<number> {
  const saved = yield* applyRedirs(sh, redirs, false);
  if (saved === null) return 1;
  const name = argv[0]!;
  if (path === null) {
    yield* sh.error(`${name}: command not found`);
    return 127;
  }
  const r = yield* sh.call(() => sh.sys.execve(path, argv, env));
  if (sh.sys.gone) return 0;
  if (r === -8) return yield* runScriptFile(sh, path, argv);
  if (r === -13) {
    const st = sh.sys.stat(path);
    yield* sh.error(`${name}: ${typeof st !== 'number' && S_ISDIR(st.mode) ? 'Is a directory' : 'Permission denied'}`);
    return 126;
  }
  if (r === -2) {
    yield* sh.error(`${name}: No such file or directory`);
    return 127;
  }
  yield* sh.error(`${name}: ${strerror(r)}`);
  return 126;
}

