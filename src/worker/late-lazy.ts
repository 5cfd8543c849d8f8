/**
 * The page build's late parts (vite.config.ts swaps this in for late-inline.ts): the
 * Perl engine, the Perl module library and the regex engine, loaded together on the
 * reader's first keystroke; and the files fetched when a process first opens one of them
 * (files-on-demand.ts).
 */
import type { Machine } from '../kernel/machine.ts';
import { holdFiles } from './file-gate.ts';
import { fileSets } from './files-on-demand.ts';
import { inodeNumber } from './machine-adapter.ts';
import { loadPerlEngine } from './perl-engine-lazy.ts';
import { loadPerlLib } from './perl-lib-lazy.ts';
import { loadRegex } from './regex-lazy.ts';

/** A promise that settles once every late part is in place, or null when they are. */
export function loadLate(): Promise<void> | null {
  const parts = [loadPerlEngine(), loadPerlLib(), loadRegex()].filter((p): p is Promise<void> => p !== null);
  return parts.length ? Promise.all(parts).then(() => undefined) : null;
}

/** A machine just booted: hold back opens of its placeholders for files fetched on demand. */
export function afterBoot(m: Machine): Machine {
  for (const set of fileSets) {
    if (!set.arrived) holdFiles(set, set.paths.map((p) => inodeNumber(m, p)).filter((n): n is number => n !== null));
  }
  return m;
}
