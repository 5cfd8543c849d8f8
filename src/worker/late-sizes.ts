/**
 * Build time (vite.config.ts) and tests: the byte sizes the page's worker needs at boot
 * for the parts it loads late (see late-files.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PERL_LIB_FILES } from '../perl-lib/files.generated.ts';
import { perlLibTiers } from './perl-lib-tiers.ts';

export interface LateSizes {
  /** src/perl-lib: machine path -> bytes, in the library's order. */
  perlLib: Record<string, number>;
  /** The library's files fetched on demand, in two sets (perl-lib-tiers.ts); the others
   *  come first. */
  perlLibChapter: string[];
  perlLibMore: string[];
  /** src/perl/lib: path relative to /usr/lib/perl5 -> bytes. */
  perlEngine: Record<string, number>;
}

/** Sizes of the Perl library (and which of its files come on demand) and of every .pm
 *  under `engineLib` (src/perl/lib). */
export function lateSizes(engineLib: string): LateSizes {
  const perlLib = Object.fromEntries(Object.entries(PERL_LIB_FILES).map(([p, t]) => [p, Buffer.byteLength(t, 'utf8')]));
  const perlEngine: Record<string, number> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.pm')) perlEngine[path.relative(engineLib, p).split(path.sep).join('/')] = readFileSync(p).length;
    }
  };
  walk(engineLib);
  const tiers = perlLibTiers(PERL_LIB_FILES);
  return { perlLib, perlLibChapter: tiers.chapter, perlLibMore: tiers.more, perlEngine };
}
