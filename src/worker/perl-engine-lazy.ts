/**
 * The page build's stand-in for src/perl/index.ts (vite.config.ts swaps it in for the
 * worker): the Perl engine is a chunk of its own, loaded when the reader first types.
 * `/usr/bin/perl` is installed at boot as a program that hands every call to the
 * engine (with its opens gated, see file-gate.ts); the engine's modules are late files
 * (see late-files.ts). No command line
 * reaches the machine before both are here, so a guest never meets the stand-in; if
 * the engine could not load, perl says so and exits 255.
 */
import type { Program, Sys } from '../abi/sys.ts';
import SIZES from 'virtual:terrarium-late-sizes';
import { LateFiles, PERL_ENGINE_PROGRAMS as ENGINE_PROGRAMS, lateLoader } from './late-files.ts';
import { gateSys } from './file-gate.ts';

type Engine = typeof import('../perl/index.ts');

let engine: Engine | null = null;
const modules = new LateFiles('the Perl engine', SIZES.perlEngine);

const MISSING = { missingEngine: true };

export const perlProgram: Program = {
  name: 'perl',
  load: (argv, envp) => (engine ? engine.perlProgram.load(argv, envp) : MISSING),
  run(image: unknown, sys: Sys, budget: number): number {
    if (engine && image !== MISSING) return engine.perlProgram.run(image, gateSys(sys), budget);
    sys.write(2, new TextEncoder().encode('perl: the Perl engine is not loaded (see the message above)\n'));
    sys.exit(255);
    return 1;
  },
};

export function programs(): Record<string, Program> {
  return Object.fromEntries(ENGINE_PROGRAMS.map((p) => [p, perlProgram]));
}

/** The engine's own modules, relative to /usr/lib/perl5 (placeholders until loaded). */
export function perlLibFiles(): Record<string, Uint8Array> {
  return modules.files();
}

const load = lateLoader('the Perl engine', async () => {
  const e = await import('../perl/index.ts');
  const names = Object.keys(e.programs()).sort().join(' ');
  if (names !== [...ENGINE_PROGRAMS].sort().join(' ')) throw new Error(`it installs ${names}, this page expected ${ENGINE_PROGRAMS.join(' ')}`);
  modules.arrive(e.perlLibFiles());
  engine = e;
});

/** Resolves once the engine and its modules are in place; null when they already are. */
export function loadPerlEngine(): Promise<void> | null {
  return engine ? null : load();
}
