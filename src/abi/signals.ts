/**
 * Linux signal numbers (x86-64), names, strsignal texts and default actions.
 * The one list; tables generated from glibc by tools/gen-abi.sh.
 */
import { SIGNAL_TABLE } from './signal-table.ts';

export const SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6,
  SIGBUS = 7, SIGFPE = 8, SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12,
  SIGPIPE = 13, SIGALRM = 14, SIGTERM = 15, SIGSTKFLT = 16, SIGCHLD = 17, SIGCONT = 18,
  SIGSTOP = 19, SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22, SIGURG = 23, SIGXCPU = 24,
  SIGXFSZ = 25, SIGVTALRM = 26, SIGPROF = 27, SIGWINCH = 28, SIGIO = 29, SIGPWR = 30,
  SIGSYS = 31;

export const NSIG = 32;

/** Default action per signal(7). */
export type DefaultAction = 'term' | 'core' | 'ign' | 'stop' | 'cont';

const DEFAULT_ACTION: Record<number, DefaultAction> = {
  [SIGHUP]: 'term', [SIGINT]: 'term', [SIGQUIT]: 'core', [SIGILL]: 'core', [SIGTRAP]: 'core',
  [SIGABRT]: 'core', [SIGBUS]: 'core', [SIGFPE]: 'core', [SIGKILL]: 'term', [SIGUSR1]: 'term',
  [SIGSEGV]: 'core', [SIGUSR2]: 'term', [SIGPIPE]: 'term', [SIGALRM]: 'term', [SIGTERM]: 'term',
  [SIGSTKFLT]: 'term', [SIGCHLD]: 'ign', [SIGCONT]: 'cont', [SIGSTOP]: 'stop', [SIGTSTP]: 'stop',
  [SIGTTIN]: 'stop', [SIGTTOU]: 'stop', [SIGURG]: 'ign', [SIGXCPU]: 'core', [SIGXFSZ]: 'core',
  [SIGVTALRM]: 'term', [SIGPROF]: 'term', [SIGWINCH]: 'ign', [SIGIO]: 'term', [SIGPWR]: 'term',
  [SIGSYS]: 'core',
};

export function defaultAction(sig: number): DefaultAction {
  return DEFAULT_ACTION[sig] ?? 'term';
}

const NAMES = new Map<number, string>();
const TEXTS = new Map<number, string>();
const BY_NAME = new Map<string, number>();
for (const [n, name, text] of SIGNAL_TABLE) {
  NAMES.set(n, name);
  TEXTS.set(n, text);
  BY_NAME.set(name, n);
}
BY_NAME.set('IOT', SIGABRT);
BY_NAME.set('POLL', SIGIO);
BY_NAME.set('CLD', SIGCHLD);

/** "TERM" for 15 (no SIG prefix), undefined if not a signal. */
export function signalName(sig: number): string | undefined {
  return NAMES.get(sig);
}

/** glibc strsignal text: 15 -> "Terminated". */
export function strsignal(sig: number): string {
  return TEXTS.get(sig) ?? `Unknown signal ${sig}`;
}

/** Number for "TERM", "SIGTERM", "term" or "15"; undefined when unknown. */
export function signalByName(name: string): number | undefined {
  if (/^\d+$/.test(name)) {
    const n = Number(name);
    return n >= 0 && n < NSIG ? n : undefined;
  }
  const up = name.toUpperCase();
  return BY_NAME.get(up.startsWith('SIG') ? up.slice(3) : up);
}

export const canCatch = (sig: number): boolean => sig !== SIGKILL && sig !== SIGSTOP;

/** Signal set as a bit mask over 1..31 (bit n-1 for signal n). */
export type SigSet = number;
export const sigbit = (sig: number): number => (1 << (sig - 1)) >>> 0;
