/**
 * The page build's late parts (vite.config.ts swaps this in for late-inline.ts): the
 * Perl engine and the Perl module library, loaded together on the reader's first
 * keystroke.
 */
import { loadPerlEngine } from './perl-engine-lazy.ts';
import { loadPerlLib } from './perl-lib-lazy.ts';

/** A promise that settles once every late part is in place, or null when they are. */
export function loadLate(): Promise<void> | null {
  const parts = [loadPerlEngine(), loadPerlLib()].filter((p): p is Promise<void> => p !== null);
  return parts.length ? Promise.all(parts).then(() => undefined) : null;
}
