/**
 * The interactive shell: job control setup, prompts (PS1/PS2), reading
 * commands line by line from the terminal in canonical mode (the line
 * discipline edits), history, job notices, ^C at the prompt, ^D to exit.
 */
import { EINTR } from '../abi/errno.ts';
import { SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU } from '../abi/signals.ts';
import { fromUtf8, type Gen } from '../programs/runtime.ts';
import { notifyJobs } from './jobs.ts';
import { isParseError } from './parse/errors.ts';
import { Parser } from './parse/parser.ts';
import { runSource } from './main.ts';
import { Fatal, Flow, type Shell } from './shell.ts';
import { getScalar, setScalar } from './vars.ts';

/** Expand prompt escapes (bash(1) PROMPTING). */
export function expandPrompt(sh: Shell, ps: string): string {
  const home = getScalar(sh.st, 'HOME') ?? '';
  const pwd = getScalar(sh.st, 'PWD') ?? sh.sys.getcwd();
  const uid = sh.sys.geteuid();
  const user = getScalar(sh.st, 'USER') ?? (uid === 0 ? 'root' : 'user');
  const host = sh.sys.gethostname();
  const tilde = home && (pwd === home || pwd.startsWith(home + '/')) ? '~' + pwd.slice(home.length) : pwd;
  const [secs] = sh.sys.clockGettime('realtime');
  const d = new Date(secs * 1000);
  const two = (n: number): string => String(n).padStart(2, '0');
  let out = '';
  for (let i = 0; i < ps.length; i++) {
    const c = ps[i]!;
    if (c !== '\\' || i + 1 >= ps.length) {
      out += c;
      continue;
    }
    const n = ps[++i]!;
    switch (n) {
      case 'u': out += user; break;
      case 'h': out += host.split('.')[0]; break;
      case 'H': out += host; break;
      case 'w': out += tilde; break;
      case 'W': out += pwd === home ? '~' : pwd === '/' ? '/' : pwd.slice(pwd.lastIndexOf('/') + 1); break;
      case '$': out += uid === 0 ? '#' : '$'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 's': out += 'bash'; break;
      case 'v': out += '5.2'; break;
      case 'V': out += '5.2.15'; break;
      case 't': out += `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`; break;
      case 'j': out += String(sh.st.jobs.length); break;
      case '!': out += String(sh.st.history.length + 1); break;
      case '#': out += String(sh.st.history.length + 1); break;
      case 'e': out += '\x1b'; break;
      case 'a': out += '\x07'; break;
      case '[': case ']': break;
      case '\\': out += '\\'; break;
      default:
        if (/[0-7]/.test(n)) {
          const m = /^[0-7]{1,3}/.exec(ps.slice(i))![0];
          out += String.fromCharCode(parseInt(m, 8));
          i += m.length - 1;
        } else out += '\\' + n;
    }
  }
  return out;
}

/** Read one line from the terminal; null at EOF, 'intr' when ^C interrupted it. */
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
    if (r.length === 0) return bytes.length ? fromUtf8(new Uint8Array(bytes)) : null;
    if (r[0] === 10) return fromUtf8(new Uint8Array(bytes));
    bytes.push(r[0]!);
  }
}

function setupJobControl(sh: Shell): void {
  const pid = sh.sys.getpid();
  if (sh.sys.getpgrp() !== pid) sh.sys.setpgid(0, pid);
  sh.sys.tcsetpgrp(0, pid);
  for (const s of [SIGTSTP, SIGTTIN, SIGTTOU, SIGQUIT, SIGTERM]) sh.sys.sigaction(s, 'ignore');
  sh.sys.sigaction(SIGINT, 'catch');
  sh.st.opts.monitor = true;
}

/** Whether `text` is a complete command (parse without running). */
function completeness(text: string): 'complete' | 'incomplete' {
  try {
    const p = new Parser(text, { final: false });
    while (p.parseCommandLine()) { /* parse all */ }
    p.finish();
    return 'complete';
  } catch (e) {
    if (isParseError(e) && e.incomplete) return 'incomplete';
    return 'complete';
  }
}

/** Read-eval loop on a terminal. Returns the exit status. */
export function* interactiveLoop(sh: Shell, _login: boolean): Gen<number> {
  const st = sh.st;
  st.interactive = true;
  st.source = '';
  st.opts.history = true;
  st.opts.emacs = true;
  if (getScalar(st, 'PS1') === '\\s-\\v\\$ ') setScalar(st, 'PS1', '\\u@\\h:\\w\\$ ');
  setupJobControl(sh);
  const home = getScalar(st, 'HOME');
  if (home) {
    const rc = yield* sh.readFile(home + '/.bashrc');
    if (typeof rc === 'string') yield* guarded(sh, runSource(sh, rc, true));
  }
  let buffer = '';
  for (;;) {
    if (!buffer) yield* notifyJobs(sh);
    yield* sh.write(2, expandPrompt(sh, getScalar(st, buffer ? 'PS2' : 'PS1') ?? ''));
    const line = yield* readTermLine(sh);
    if (line === 'intr') {
      yield* sh.write(2, '\n');
      buffer = '';
      st.status = 130;
      continue;
    }
    if (line === null) {
      if (buffer) {
        buffer = '';
        continue;
      }
      yield* sh.write(2, 'exit\n');
      return st.status;
    }
    buffer += line + '\n';
    if (completeness(buffer) === 'incomplete') continue;
    const text = buffer;
    buffer = '';
    if (text.trim()) st.history.push(text.replace(/\n$/, ''));
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
    throw e;
  }
}
