/**
 * The pure-Perl module library of the machine: every module and .pod page as
 * its path under /usr/lib/perl5 (and the scripts of bin/, such as `prove` and
 * `perldoc`, under /usr/bin) mapped to its text. The texts
 * are embedded by gen.mjs in files.generated.ts, so this works the same under
 * Vite and under Node.
 */
import { PERL_LIB_FILES } from './files.generated.ts';

/** Machine path to file contents; a fresh object the caller may keep. */
export function perlLibFiles(): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [path, text] of Object.entries(PERL_LIB_FILES)) out[path] = text;
  return out;
}
