/**
 * The shell's state: plain data only (Maps, arrays, strings, numbers), so a
 * fork copies it with structuredClone and the child carries on from it.
 */
import type { FuncDef } from './parse/ast.ts';

export type VarValue =
  | { k: 'str'; v: string }
  | { k: 'idx'; v: Map<number, string> }
  | { k: 'assoc'; v: Map<string, string> };

export interface Var {
  /** null: declared (declare x / local x) but not set. */
  val: VarValue | null;
  exported?: boolean;
  readonly?: boolean;
  integer?: boolean;
  lower?: boolean;
  upper?: boolean;
  /** declare -n: the value (a str) names the variable this one stands for. */
  nameref?: boolean;
}

export interface Job {
  id: number;
  pgid: number;
  pids: number[];
  /** Wait status per pid once known (null while running). */
  statuses: (number | null)[];
  state: 'running' | 'stopped' | 'done';
  cmd: string;
  /** Reported to the user after finishing (Done/Terminated notice shown). */
  notified: boolean;
  /**
   * Signalled by this shell's kill during the current command: on Linux the
   * target has not yet died when bash reaches its next prompt, so the notice
   * waits one prompt (until the shell next waits for anything).
   */
  late?: boolean;
  /** The "Stopped" notice for the current stop has been shown. */
  stopShown?: boolean;
}

export interface ShellOptions {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  pipefail: boolean;
  noglob: boolean;
  noclobber: boolean;
  allexport: boolean;
  monitor: boolean;
  notify: boolean;
  noexec: boolean;
  verbose: boolean;
  hashall: boolean;
  braceexpand: boolean;
  emacs: boolean;
  vi: boolean;
  histexpand: boolean;
  history: boolean;
  ignoreeof: boolean;
  posix: boolean;
  errtrace: boolean;
  functrace: boolean;
}

export interface ShellState {
  globals: Map<string, Var>;
  /** Function-local scopes, innermost last. */
  frames: Map<string, Var>[];
  funcs: Map<string, FuncDef>;
  aliases: Map<string, string>;
  opts: ShellOptions;
  shopt: Map<string, boolean>;
  argv0: string;
  positional: string[];
  status: number;
  lastBg: number | null;
  pipestatus: number[];
  /** Trap actions keyed by signal number: 0 EXIT, and the pseudo-signals ERR, DEBUG, RETURN (TRAP_*). */
  traps: Map<number, string>;
  /**
   * In a subshell: the parent's signal traps, reset here but still listed by
   * `trap`/`trap -p` (as bash does, so `$(trap)` shows them) until a trap is set.
   */
  shownTraps: Map<number, string>;
  jobs: Job[];
  /** "+" and "-" job ids. */
  curJob: number | null;
  prevJob: number | null;
  hash: Map<string, string>;
  /** Wait statuses of finished jobs' last pids after they left the table (bash's bgpids), for `wait PID`. */
  bgDone: Map<number, number>;
  history: string[];
  /** Number of history entries dropped from the front (history numbers start at histBase + 1). */
  histBase: number;
  interactive: boolean;
  /** The shell was started interactive (subshells keep it: messages carry no line numbers). */
  interactiveShell: boolean;
  /** "-c", a script path, or "" for an interactive shell: prefixes error messages. */
  source: string;
  lineno: number;
  funcNames: string[];
  /** Function calls, innermost last (caller, BASH_LINENO). */
  calls: CallFrame[];
  /** Where each function was defined (BASH_SOURCE): a file, or "environment" for -c and the prompt. */
  funcSources: Map<string, string>;
  /** Inside a trap action of these kinds (DEBUG and ERR traps do not run again inside their own). */
  inTrap: number[];
  /** Whether this process is a subshell (fork of the shell), and its depth. */
  subshell: number;
  pid: number;
  ppid: number;
  /** bash's random seed (Park-Miller), the last value given, and the pid that seeded it. */
  randomState: number;
  randomLast: number;
  randomSeededPid: number;
  secondsBase: number;
  /** Epoch seconds when the shell started (printf %(fmt)T with -2). */
  startTime: number;
  umask: number;
  /** set -e is suppressed inside if/while conditions and && || lists. */
  errexitOff: number;
  loopDepth: number;
  /** Nesting of `source`d files (return is allowed in them). */
  sourceDepth: number;
  /** getopts: OPTIND it last set, and the position inside a grouped option word. */
  getoptsLast: number;
  getoptsSub: number;
  /** Builtins turned off with `enable -n`. */
  disabled: string[];
  /** Directory stack for pushd/popd. */
  dirstack: string[];
}

/** Keys of the pseudo-signal traps in ShellState.traps. */
export const TRAP_ERR = -1, TRAP_DEBUG = -2, TRAP_RETURN = -3;

/** One active function call: its name, the line it was called from, where it was defined. */
export interface CallFrame {
  name: string;
  line: number;
  source: string;
}

export function defaultOptions(): ShellOptions {
  return {
    errexit: false, nounset: false, xtrace: false, pipefail: false, noglob: false, noclobber: false,
    allexport: false, monitor: false, notify: false, noexec: false, verbose: false, hashall: true,
    braceexpand: true, emacs: false, vi: false, histexpand: false, history: false, ignoreeof: false,
    posix: false, errtrace: false, functrace: false,
  };
}

export function newState(): ShellState {
  return {
    globals: new Map(), frames: [], funcs: new Map(), aliases: new Map(), opts: defaultOptions(),
    shopt: new Map([['expand_aliases', false], ['extglob', false], ['nullglob', false], ['failglob', false], ['dotglob', false], ['nocaseglob', false], ['nocasematch', false], ['globstar', false], ['lastpipe', false], ['checkwinsize', true], ['histappend', false], ['sourcepath', true], ['xpg_echo', false], ['inherit_errexit', false], ['extquote', true], ['promptvars', true], ['interactive_comments', true], ['cmdhist', true], ['globasciiranges', true]]),
    argv0: 'bash', positional: [], status: 0, lastBg: null, pipestatus: [0], traps: new Map(), shownTraps: new Map(), jobs: [],
    curJob: null, prevJob: null, hash: new Map(), bgDone: new Map(), history: [], histBase: 0, interactive: false, interactiveShell: false, source: '', lineno: 0,
    funcNames: [], calls: [], funcSources: new Map(), inTrap: [], subshell: 0, pid: 0, ppid: 0, randomState: 1, randomLast: 0, randomSeededPid: 0, secondsBase: 0, startTime: 0, umask: 0o022,
    errexitOff: 0, loopDepth: 0, sourceDepth: 0, getoptsLast: 0, getoptsSub: 1, dirstack: [], disabled: [],
  };
}

/** Deep copy for fork (structuredClone keeps Maps, AST nodes are plain objects). */
export function cloneState(s: ShellState): ShellState {
  return structuredClone(s);
}
