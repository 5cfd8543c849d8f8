/** The shape of a builtin command. */
import type { Gen } from '../../programs/runtime.ts';
import type { SimpleCommand } from '../parse/ast.ts';
import type { Shell } from '../shell.ts';

/** argv[0] is the builtin's name; `cmd` is the command being run (for exec's redirections). */
export type Builtin = (sh: Shell, argv: string[], cmd?: SimpleCommand) => Gen<number>;
