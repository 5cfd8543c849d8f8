/**
 * The page build's stand-in for src/perl/natives-late.ts (vite.config.ts swaps it in for
 * the worker): the natives of JSON::PP, MIME::Base64 and the digests stay out of the
 * Perl engine's chunk. perl-lib-lazy.ts calls `loadLateNatives` with the module
 * library's on-demand parts, where those modules are, so the natives are defined before
 * a process can read one of their files.
 */
import type { DefineNative } from '../perl/natives-late.ts';

let define: DefineNative | null = null;
let loading: Promise<void> | null = null;

/** natives.ts's call: keep its way to define natives for later. */
export function lateNatives(native: DefineNative): void {
  define = native;
}

/** Fetch and define the natives (once); resolves at once when they are. */
export function loadLateNatives(): Promise<void> {
  loading ??= import('../perl/natives-late.ts').then((m) => {
    if (!define) throw new Error('the Perl engine has not loaded');
    m.lateNatives(define);
  }).catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}
