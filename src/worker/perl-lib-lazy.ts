/**
 * The page build's stand-in for src/perl-lib/index.ts (vite.config.ts swaps it in for
 * the worker): the module library's texts stay out of the worker's script, in a chunk
 * loaded when the reader first types (see late-files.ts).
 */
import SIZES from 'virtual:terrarium-late-sizes';
import { LateFiles, lateLoader } from './late-files.ts';

const lib = new LateFiles('the Perl module library', SIZES.perlLib);

/** Machine path to contents (placeholders until loaded). */
export function perlLibFiles(): Record<string, Uint8Array> {
  return lib.files();
}

const load = lateLoader('the Perl module library', async () => {
  const { PERL_LIB_FILES } = await import('../perl-lib/files.generated.ts');
  lib.arrive(PERL_LIB_FILES);
});

/** Resolves once the texts are in place; null when they already are. */
export function loadPerlLib(): Promise<void> | null {
  return lib.arrived ? null : load();
}
