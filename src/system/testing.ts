/**
 * Run a command line the way `terrarium run` does: boot a standard machine,
 * copy files into /home/user, run `bash -c LINE` (on a terminal unless
 * tty is false), and return what the terminal showed and the exit status.
 */
import { WEXITSTATUS, WIFSIGNALED, WTERMSIG } from '../abi/wait.ts';
import type { Machine } from '../kernel/machine.ts';
import { bootStandard } from './boot.ts';
import { concat } from '../programs/lib/io.ts';

export interface RunOptions {
  files?: Record<string, string | Uint8Array>;
  seed?: number;
  /** Default true: stdio on a terminal; false: pipes (stdout and stderr apart). */
  tty?: boolean;
  stdin?: string | Uint8Array;
  env?: Record<string, string>;
  cwd?: string;
  uid?: number;
  rows?: number;
  cols?: number;
  maxVirtualMs?: number;
  maxRealMs?: number;
  /** Called after boot, before the command runs. */
  setup?: (m: Machine) => void;
  /** Called with each chunk as the guest writes it: the terminal's output (or stdout
   *  without a tty) as `1`, stderr without a tty as `2`, in the order they were written. */
  onBytes?: (fd: 1 | 2, bytes: Uint8Array) => void;
}

export interface RunResult {
  /** With a tty: everything the terminal showed (CRLF turned into LF). Without: stdout. */
  output: string;
  /** The same bytes as the guest wrote them (no UTF-8 decoding, CRLF kept), and its stderr without a tty. */
  raw: { output: Uint8Array; stderr: Uint8Array };
  stdout: string;
  stderr: string;
  status: number;
  machine: Machine;
}

export function defaultEnv(uid = 1000): Record<string, string> {
  const root = uid === 0;
  return {
    HOME: root ? '/root' : '/home/user',
    USER: root ? 'root' : 'user',
    LOGNAME: root ? 'root' : 'user',
    SHELL: '/bin/bash',
    PATH: root ? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' : '/usr/local/bin:/usr/bin:/bin',
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    TZ: 'UTC',
  };
}

/** Wait status -> shell-style exit code (128+signal when killed). */
export function exitCode(status: number): number {
  return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
}

export function runLine(line: string, opts: RunOptions = {}): RunResult {
  const m = bootStandard({ seed: opts.seed ?? 1 });
  const uid = opts.uid ?? 1000;
  const home = uid === 0 ? '/root' : '/home/user';
  for (const [name, data] of Object.entries(opts.files ?? {})) {
    const path = name.startsWith('/') ? name : `${home}/${name}`;
    const mode = /\.(sh|pl)$/.test(name) && typeof data === 'string' && data.startsWith('#!') ? 0o755 : 0o644;
    m.writeFile(path, data, { uid, gid: uid, mode });
  }
  opts.setup?.(m);
  const dec = new TextDecoder();
  const errDec = new TextDecoder();
  let output = '';
  let stderr = '';
  const rawOut: Uint8Array[] = [];
  const rawErr: Uint8Array[] = [];
  const env = { ...defaultEnv(uid), ...(opts.env ?? {}) };
  const argv = ['bash', '-c', line];
  let pid: number;
  if (opts.tty === false) {
    const stdin = typeof opts.stdin === 'string' ? new TextEncoder().encode(opts.stdin) : opts.stdin;
    pid = m.spawn(argv, {
      env, uid, cwd: opts.cwd ?? home, stdin: stdin ?? new Uint8Array(0), path: '/bin/bash',
      stdout: (d) => { rawOut.push(d.slice()); output += dec.decode(d, { stream: true }); opts.onBytes?.(1, d); },
      stderr: (d) => { rawErr.push(d.slice()); stderr += errDec.decode(d, { stream: true }); opts.onBytes?.(2, d); },
    });
  } else {
    const t = m.openTerminal({ rows: opts.rows ?? 24, cols: opts.cols ?? 80 });
    t.onOutput((d) => { rawOut.push(d.slice()); output += dec.decode(d, { stream: true }); opts.onBytes?.(1, d); });
    pid = m.spawn(argv, { env, uid, cwd: opts.cwd ?? home, terminal: t, path: '/bin/bash' });
    if (opts.stdin !== undefined) t.input(opts.stdin);
  }
  const k = m.kernel;
  m.runUntil(() => m.exitStatus(pid) !== null && !k.hasRunnable(), {
    maxVirtualMs: opts.maxVirtualMs, maxRealMs: opts.maxRealMs,
  });
  const status = m.exitStatus(pid);
  m.shutdown();
  m.runUntil(() => !k.hasRunnable(), { maxVirtualMs: 1000 });
  if (opts.tty !== false) output = output.replace(/\r\n/g, '\n');
  const raw = { output: concat(rawOut), stderr: concat(rawErr) };
  return { output, raw, stdout: output, stderr, status: status === null ? 124 : exitCode(status), machine: m };
}
