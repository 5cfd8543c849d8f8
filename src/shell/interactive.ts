/**
 * The interactive shell: job control setup, the history file, prompts
 * (PS1/PS2, PROMPT_COMMAND), reading each line with the line editor (or in
 * canonical mode when the terminal cannot be put in raw mode), history
 * expansion, job notices before each prompt, ^C at the prompt, ^D to exit.
 */
import { EINTR } from '../abi/errno.ts';
import { O_CLOEXEC, O_CREAT, O_TRUNC, O_WRONLY } from '../abi/fcntl.ts';
import { SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH } from '../abi/signals.ts';
import type { Gen } from '../programs/runtime.ts';
import { shellString } from '../programs/lib/bytes.ts';
import { Editor, editLine, updateWinsize, type EditResult } from './editor/readline.ts';
import { addHistory, expandHistory, histSize, parseHistFile } from './editor/history.ts';
import { notifyJobs } from './jobs.ts';
import { isParseError } from './parse/errors.ts';
import { Parser } from './parse/parser.ts';
import { runSource, runString } from './main.ts';
import { expandPrompt } from './prompt.ts';
import { Fatal, Flow, Interrupt, type Shell } from './shell.ts';
import { getScalar, lookup, setScalar } from './vars.ts';

export { expandPrompt } from './prompt.ts';

/** Read one line in canonical mode; null at EOF, 'intr' when ^C interrupted it. */
function* readTermLine(sh: Shell): Gen<string | null | 'intr'> {
  const bytes: number[] = [];
  for (;;) {
    const r = yield* sh.call(() => sh.sys.read(0, 1));
    if (r === -EINTR) {
      const sig = sh.sys.sigtake();
      if (sig === SIGINT) return 'intr';
      continue;
    }
    if (typeof r === 'number') return null;
    if (r.length === 0) return bytes.length ? shellString(new Uint8Array(bytes)) : null;
    if (r[0] === 10) return shellString(new Uint8Array(bytes));
    bytes.push(r[0]!);
  }
}

function setupJobControl(sh: Shell): void {
  const pid = sh.sys.getpid();
  if (sh.sys.getpgrp() !== pid) sh.sys.setpgid(0, pid);
  sh.sys.tcsetpgrp(0, pid);
  for (const s of [SIGTSTP, SIGTTIN, SIGTTOU, SIGQUIT, SIGTERM]) sh.sys.sigaction(s, 'ignore');
  sh.sys.sigaction(SIGINT, 'catch');
  sh.sys.sigaction(SIGWINCH, 'catch');
  sh.st.opts.monitor = true;
}

/** Whether `text` is a complete command (parse without running). */
function completeness(text: string, extglob: boolean): 'complete' | 'incomplete' {
  try {
    const p = new Parser(text, { final: false, extglob: () => extglob });
    while (p.parseCommandLine()) { /* parse all */ }
    p.finish();
    return 'complete';
  } catch (e) {
    if (isParseError(e) && e.incomplete) return 'incomplete';
    return 'complete';
  }
}

/** How bash joins the lines of a multi-line command into one history entry (cmdhist). */
export function joinHistoryLines(lines: string[]): string {
  if (lines.some((l) => /<<-?\s*\S/.test(l))) return lines.join('\n');
  let out = lines[0] ?? '';
  for (const l of lines.slice(1)) {
    if (l.trim() === '') continue;
    const t = out.replace(/\s+$/, '');
    const bare = /(^|[\s;&|(){}])(then|do|else|in|\{|\()$/.test(t) || /(\|\||&&|[|;&({])$/.test(t) || t === '';
    out = t + (bare ? ' ' : '; ') + l.replace(/^\s+/, '');
  }
  return out;
}

function histFile(sh: Shell): string | null {
  const v = getScalar(sh.st, 'HISTFILE');
  return v === undefined || v === '' ? null : v;
}

function* loadHistory(sh: Shell): Gen<void> {
  const st = sh.st;
  const home = getScalar(st, 'HOME') ?? '';
  if (lookup(st, 'HISTFILE') === undefined) setScalar(st, 'HISTFILE', home + '/.bash_history');
  if (lookup(st, 'HISTSIZE') === undefined) setScalar(st, 'HISTSIZE', '500');
  if (lookup(st, 'HISTFILESIZE') === undefined) setScalar(st, 'HISTFILESIZE', getScalar(st, 'HISTSIZE') ?? '500');
  const f = histFile(sh);
  if (!f) return;
  const text = yield* sh.readFile(f);
  if (typeof text !== 'string') return;
  const lines = parseHistFile(text);
  const max = histSize(st);
  st.history = lines.slice(Math.max(0, lines.length - max));
}

/** Write the history list to HISTFILE (at exit), keeping HISTFILESIZE lines. */
export function* saveHistory(sh: Shell): Gen<void> {
  const f = histFile(sh);
  if (!f || !sh.st.opts.history) return;
  const max = histSize(sh.st, 'HISTFILESIZE');
  const h = sh.st.history;
  const lines = h.slice(Math.max(0, h.length - max));
  const fd = sh.sys.open(f, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600);
  if (fd < 0) return;
  yield* sh.write(fd, lines.map((l) => l + '\n').join(''));
  sh.sys.close(fd);
}

/**
 * Whether lines are read with the editor: line editing on (vi mode uses the
 * emacs keys) and a capable terminal. As readline does, the editor also
 * reads input that is not a terminal (`bash -i < file`), echoing it.
 */
function canEdit(sh: Shell): boolean {
  return (sh.st.opts.emacs || sh.st.opts.vi) && getScalar(sh.st, 'TERM') !== 'dumb';
}

/** One line from the user: edited, or canonical. */
function* readUserLine(sh: Shell, ed: Editor, prompt: string): Gen<EditResult> {
  if (canEdit(sh)) return yield* editLine(sh, ed, prompt);
  yield* sh.write(2, prompt.replace(/[\x01\x02]/g, ''));
  const l = yield* readTermLine(sh);
  if (l === 'intr') {
    yield* sh.write(2, '\n');
    return { k: 'intr' };
  }
  return l === null ? { k: 'eof' } : { k: 'line', text: l };
}

/** Read-eval loop on a terminal. Returns the exit status. */
export function* interactiveLoop(sh: Shell, _login: boolean, norc = false): Gen<number> {
  const st = sh.st;
  st.interactive = true;
  st.interactiveShell = true;
  st.source = '';
  st.opts.history = true;
  st.opts.histexpand = true;
  st.opts.emacs = true;
  if (getScalar(st, 'PS1') === '\\s-\\v\\$ ' && !st.opts.posix) setScalar(st, 'PS1', '\\u@\\h:\\w\\$ ');
  setupJobControl(sh);
  yield* loadHistory(sh);
  const ed = new Editor();
  updateWinsize(sh, ed);
  const home = getScalar(st, 'HOME');
  if (home && !norc && !st.opts.posix) {
    const rc = yield* sh.readFile(home + '/.bashrc');
    if (typeof rc === 'string') {
      const r = yield* guarded(sh, runSource(sh, rc, true));
      if (r !== null) return r;
    }
  }
  const status = yield* readEvalLoop(sh, ed);
  yield* saveHistory(sh);
  return status;
}

/** Whether the text ends in a backslash that continues the line (not quoted, not escaped). */
export function endsInContinuation(text: string): boolean {
  let sq = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (sq) {
      if (c === "'") sq = false;
    } else if (c === "'") sq = true;
    else if (c === '\\') {
      if (i === text.length - 1) return true;
      i++;
    }
  }
  return false;
}

function* readEvalLoop(sh: Shell, ed: Editor): Gen<number> {
  const st = sh.st;
  let lines: string[] = [];
  let cont = '';
  for (;;) {
    if (!lines.length && !cont) {
      yield* notifyJobs(sh, { atPrompt: true });
      const pc = getScalar(st, 'PROMPT_COMMAND');
      if (pc) {
        const r = yield* guarded(sh, runString(sh, pc, 'trap'));
        if (r !== null) return r;
      }
    }
    const prompt = expandPrompt(sh, getScalar(st, lines.length || cont ? 'PS2' : 'PS1') ?? '', true);
    const got = yield* readUserLine(sh, ed, prompt);
    for (const sig of ed.deferred.splice(0)) sh.sys.kill(sh.sys.getpid(), sig);
    if (got.k === 'intr') {
      lines = [];
      cont = '';
      st.status = 130;
      continue;
    }
    if (got.k === 'eof') {
      if (lines.length || cont) {
        lines = [];
        cont = '';
        continue;
      }
      yield* sh.write(2, 'exit\n');
      return st.status;
    }
    let line = cont + got.text;
    cont = '';
    if (st.opts.histexpand) {
      const x = expandHistory(line, st.history, st.histBase);
      if (x.k === 'error') {
        yield* sh.write(2, `bash: ${x.message}\n`);
        lines = [];
        cont = '';
        continue;
      }
      if (x.k === 'expanded') {
        line = x.text;
        yield* sh.write(1, line + '\n');
        if (x.print) {
          addHistory(st, line);
          lines = [];
          continue;
        }
      }
    }
    if (endsInContinuation([...lines, line].join('\n'))) {
      cont = line.slice(0, -1);
      continue;
    }
    lines.push(line);
    const text = lines.join('\n') + '\n';
    if (completeness(text, sh.st.shopt.get('extglob') ?? false) === 'incomplete') continue;
    lines = [];
    if (text.trim()) addHistory(st, joinHistoryLines(text.replace(/\n$/, '').split('\n')));
    const r = yield* guarded(sh, runSource(sh, text, true));
    if (r !== null) return r;
  }
}

/** Run a step of the loop; Flow 'exit' ends the shell (its status), anything else continues. */
function* guarded(sh: Shell, g: Gen<number>): Gen<number | null> {
  try {
    yield* g;
    return null;
  } catch (e) {
    if (e instanceof Flow && e.kind === 'exit') return e.n;
    if (e instanceof Fatal) return e.status;
    if (e instanceof Flow) return null;
    if (e instanceof Interrupt) {
      sh.st.status = 130;
      if (e.newline) yield* sh.write(2, '\n');
      return null;
    }
    throw e;
  }
}
