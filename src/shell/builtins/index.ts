/** The builtin table: name -> implementation. */
import * as core from './core.ts';
import * as decl from './declare.ts';
import * as jc from './jobctl.ts';
import * as misc from './misc.ts';
import { mapfile, read } from './read.ts';
import { set, shopt } from './set.ts';
import { history } from './history.ts';
import { caller } from './caller.ts';
import { dirs, popd, pushd } from './dirs.ts';
import { compgenBuiltin, enableBuiltin } from './compgen.ts';
import type { Builtin } from './types.ts';
import { runArgv } from '../simple.ts';

export const BUILTINS = new Map<string, Builtin>([
  [':', core.colon], ['true', core.colon], ['false', core.falseBuiltin], ['echo', core.echo], ['printf', core.printfBuiltin],
  ['cd', core.cd], ['pwd', core.pwd], ['exit', core.exit], ['return', core.ret], ['break', core.brk], ['continue', core.cont],
  ['shift', core.shift], ['eval', core.evalBuiltin], ['source', core.source], ['.', core.source], ['exec', core.execBuiltin],
  ['let', core.letBuiltin], ['test', core.test], ['[', core.test],
  ['declare', decl.declare], ['typeset', decl.declare], ['local', decl.local], ['export', decl.exportBuiltin],
  ['readonly', decl.readonly], ['unset', decl.unset],
  ['jobs', jc.jobs], ['fg', jc.fg], ['bg', jc.bg], ['wait', jc.wait], ['disown', jc.disown], ['kill', jc.kill], ['trap', jc.trap],
  ['alias', misc.alias], ['unalias', misc.unalias], ['hash', misc.hash], ['umask', misc.umask], ['times', misc.times],
  ['ulimit', misc.ulimit], ['history', history], ['caller', caller], ['getopts', misc.getopts], ['help', misc.help],
  ['read', read], ['mapfile', mapfile], ['readarray', mapfile], ['set', set], ['shopt', shopt],
  ['dirs', dirs], ['pushd', pushd], ['popd', popd],
]);

const NAMES = new Set([...BUILTINS.keys(), 'type', 'command', 'builtin', 'compgen']);
BUILTINS.set('compgen', compgenBuiltin(NAMES));
NAMES.add('enable');
BUILTINS.set('enable', enableBuiltin(NAMES));
BUILTINS.set('type', misc.typeBuiltin(NAMES));
BUILTINS.set('command', misc.commandBuiltin(NAMES, runArgv));
BUILTINS.set('builtin', function* (sh, argv) {
  const b = BUILTINS.get(argv[1] ?? '');
  if (!argv[1]) return 0;
  if (!b) {
    yield* sh.error(`builtin: ${argv[1]}: not a shell builtin`);
    return 1;
  }
  return yield* b(sh, argv.slice(1));
});

export const BUILTIN_NAMES = NAMES;
