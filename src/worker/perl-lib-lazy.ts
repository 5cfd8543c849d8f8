/**
 * The page build's stand-in for src/perl-lib/index.ts (vite.config.ts swaps it in for
 * the worker): the module library's texts stay out of the worker's script. The modules
 * the chapter's steps use come in a chunk loaded when the reader first types (see
 * late-files.ts); those its code blocks use, and the rest, in two chunks fetched when a
 * process first opens one of their files (perl-lib-tiers.ts, file-gate.ts).
 */
import SIZES from 'virtual:terrarium-late-sizes';
import { LateFiles, lateLoader } from './late-files.ts';
import { FilesOnDemand } from './files-on-demand.ts';
import { loadLateNatives } from './natives-late-lazy.ts';

const chapterSet = new Set(SIZES.perlLibChapter);
const moreSet = new Set(SIZES.perlLibMore);
const pick = (keep: (path: string) => boolean): Record<string, number> =>
  Object.fromEntries(Object.entries(SIZES.perlLib).filter(([p]) => keep(p)));

const first = new LateFiles('the Perl module library', pick((p) => !chapterSet.has(p) && !moreSet.has(p)));
// With either on-demand part come the natives of the modules in them (natives-late-lazy.ts).
const chapter = new FilesOnDemand('the Perl module library', pick((p) => chapterSet.has(p)), async () => (await Promise.all([import('virtual:terrarium-perl-lib-chapter'), loadLateNatives()]))[0].default);
const more = new FilesOnDemand('the Perl module library', pick((p) => moreSet.has(p)), async () => (await Promise.all([import('virtual:terrarium-perl-lib-more'), loadLateNatives()]))[0].default);

/** Machine path to contents (placeholders until loaded), in the library's order. */
export function perlLibFiles(): Record<string, Uint8Array> {
  const parts = [first.files(), chapter.files(), more.files()];
  const out = Object.create(null) as Record<string, Uint8Array>;
  for (const path of Object.keys(SIZES.perlLib)) out[path] = parts[chapterSet.has(path) ? 1 : moreSet.has(path) ? 2 : 0]![path]!;
  return out;
}

const load = lateLoader('the Perl module library', async () => {
  const { default: texts } = await import('virtual:terrarium-perl-lib-first');
  first.arrive(texts);
});

/** Resolves once the first part's texts are in place; null when they are. */
export function loadPerlLib(): Promise<void> | null {
  return first.arrived ? null : load();
}
