/** --help and --version for the GNU-style programs that accept them. */
import type { Ctx, Gen } from '../runtime.ts';
import type { Opts } from './args.ts';

/**
 * When `o` holds --help or --version (keys 'help', 'version'), print the usage
 * line(s) or the version line and return 0; otherwise null. The help text is
 * only the usage synopsis and where the full manual lives.
 */
export function* helpOrVersion(ctx: Ctx, o: Opts, usage: string, pkg = 'GNU coreutils'): Gen<number | null> {
  const k = o.last('help', 'version');
  if (k === undefined) return null;
  if (k === 'version') { yield* ctx.out(`${ctx.name} (${pkg}) 9.1\n`); return 0; }
  yield* ctx.out(`${usage}\nFull documentation <https://www.gnu.org/software/coreutils/${ctx.name}>\n`);
  return 0;
}
