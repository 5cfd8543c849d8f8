/** mkfifo: make FIFOs (named pipes). */
import { defineProgram } from './runtime.ts';
import { parseCmd, usageError } from './lib/io.ts';
import { parseMode } from './lib/mode.ts';
import { ENOSYS, strerror } from '../abi/errno.ts';
import { S_IFIFO } from '../abi/stat.ts';
import type { Program } from '../abi/sys.ts';

const mkfifo = defineProgram('mkfifo', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'm:', long: { mode: 'm:' } });
  if (typeof c === 'number') return c;
  if (c.args.length === 0) return yield* usageError(ctx, 'missing operand');
  const um = ctx.sys.umask(0);
  ctx.sys.umask(um);
  const ms = c.o.get('m');
  let mode = 0o666;
  if (ms !== undefined) {
    const m = parseMode(ms, 0o666, 0, false);
    if (m === null) {
      yield* ctx.err(`${ctx.prog}: invalid mode\n`);
      return 1;
    }
    mode = m;
  }
  let status = 0;
  for (const a of c.args) {
    const r = ctx.sys.mknod?.(a, S_IFIFO | mode) ?? -ENOSYS;
    if (r < 0) {
      yield* ctx.err(`${ctx.prog}: cannot create fifo '${a}': ${strerror(r)}\n`);
      status = 1;
      continue;
    }
    // -m sets the mode exactly, past the umask (as mkfifo(1) does with lchmod).
    if (ms !== undefined && mode & um) ctx.sys.chmod(a, mode);
  }
  return status;
});

export function mkfifoPrograms(): Record<string, Program> {
  return { '/usr/bin/mkfifo': mkfifo };
}
