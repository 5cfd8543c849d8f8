/**
 * Runs one oracle case with the real tools of this host (bash 5.2, perl 5.36,
 * GNU coreutils): in a fresh temporary home directory, with a fixed
 * environment, on pipes or inside a pseudo-terminal made by `script`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import {
  closeSync, constants, createReadStream, createWriteStream, mkdtempSync, mkdirSync,
  openSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ORACLE_ENV, type OracleCase, type Outcome } from '../../test/oracle/cases.ts';

/** Terminal size given to tty cases (the size of a new terminal on our machine). */
export const TTY_ROWS = 24;
export const TTY_COLS = 80;
/** How long output may keep arriving after the shell has exited. */
const DRAIN_MS = 1000;

/**
 * Read by the top-level `bash -c` before the command (BASH_ENV): an EXIT trap
 * keeps bash the parent of the last command (bash -c would exec it), the
 * terminal gets a real size (`script` leaves it 0x0 when its input is not a
 * terminal), and BASH_ENV is removed so no nested bash reads it.
 */
const BASH_ENV_TEXT = `if [ -t 0 ]; then stty rows ${TTY_ROWS} cols ${TTY_COLS} 2>/dev/null; fi
trap : EXIT
unset BASH_ENV
`;

export interface RealRun {
  /** Raw output (not normalised). */
  outcome: Outcome;
  /** The paths that mean "home" in this run (as given and as resolved). */
  homes: string[];
  timedOut: boolean;
  /** Complaints of `script` itself (tty cases): a non-empty value means a broken run. */
  harnessErrors: string;
}

/** Run `c` once. `env` overrides the case's own environment (the recorder's second port). */
export async function runReal(c: OracleCase, env: Record<string, string> = c.env): Promise<RealRun> {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'terrarium-oracle-')));
  const home = join(root, 'user');
  try {
    mkdirSync(home);
    for (const [rel, content] of Object.entries(c.files)) {
      const p = join(home, rel);
      mkdirSync(dirname(p), { recursive: true });
      // As on our machine (src/system/testing.ts): a `#!` script is executable.
      writeFileSync(p, content, { mode: /\.(sh|pl)$/.test(rel) && content.startsWith('#!') ? 0o755 : 0o644 });
    }
    writeFileSync(join(root, 'bash-env'), BASH_ENV_TEXT);
    const fullEnv: Record<string, string> = { ...ORACLE_ENV, HOME: home, BASH_ENV: join(root, 'bash-env'), ...env };
    const run = await spawnCase(c, root, home, fullEnv);
    killLeftovers(home);
    return { ...run, homes: [home] };
  } finally {
    killLeftovers(home);
    rmSync(root, { recursive: true, force: true });
  }
}

interface Streams {
  child: ChildProcess;
  stdin: Writable;
  stdout: Readable;
  stderr: Readable;
  /** Unblock any open of a FIFO still waiting for its other end. */
  unblock: () => void;
}

/**
 * Start the case. On pipes, bash gets real pipes (FIFOs in `root`): Node's
 * own stdio pipes are sockets, and bash treats a socket on stdin as a remote
 * login (it reads ~/.bashrc instead of BASH_ENV), and `test -p` would differ.
 * A tty case runs under `script`, which makes the pseudo-terminal.
 */
function startCase(c: OracleCase, root: string, home: string, env: Record<string, string>): Streams {
  if (c.tty) {
    const child = spawn('/usr/bin/script', ['-qec', c.cmd, '/dev/null'], { cwd: home, env, detached: true, stdio: 'pipe' });
    return { child, stdin: child.stdin, stdout: child.stdout, stderr: child.stderr, unblock: () => {} };
  }
  const fifos = ['stdin', 'stdout', 'stderr'].map((n) => join(root, n));
  execFileSync('mkfifo', fifos);
  const launch = 'exec /bin/bash -c "$1" <"$2" >"$3" 2>"$4"';
  const child = spawn('/bin/sh', ['-c', launch, 'sh', c.cmd, ...fifos], { cwd: home, env, detached: true, stdio: 'ignore' });
  return {
    child,
    stdin: createWriteStream(fifos[0]!),
    stdout: createReadStream(fifos[1]!),
    stderr: createReadStream(fifos[2]!),
    unblock: () => {
      for (const f of fifos) {
        try {
          closeSync(openSync(f, constants.O_RDWR | constants.O_NONBLOCK));
        } catch {
          /* removed already */
        }
      }
    },
  };
}

function spawnCase(c: OracleCase, root: string, home: string, env: Record<string, string>): Promise<Omit<RealRun, 'homes'>> {
  const { child, stdin, stdout, stderr, unblock } = startCase(c, root, home, env);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  stdin.on('error', () => {}); // the case may exit without reading its input
  stdin.end(c.stdin);
  const closed = (s: Readable): Promise<void> => new Promise((r) => s.on('close', () => r()).on('error', () => r()));
  const exited = new Promise<number>((r) => child.on('exit', (code, signal) => r(code ?? 128 + signalNumber(signal))));
  let timedOut = false;
  const stop = (): void => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
    killLeftovers(home);
    unblock();
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, c.timeoutMs);
  // Once the shell has exited, background writers get a moment; then whatever
  // still holds the pipes open is stopped so that they close.
  let drain: NodeJS.Timeout | undefined;
  void exited.then(() => {
    drain = setTimeout(stop, DRAIN_MS);
  });
  return Promise.all([exited, closed(stdout), closed(stderr)]).then(([status]) => {
    clearTimeout(timer);
    clearTimeout(drain);
    stdin.destroy();
    const o = Buffer.concat(out).toString('utf8');
    const e = Buffer.concat(err).toString('utf8');
    const outcome: Outcome = c.tty ? { terminal: o, status } : { stdout: o, stderr: e, status };
    return { outcome, timedOut, harnessErrors: c.tty ? e : '' };
  });
}

function signalNumber(name: NodeJS.Signals | null): number {
  const table: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 };
  return name ? table[name] ?? 0 : 0;
}

/**
 * Kill every process that still carries this run's HOME in its environment
 * (daemons and background jobs a case left behind), so that they cannot hold
 * its port or write into the next run; returns once they are gone (or after
 * about two seconds). Returns how many were killed.
 */
export function killLeftovers(home: string): number {
  const marker = Buffer.from(`HOME=${home}\0`);
  let killed = 0;
  for (let round = 0; round < 200; round++) {
    const found = findByEnv(marker);
    if (found.length === 0) return killed;
    for (const pid of found) {
      try {
        process.kill(pid, 'SIGKILL');
        killed++;
      } catch {
        /* raced with its exit */
      }
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  return killed;
}

/** Live (not zombie) processes whose environment contains `marker`. */
function findByEnv(marker: Buffer): number[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      if (/\) Z /.test(stat)) continue;
      const environ = readFileSync(`/proc/${pid}/environ`);
      const at = environ.indexOf(marker);
      if (at === 0 || (at > 0 && environ[at - 1] === 0)) found.push(Number(pid));
    } catch {
      /* gone meanwhile, or not ours to read */
    }
  }
  return found;
}
