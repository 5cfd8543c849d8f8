/**
 * The page build's stand-ins for programs a reader seldom runs (awk, vi, tar, curl, …;
 * vite.config.ts lists their modules). Each stand-in is installed at boot under the real
 * program's name, so the filesystem is the same; the module's code is fetched the first
 * time a process execs one of its programs. Until it is here that process sleeps in
 * short virtual-time naps, as a program paged in from a slow disk would: in the page's
 * paced mode virtual time follows the wall clock, so the wait is the fetch's real time
 * and nothing else changes for the guest. If the fetch fails the program says so on
 * stderr and exits 126; the next exec tries again.
 *
 * Node, the tests and the one-file build import the real modules; nothing here runs.
 */
import type { Program, Sys } from '../abi/sys.ts';
import { ERESTARTSYS } from '../abi/errno.ts';

/** What a module exports to its aggregator: a `…Programs()` map, or a Program. */
export type OnDemandExport =
  | { kind: 'map'; programs: Record<string, string> }
  | { kind: 'program'; name: string };

/** Export name -> what it is (computed at build time from the real module). */
export type OnDemandTable = Record<string, OnDemandExport>;

/** Milliseconds of virtual time between looks for the code. */
const NAP_MS = 5;

/** The image of a process whose program is still on its way. */
interface PendingImage {
  onDemand: true;
  argv: string[];
  envp: string[];
  /** A nap was started and must be re-issued until it completes. */
  napping: boolean;
  /** The real program's image, once it could be made. */
  inner: unknown;
}

function isPending(image: unknown): image is PendingImage {
  return typeof image === 'object' && image !== null && (image as Partial<PendingImage>).onDemand === true;
}

/** One module fetched on demand. */
class LazyModule {
  private real: Record<string, unknown> | null = null;
  private loading: Promise<void> | null = null;
  error: string | null = null;

  constructor(readonly what: string, private readonly importer: () => Promise<Record<string, unknown>>) {}

  get loaded(): Record<string, unknown> | null {
    return this.real;
  }

  /** Start fetching (once at a time); a failure is kept in `error` until the next try. */
  fetch(): void {
    if (this.real || this.loading) return;
    this.error = null;
    this.loading = this.importer().then(
      (m) => {
        this.real = m;
      },
      (err: unknown) => {
        this.error = err instanceof Error ? err.message : String(err);
      },
    ).finally(() => {
      this.loading = null;
    });
  }
}

/** The real program `name` among the module's exports, or null. */
function findReal(mod: Record<string, unknown>, table: OnDemandTable, name: string): Program | null {
  for (const [key, entry] of Object.entries(table)) {
    const value = mod[key];
    if (entry.kind === 'program') {
      if (entry.name === name) return (value as Program | undefined) ?? null;
      continue;
    }
    if (typeof value !== 'function') continue;
    const found = Object.values((value as () => Record<string, Program>)()).find((p) => p.name === name);
    if (found) return found;
  }
  return null;
}

function fail(sys: Sys, name: string, why: string): number {
  sys.write(2, new TextEncoder().encode(`${name}: the program could not be loaded (${why})\n`));
  sys.exit(126);
  return 1;
}

/** A stand-in for program `name` of `mod`. */
function standIn(mod: LazyModule, table: OnDemandTable, name: string): Program {
  let real: Program | null = null;
  const program: Program = {
    name,
    load: (argv, envp): PendingImage => ({ onDemand: true, argv: [...argv], envp: [...envp], napping: false, inner: undefined }),
    run(image: unknown, sys: Sys, budget: number): number {
      // A process forked by the real program carries the real program's image.
      if (!isPending(image)) return real ? real.run(image, sys, budget) : fail(sys, name, 'no code for a forked image');
      if (image.inner !== undefined) return real!.run(image.inner, sys, budget);
      if (image.napping) {
        if (sys.nanosleep(NAP_MS) === -ERESTARTSYS) return 1;
        image.napping = false;
      }
      const loaded = mod.loaded;
      if (loaded) {
        real ??= findReal(loaded, table, name);
        if (!real) return fail(sys, name, `${mod.what} has no program ${name}`);
        image.inner = real.load(image.argv, image.envp);
        return real.run(image.inner, sys, Math.max(1, budget - 1));
      }
      if (mod.error !== null) {
        const why = mod.error;
        mod.error = null;
        return fail(sys, name, why);
      }
      mod.fetch();
      image.napping = true;
      if (sys.nanosleep(NAP_MS) !== -ERESTARTSYS) image.napping = false;
      return 1;
    },
  };
  return program;
}

/**
 * The exports of a module loaded on demand, as its aggregator imports them: each
 * `…Programs()` map and each Program, with stand-ins in place of the programs.
 * `what` names the module in messages; `importer` fetches the real one.
 */
export function onDemandExports(what: string, importer: () => Promise<Record<string, unknown>>, table: OnDemandTable): Record<string, unknown> {
  const mod = new LazyModule(what, importer);
  const byName = new Map<string, Program>();
  const get = (name: string): Program => {
    let p = byName.get(name);
    if (!p) byName.set(name, (p = standIn(mod, table, name)));
    return p;
  };
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, entry] of Object.entries(table)) {
    if (entry.kind === 'program') out[key] = get(entry.name);
    else {
      const programs = entry.programs;
      out[key] = (): Record<string, Program> => Object.fromEntries(Object.entries(programs).map(([path, name]) => [path, get(name)]));
    }
  }
  return out;
}
