/**
 * Executing the syntax tree: lists, pipelines (each stage a forked process
 * on real pipes), compound commands, functions. Simple commands are in
 * simple.ts. Status is returned; break/continue/return/exit travel as Flow.
 */
import { O_CLOEXEC, O_RDONLY } from '../abi/fcntl.ts';
import { WUNTRACED } from '../abi/wait.ts';
import type { Gen } from '../programs/runtime.ts';
import { evalCond } from './cond-eval.ts';
import { ExpandError, expandPattern, expandString, expandWords } from './expand.ts';
import type { Command, CompoundCommand, List, Pipeline } from './parse/ast.ts';
import { matchGen } from './pattern.ts';
import { applyRedirs, restoreFds } from './redir.ts';
import { Fatal, Flow, statusOf, type FdOp, type Shell } from './shell.ts';
import { execSimple } from './simple.ts';
import { addJob, jobNotice, notifyJobs, settleJobs, waitJob } from './jobs.ts';
import { readLine } from './builtins/read.ts';
import { SIGINT, strsignal } from '../abi/signals.ts';
import { getScalar, rawLookup, setArray, setScalar, VarError } from './vars.ts';
import { debugTrap, errTrap } from './traps.ts';
import { commandText } from './builtins/func-text.ts';
import { wordText } from './print.ts';

/** Run a list; returns the last status. */
export function* execList(sh: Shell, list: List): Gen<number> {
  let status = sh.st.status;
  for (const item of list.items) {
    if (item.async) status = yield* runAsync(sh, item.cmd);
    else status = yield* exec(sh, item.cmd);
    sh.st.status = status;
    yield* sh.runTraps();
  }
  return status;
}

/** Run one command and record $?; handles set -e. */
export function* exec(sh: Shell, cmd: Command): Gen<number> {
  yield* sh.tick();
  let status: number;
  try {
    if (cmd.t === 'simple' || cmd.t === 'cond' || cmd.t === 'arith' || cmd.t === 'case') {
      if (sh.st.traps.size) yield* debugTrap(sh, commandText(cmd));
    }
    status = yield* execInner(sh, cmd);
  } catch (e) {
    if (e instanceof ExpandError) {
      yield* sh.error(e.message);
      if (!sh.st.interactive && e.fatal) throw new Fatal(e.status === 127 ? 127 : 1);
      status = 1;
    } else throw e;
  }
  sh.st.status = status;
  if (cmd.t !== 'pipeline' && cmd.t !== 'list' && cmd.t !== 'andor' && !sh.waited) sh.st.pipestatus = [status];
  sh.waited = false;
  setArray(sh.st, 'PIPESTATUS', sh.st.pipestatus.map((s) => [null, String(s)]), false);
  if (status !== 0 && sh.st.errexitOff === 0 && (cmd.t === 'simple' || cmd.t === 'pipeline' || cmd.t === 'subshell')) {
    const single = cmd.t === 'pipeline' && cmd.cmds.length === 1;
    if (!single && !(cmd.t === 'pipeline' && cmd.bang)) yield* errTrap(sh, status);
    if (sh.st.opts.errexit && !(cmd.t === 'pipeline' && cmd.bang)) throw new Fatal(status);
  }
  return status;
}

function* execInner(sh: Shell, cmd: Command): Gen<number> {
  switch (cmd.t) {
    case 'simple': return yield* execSimple(sh, cmd);
    case 'pipeline': return yield* execPipeline(sh, cmd);
    case 'andor': return yield* execAndOr(sh, cmd);
    case 'list': return yield* execList(sh, cmd);
    case 'func':
      sh.st.funcs.set(cmd.name, cmd);
      sh.st.funcSources.set(cmd.name, sh.st.source === '-c' || sh.st.interactiveShell ? 'environment' : sh.st.source);
      return 0;
    default: return yield* execCompound(sh, cmd);
  }
}

function* execAndOr(sh: Shell, cmd: Command & { t: 'andor' }): Gen<number> {
  sh.st.errexitOff++;
  let status: number;
  try {
    status = yield* exec(sh, cmd.first);
  } finally {
    sh.st.errexitOff--;
  }
  for (let i = 0; i < cmd.rest.length; i++) {
    const r = cmd.rest[i]!;
    if ((r.op === '&&') !== (status === 0)) continue;
    const last = i === cmd.rest.length - 1;
    if (!last) sh.st.errexitOff++;
    try {
      status = yield* exec(sh, r.cmd);
    } finally {
      if (!last) sh.st.errexitOff--;
    }
  }
  return status;
}

function* withCondOff<T>(sh: Shell, g: Gen<T>): Gen<T> {
  sh.st.errexitOff++;
  try {
    return yield* g;
  } finally {
    sh.st.errexitOff--;
  }
}

function* execCompound(sh: Shell, c: CompoundCommand): Gen<number> {
  if (c.t === 'subshell') return yield* runSubshell(sh, c);
  const saved = c.redirs.length ? yield* applyRedirs(sh, c.redirs, true) : [];
  if (saved === null) return 1;
  try {
    return yield* compoundBody(sh, c);
  } finally {
    restoreFds(sh, saved);
  }
}

function* compoundBody(sh: Shell, c: CompoundCommand): Gen<number> {
  switch (c.t) {
    case 'group':
      return yield* execList(sh, c.body);
    case 'if': {
      for (const cl of c.clauses) {
        const s = yield* withCondOff(sh, execList(sh, cl.cond));
        if (s === 0) return yield* execList(sh, cl.body);
      }
      return c.else ? yield* execList(sh, c.else) : 0;
    }
    case 'while': return yield* execWhile(sh, c);
    case 'for': return yield* execFor(sh, c);
    case 'arithfor': return yield* execArithFor(sh, c);
    case 'select': return yield* execSelect(sh, c);
    case 'case': return yield* execCase(sh, c);
    case 'cond': {
      sh.st.lineno = c.line;
      if (sh.st.opts.xtrace) yield* sh.write(2, `${ps4(sh)}[[ ... ]]\n`);
      return yield* evalCond(sh, c.expr);
    }
    case 'arith': {
      sh.st.lineno = c.line;
      const text = yield* expandString(sh, c.expr, true);
      if (sh.st.opts.xtrace) yield* sh.write(2, `${ps4(sh)}(( ${text} ))\n`);
      try {
        return sh.arithEval(text) !== 0n ? 0 : 1;
      } catch (e) {
        if (e instanceof ExpandError) {
          yield* sh.error(`((: ${e.message}`);
          return 1;
        }
        throw e;
      }
    }
    case 'subshell': return yield* runSubshell(sh, c);
  }
}

export function ps4(sh: Shell): string {
  return '+ ';
}

/** Run a loop body, turning break/continue into loop control. 'break' | 'continue' | null. */
function* loopBody(sh: Shell, body: List): Gen<{ ctl: 'break' | 'continue' | null; status: number }> {
  sh.st.loopDepth++;
  try {
    return { ctl: null, status: yield* execList(sh, body) };
  } catch (e) {
    if (e instanceof Flow && (e.kind === 'break' || e.kind === 'continue')) {
      if (e.n > 1) throw new Flow(e.kind, e.n - 1);
      return { ctl: e.kind, status: 0 };
    }
    throw e;
  } finally {
    sh.st.loopDepth--;
  }
}

function* execWhile(sh: Shell, c: CompoundCommand & { t: 'while' }): Gen<number> {
  let status = 0;
  for (;;) {
    yield* sh.tick();
    const s = yield* withCondOff(sh, execList(sh, c.cond));
    if ((s === 0) === c.until) break;
    const r = yield* loopBody(sh, c.body);
    status = r.status;
    if (r.ctl === 'break') break;
  }
  return status;
}

function* execFor(sh: Shell, c: CompoundCommand & { t: 'for' }): Gen<number> {
  sh.st.lineno = c.line;
  const items = c.words ? yield* expandWords(sh, c.words) : [...sh.st.positional];
  let status = 0;
  for (const it of items) {
    yield* sh.tick();
    if (sh.st.traps.size) yield* debugTrap(sh, `for ${c.name}${c.words ? ' in ' + c.words.map(wordText).join(' ') : ''}`);
    try {
      setScalar(sh.st, c.name, it, { raw: !!rawLookup(sh.st, c.name)?.nameref });
    } catch (e) {
      if (e instanceof VarError) {
        yield* sh.error(e.message);
        return 1;
      }
      throw e;
    }
    const r = yield* loopBody(sh, c.body);
    status = r.status;
    if (r.ctl === 'break') break;
  }
  return status;
}

function* arithOf(sh: Shell, w: { parts: unknown[] }, dflt: bigint): Gen<bigint> {
  if (w.parts.length === 0) return dflt;
  const text = yield* expandString(sh, w as never, true);
  if (text.trim() === '') return dflt;
  return sh.arithEval(text);
}

function* execArithFor(sh: Shell, c: CompoundCommand & { t: 'arithfor' }): Gen<number> {
  let status = 0;
  yield* arithOf(sh, c.init, 0n);
  for (;;) {
    yield* sh.tick();
    if ((yield* arithOf(sh, c.cond, 1n)) === 0n) break;
    const r = yield* loopBody(sh, c.body);
    status = r.status;
    if (r.ctl === 'break') break;
    yield* arithOf(sh, c.step, 0n);
  }
  return status;
}

function* execSelect(sh: Shell, c: CompoundCommand & { t: 'select' }): Gen<number> {
  const items = c.words ? yield* expandWords(sh, c.words) : [...sh.st.positional];
  let status = 0;
  // bash lists the menu at the start and again after an empty reply only.
  let showMenu = true;
  for (;;) {
    if (showMenu) yield* sh.write(2, selectMenu(items, Number(getScalar(sh.st, 'COLUMNS')) || 80));
    yield* sh.write(2, expandPS(sh, 'PS3', '#? '));
    const line = yield* readLine(sh, 0);
    if (line === null) {
      yield* sh.write(2, '\n');
      return 1;
    }
    setScalar(sh.st, 'REPLY', line);
    const n = Number(line.trim());
    setScalar(sh.st, c.name, Number.isInteger(n) && n >= 1 && n <= items.length ? items[n - 1]! : '');
    showMenu = line.trim() === '';
    if (showMenu) continue;
    const r = yield* loopBody(sh, c.body);
    status = r.status;
    if (r.ctl === 'break') break;
  }
  return status;
}


/** select's menu as bash lays it out: numbered entries in columns down, then across, at tab stops. */
function selectMenu(items: string[], width: number): string {
  const n = items.length;
  const digits = (k: number): number => String(k).length;
  const indices = digits(n);
  const maxLen = items.reduce((m, w) => Math.max(m, [...w].length), 0) + indices + 4;
  let cols = Math.floor(width / maxLen) || 1;
  let rows = n ? Math.ceil(n / cols) : 1;
  cols = n ? Math.ceil(n / rows) : 1;
  if (rows === 1) {
    rows = cols;
    cols = 1;
  }
  const firstIndices = digits(rows);
  let out = '';
  for (let row = 0; row < rows; row++) {
    let pos = 0;
    for (let ind = row; ind < n; ind += rows) {
      const w = pos === 0 ? firstIndices : indices;
      out += `${String(ind + 1).padStart(w)}) ${items[ind]}`;
      if (ind + rows >= n) break;
      let from = pos + w + 2 + [...items[ind]!].length;
      const to = pos + maxLen;
      while (from < to) {
        if (Math.floor(to / 8) > Math.floor(from / 8)) {
          out += '\t';
          from += 8 - (from % 8);
        } else {
          out += ' ';
          from++;
        }
      }
      pos += maxLen;
    }
    out += '\n';
  }
  return out;
}

function expandPS(sh: Shell, name: string, dflt: string): string {
  const v = sh.st.globals.get(name)?.val;
  return v?.k === 'str' ? v.v : dflt;
}

function* execCase(sh: Shell, c: CompoundCommand & { t: 'case' }): Gen<number> {
  sh.st.lineno = c.line;
  const w = yield* expandString(sh, c.word);
  const opts = { nocase: sh.st.shopt.get('nocasematch') ?? false, extglob: sh.st.shopt.get('extglob') ?? false };
  const tick = (n: number): Gen<void> => sh.tick(n);
  let status = 0;
  let fall = false;
  for (let i = 0; i < c.items.length; i++) {
    const it = c.items[i]!;
    let hit = fall;
    if (!hit) {
      for (const p of it.patterns) {
        const pat = yield* expandPattern(sh, p);
        if (yield* matchGen(pat, w, opts, tick)) {
          hit = true;
          break;
        }
      }
    }
    if (!hit) continue;
    status = yield* execList(sh, it.body);
    if (it.term === ';;') return status;
    fall = it.term === ';&';
  }
  return status;
}

/**
 * What a forked child runs for `cmd`: a subshell `( list )` is already a
 * separate process there, so the child runs its list as a group (bash forks
 * once for `( ... ) &` and for a pipeline stage `( ... ) |`).
 */
function inChild(cmd: Command): Command {
  if ('t' in cmd && cmd.t === 'subshell') return { t: 'group', body: cmd.body, line: cmd.line, redirs: cmd.redirs };
  return cmd;
}

/** ( list ): a forked copy of the shell runs it. */
function* runSubshell(sh: Shell, c: CompoundCommand): Gen<number> {
  sh.st.lineno = c.line;
  const node = inChild(c);
  const pid = sh.forkChild({ k: 'node', cmd: node, fdOps: [] });
  if (pid < 0) {
    yield* sh.error(`fork: Resource temporarily unavailable`);
    return 1;
  }
  // bash reports a subshell killed by a signal by the signal's name alone.
  return yield* waitFg(sh, [pid], cmdText(c), 0, true);
}

/** Wait for foreground processes; returns the last one's status (pipefail aware). */
export function* waitFg(sh: Shell, pids: number[], text: string, pgid = 0, short = false): Gen<number> {
  if (sh.st.opts.monitor && pgid) return yield* waitJob(sh, pids, pgid, text);
  settleJobs(sh);
  const statuses: number[] = [];
  let last: number | null = null;
  const catching = catchSigint(sh);
  for (const pid of pids) {
    const r = yield* sh.waitpid(pid, sh.st.opts.monitor ? WUNTRACED : 0);
    statuses.push(typeof r === 'number' ? 127 : statusOf(r.status));
    last = typeof r === 'number' ? null : r.status;
  }
  if (catching) yield* sigintAfterWait(sh, last);
  // An interactive shell reports the jobs that ended meanwhile (bash: after every foreground wait).
  if (sh.st.interactive) yield* notifyJobs(sh);
  if (last !== null) yield* reportSignal(sh, last, pids[pids.length - 1]!, short ? null : text, true);
  sh.st.pipestatus = statuses;
  sh.waited = true;
  return pipeStatus(sh, statuses);
}

/**
 * bash's "wait and cooperative exit": a non-interactive shell whose SIGINT is
 * at its default catches it while it waits for a foreground child. True when
 * it did so.
 */
function catchSigint(sh: Shell): boolean {
  if (sh.st.interactive || sh.st.traps.has(SIGINT) || sh.sys.sigdisposition(SIGINT) !== 'default') return false;
  sh.sigintSeen = false;
  sh.sys.sigaction(SIGINT, 'catch');
  return true;
}

/** After the wait: if ^C came and the child died of it too, the shell dies of SIGINT; otherwise it carries on. */
function* sigintAfterWait(sh: Shell, last: number | null): Gen<void> {
  yield* sh.runTraps();
  sh.sys.sigaction(SIGINT, 'default');
  const seen = sh.sigintSeen;
  sh.sigintSeen = false;
  if (!seen || last === null || (last & 0x7f) !== SIGINT) return;
  sh.sys.kill(sh.sys.getpid(), SIGINT);
  yield;
  throw new Fatal(130);
}

function pipeStatus(sh: Shell, statuses: number[]): number {
  if (sh.st.opts.pipefail) {
    for (let i = statuses.length - 1; i >= 0; i--) if (statuses[i] !== 0) return statuses[i]!;
    return 0;
  }
  return statuses[statuses.length - 1] ?? 0;
}

/** bash's report of a foreground child killed by a signal (none for SIGINT/SIGPIPE). */
function* reportSignal(sh: Shell, ws: number, pid: number, text: string | null, last: boolean): Gen<void> {
  const sig = ws & 0x7f;
  if (sig === 0 || sig === 0x7f || sig === 2 || sig === 13 || !last) return;
  const core = ws & 0x80 ? ' (core dumped)' : '';
  if (sig === 15 || sh.st.interactive || text === null) {
    yield* sh.write(2, `${strsignal(sig)}${core}\n`);
    return;
  }
  yield* sh.error(`${String(pid).padStart(5)} ${(strsignal(sig) + core).padEnd(24)}${text}`);
}

function* execPipeline(sh: Shell, p: Pipeline): Gen<number> {
  sh.st.lineno = p.line;
  if (p.cmds.length === 1) {
    sh.st.errexitOff += p.bang ? 1 : 0;
    let s: number;
    try {
      s = yield* exec(sh, p.cmds[0]!);
    } finally {
      sh.st.errexitOff -= p.bang ? 1 : 0;
    }
    sh.st.pipestatus = [s];
    return p.bang ? (s === 0 ? 1 : 0) : s;
  }
  const pids: number[] = [];
  let prevRead = -1;
  let pgid = 0;
  const lastpipe = (sh.st.shopt.get('lastpipe') ?? false) && !sh.st.opts.monitor;
  for (let i = 0; i < p.cmds.length; i++) {
    const last = i === p.cmds.length - 1;
    if (last && lastpipe && prevRead >= 0) return yield* lastInShell(sh, p, pids, prevRead);
    let r = -1, w = -1;
    if (!last) {
      const pp = sh.sys.pipe(O_CLOEXEC);
      if (typeof pp === 'number') break;
      [r, w] = pp;
    }
    const fdOps: FdOp[] = [];
    if (prevRead >= 0) fdOps.push({ op: 'dup2', from: prevRead, to: 0 }, { op: 'close', fd: prevRead });
    if (w >= 0) {
      fdOps.push({ op: 'dup2', from: w, to: 1 });
      if (p.pipeStderr[i]) fdOps.push({ op: 'dup2', from: w, to: 2 });
      fdOps.push({ op: 'close', fd: w }, { op: 'close', fd: r });
    }
    const jc = sh.st.opts.monitor;
    const pid = sh.forkChild({ k: 'node', cmd: inChild(p.cmds[i]!), fdOps, pgid: jc ? pgid : undefined, fg: jc });
    if (pid > 0) {
      if (jc) {
        if (!pgid) pgid = pid;
        sh.sys.setpgid(pid, pgid);
      }
      pids.push(pid);
    }
    if (prevRead >= 0) sh.sys.close(prevRead);
    if (w >= 0) sh.sys.close(w);
    prevRead = r;
  }
  if (prevRead >= 0) sh.sys.close(prevRead);
  const s = yield* waitFg(sh, pids, cmdText(p), pgid);
  return p.bang ? (s === 0 ? 1 : 0) : s;
}

/** shopt -s lastpipe: the pipeline's last command runs in the shell itself, reading the pipe. */
function* lastInShell(sh: Shell, p: Pipeline, pids: number[], read: number): Gen<number> {
  const saved = sh.saveFd(0);
  sh.sys.dup2(read, 0);
  sh.sys.close(read);
  let s: number;
  sh.st.errexitOff += p.bang ? 1 : 0;
  try {
    s = yield* exec(sh, p.cmds[p.cmds.length - 1]!);
  } finally {
    sh.st.errexitOff -= p.bang ? 1 : 0;
    if (saved >= 0) {
      sh.sys.dup2(saved, 0);
      sh.sys.close(saved);
    } else sh.sys.close(0);
  }
  yield* waitFg(sh, pids, cmdText(p), 0);
  const statuses = [...sh.st.pipestatus, s];
  sh.st.pipestatus = statuses;
  const r = pipeStatus(sh, statuses);
  return p.bang ? (r === 0 ? 1 : 0) : r;
}

/** cmd & : a forked child; the job table remembers it. */
function* runAsync(sh: Shell, cmd: Command): Gen<number> {
  const jc = sh.st.opts.monitor;
  const fdOps: FdOp[] = [];
  if (!jc) {
    const devnull = sh.sys.open('/dev/null', O_RDONLY | O_CLOEXEC);
    if (devnull >= 0) fdOps.push({ op: 'dup2', from: devnull, to: 0 }, { op: 'close', fd: devnull });
    // Without job control an asynchronous command ignores SIGINT and SIGQUIT (bash(1)).
    const pid = sh.forkChild({ k: 'node', cmd: inChild(cmd), fdOps, asyncIgnore: true });
    if (devnull >= 0) sh.sys.close(devnull);
    if (pid < 0) return 1;
    sh.st.lastBg = pid;
    const job = addJob(sh, [pid], pid, cmdText(cmd));
    if (sh.st.interactive) yield* sh.write(2, jobNotice(job));
    return 0;
  }
  const pid = sh.forkChild({ k: 'node', cmd: inChild(cmd), fdOps, pgid: 0, fg: false });
  if (pid < 0) return 1;
  sh.sys.setpgid(pid, pid);
  sh.st.lastBg = pid;
  const job = addJob(sh, [pid], pid, cmdText(cmd));
  if (sh.st.interactive) yield* sh.write(2, jobNotice(job));
  return 0;
}

/** A command's source text for job listings (approximate: rebuilt from the tree). */
export { cmdText } from './print.ts';
import { cmdText } from './print.ts';
void statusOf;
