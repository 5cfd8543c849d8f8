/** Finding programs on $PATH and running them as children. */
import type { Ctx, Gen } from '../runtime.ts';
import { X_OK } from '../../abi/fcntl.ts';
import { S_ISDIR } from '../../abi/stat.ts';
import { WIFEXITED, WEXITSTATUS, WTERMSIG } from '../../abi/wait.ts';
import { ENOENT, EACCES } from '../../abi/errno.ts';

/** Resolve a command name like execvp does: a path with '/' as is, else the first executable on PATH. -errno when none. */
export function findInPath(ctx: Ctx, name: string, pathVar = ctx.env.get('PATH')): string | number {
  if (name.includes('/')) return name;
  const dirs = (pathVar ?? '/usr/local/bin:/usr/bin:/bin').split(':');
  let err = -ENOENT;
  for (const d of dirs) {
    const p = `${d === '' ? '.' : d}/${name}`;
    const st = ctx.sys.stat(p);
    if (typeof st === 'number' || S_ISDIR(st.mode)) continue;
    if (ctx.sys.access(p, X_OK) === 0) return p;
    err = -EACCES;
  }
  return err;
}

/** Shell-style status of a wait status word: the exit code, or 128+signal. */
export function statusOf(ws: number): number {
  return WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
}

/** Spawn `argv` (PATH-resolved) and wait for it. Returns its wait status, or -errno when it could not start. */
export function* runChild(ctx: Ctx, argv: string[], envp = ctx.envp()): Gen<number> {
  const path = findInPath(ctx, argv[0]!);
  if (typeof path === 'number') return path;
  const pid = ctx.spawn(path, argv, envp);
  if (pid < 0) return pid;
  for (;;) {
    const r = yield* ctx.wait4(pid, 0);
    if (typeof r === 'number') { if (r === -4) continue; return r; }
    return r.status;
  }
}
