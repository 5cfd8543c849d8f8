/**
 * The page build's files fetched on demand (files-on-demand.ts: the rarely used part of
 * the Perl module library, the manual pages). At boot each is a placeholder of its real
 * size, so
 * `ls -l` and `stat` see the real files. Every program of the page's worker runs with a
 * gated Sys: before those texts are here, an `open`, `truncate` or `execve` of one of
 * their inodes starts fetching them and puts the process to sleep in short virtual-time
 * naps (a slow disk, as on-demand.ts does for programs) until they are, then goes
 * ahead. Nothing can read or change a placeholder, and nothing else waits. If the fetch
 * fails the call fails with EIO; the next one tries again.
 *
 * Node, the tests and the one-file build have the texts inline; no gate is installed.
 */
import type { Program, Stat, Sys } from '../abi/sys.ts';
import { EINTR, EIO, ERESTARTSYS } from '../abi/errno.ts';
import { O_NOFOLLOW } from '../abi/fcntl.ts';

/** Milliseconds of virtual time between looks for the texts. */
const NAP_MS = 5;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;

/** What the gate holds back: inode numbers of placeholders, and how to fetch the texts. */
export interface PendingFiles {
  /** True once the texts are in every placeholder. */
  readonly arrived: boolean;
  /** Start fetching (no-op while a fetch runs); a failure is kept in `error`. */
  fetch(): void;
  /** Why the last fetch failed; reading it clears it. */
  takeError(): string | null;
  /** Fetch (if need be) and resolve once the texts are in; rejects if the fetch fails. */
  load(): Promise<void>;
}

/** Inode number -> the set whose text it waits for. */
const held = new Map<number, PendingFiles>();

/** Gate opens of the inodes `inos` (placeholders of a booted machine) until `files` arrived. */
export function holdFiles(files: PendingFiles, inos: Iterable<number>): void {
  for (const ino of inos) held.set(ino, files);
}

/** Resolves once every set that one of `inos` waits for has its texts (fetching them);
 *  null when none waits. For readers that bypass the gate (copying a tree out). */
export function arrivalOf(inos: Iterable<number>): Promise<void> | null {
  const sets = new Set<PendingFiles>();
  for (const ino of inos) {
    const files = held.get(ino);
    if (files && !files.arrived) sets.add(files);
  }
  return sets.size ? Promise.all([...sets].map((f) => f.load())).then(() => undefined) : null;
}

/** Whether anything is still held back. */
function holding(): boolean {
  for (const files of held.values()) if (!files.arrived) return true;
  return false;
}

/** Per gated Sys: a nap was started and must be re-issued until it completes. */
const napping = new WeakSet<Sys>();
const gated = new WeakMap<Sys, Sys>();

/** The set `st` is a placeholder of, if its text is still on its way. */
function waitingSet(st: Stat | number): PendingFiles | null {
  if (typeof st === 'number' || (st.mode & S_IFMT) !== S_IFREG) return null;
  const files = held.get(st.ino);
  return files && !files.arrived ? files : null;
}

/**
 * Wait for the text if `path` is a placeholder: 0 to go ahead, -ERESTARTSYS (asleep;
 * the caller returns and re-issues its call), -EINTR or -EIO.
 */
function waitFor(sys: Sys, path: string, follow: boolean): number {
  if (napping.has(sys)) {
    const r = sys.nanosleep(NAP_MS);
    if (r === -ERESTARTSYS) return r;
    napping.delete(sys);
    if (r === -EINTR) return r;
  }
  if (!holding()) return 0;
  const files = waitingSet(follow ? sys.stat(path) : sys.lstat(path));
  if (!files) return 0;
  if (files.takeError() !== null) return -EIO;
  files.fetch();
  const r = sys.nanosleep(NAP_MS);
  if (r === -ERESTARTSYS) napping.add(sys);
  return r === -EINTR ? r : -ERESTARTSYS;
}

/** `sys` with open, truncate and execve held back while their file is a placeholder. */
export function gateSys(sys: Sys): Sys {
  // A nap under way is finished through the gate even after the texts came.
  if (!holding() && !napping.has(sys)) return sys;
  let g = gated.get(sys);
  if (g) return g;
  g = Object.create(sys) as Sys;
  g.open = (path, flags, mode) => {
    const r = waitFor(sys, path, (flags & O_NOFOLLOW) === 0);
    return r === 0 ? sys.open(path, flags, mode) : r;
  };
  g.truncate = (path, length) => {
    const r = waitFor(sys, path, true);
    return r === 0 ? sys.truncate(path, length) : r;
  };
  // A script fetched on demand (/usr/bin/prove) is read by the kernel at exec.
  g.execve = (path, argv, envp) => {
    const r = waitFor(sys, path, true);
    return r === 0 ? sys.execve(path, argv, envp) : r;
  };
  gated.set(sys, g);
  return g;
}

/** `program` running with a gated Sys. */
export function gateProgram(program: Program): Program {
  return {
    name: program.name,
    load: (argv, envp) => program.load(argv, envp),
    run: (image, sys, budget) => program.run(image, gateSys(sys), budget),
  };
}

/** Every program of an install map, gated (one wrapper per program object). */
export function gatePrograms(programs: Record<string, Program>): Record<string, Program> {
  const wrapped = new Map<Program, Program>();
  const out: Record<string, Program> = {};
  for (const [path, p] of Object.entries(programs)) {
    let g = wrapped.get(p);
    if (!g) wrapped.set(p, (g = gateProgram(p)));
    out[path] = g;
  }
  return out;
}
