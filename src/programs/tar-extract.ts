/**
 * tar -x: write archive members into the current directory (after any -C).
 * As GNU tar for a non-root user: modes lose the umask bits, owners are not
 * restored, an existing file is replaced, directories get their mode and
 * mtime after their contents are written.
 */
import type { Gen } from './runtime.ts';
import type { Member } from './lib/tar-format.ts';
import type { TarRun } from './tar.ts';
import { endOfMembers, longLine, safeName, selected, tarError, verboseOut } from './tar.ts';
import { strerror, EEXIST, ENOENT } from '../abi/errno.ts';
import { O_WRONLY, O_CREAT, O_TRUNC, O_EXCL } from '../abi/fcntl.ts';
import { S_ISDIR } from '../abi/stat.ts';

/** mkdir -p for the parents of `name`; false (after reporting) when one cannot be made. */
function* makeParents(r: TarRun, name: string): Gen<boolean> {
  const parts = name.split('/').slice(0, -1);
  let p = '';
  for (const part of parts) {
    if (part === '') continue;
    p = p === '' ? part : `${p}/${part}`;
    const st = r.ctx.sys.stat(p);
    if (typeof st !== 'number' && S_ISDIR(st.mode)) continue;
    const m = r.ctx.sys.mkdir(p, 0o777);
    if (m < 0 && m !== -EEXIST) { yield* tarError(r, `${p}: Cannot mkdir: ${strerror(m)}`); return false; }
  }
  return true;
}

/** Remove what is in the way of a new non-directory member. */
function clear(r: TarRun, name: string): void {
  const st = r.ctx.sys.lstat(name);
  if (typeof st !== 'number' && !S_ISDIR(st.mode)) r.ctx.sys.unlink(name);
}

function* extractOne(r: TarRun, m: Member, name: string, umask: number, dirs: Array<[string, number, number]>): Gen<void> {
  const { ctx } = r;
  const e = m.entry;
  const mode = ctx.sys.geteuid() === 0 ? e.mode & 0o7777 : e.mode & 0o7777 & ~umask;
  if (e.type === 'dir') {
    const d = name.replace(/\/+$/, '') || '.';
    const mk = ctx.sys.mkdir(d, 0o700 | mode);
    if (mk < 0 && mk !== -EEXIST) return yield* tarError(r, `${d}: Cannot mkdir: ${strerror(mk)}`);
    dirs.push([d, mode, e.mtime]);
    return;
  }
  if (e.type === 'symlink') {
    clear(r, name);
    const s = ctx.sys.symlink(e.linkname, name);
    if (s < 0) yield* tarError(r, `${name}: Cannot create symlink to ${ctx.q(e.linkname)}: ${strerror(s)}`);
    return;
  }
  if (e.type === 'hardlink') {
    clear(r, name);
    const target = e.linkname.replace(/^\/+/, '');
    const l = ctx.sys.link(target, name);
    if (l < 0) yield* tarError(r, `${name}: Cannot hard link to ${ctx.q(target)}: ${strerror(l)}`);
    return;
  }
  if (e.type !== 'file') { yield* ctx.err(`tar: ${name}: Cannot create special files here\n`); r.failed = true; return; }
  let fd = yield* ctx.call(() => ctx.sys.open(name, O_WRONLY | O_CREAT | O_EXCL, mode));
  if (fd === -EEXIST) { clear(r, name); fd = yield* ctx.call(() => ctx.sys.open(name, O_WRONLY | O_CREAT | O_TRUNC, mode)); }
  if (fd < 0) return yield* tarError(r, `${name}: Cannot open: ${strerror(fd)}`);
  const w = yield* ctx.write(fd, m.data);
  ctx.sys.fchmod(fd, mode);
  ctx.sys.close(fd);
  if (w < 0) return yield* tarError(r, `${name}: Cannot write: ${strerror(w)}`);
  ctx.sys.utimes(name, e.mtime * 1000, e.mtime * 1000);
}

/** Extract the selected members; the exit status. */
export function* tarExtract(r: TarRun, members: Member[]): Gen<number> {
  const { ctx, o } = r;
  for (const op of o.operands) {
    if (op.kind !== 'chdir') continue;
    const c = ctx.sys.chdir(op.dir);
    if (c < 0) {
      yield* ctx.err(`tar: ${op.dir}: Cannot open: ${strerror(c)}\ntar: Error is not recoverable: exiting now\n`);
      return 2;
    }
  }
  const names = o.operands.flatMap((x) => (x.kind === 'name' ? [x.name] : []));
  const hits = new Set<string>();
  const umask = ctx.sys.umask(0);
  ctx.sys.umask(umask);
  const dirs: Array<[string, number, number]> = [];
  for (const m of members) {
    if (!selected(names, m.entry.name, hits)) continue;
    yield* ctx.tick(4);
    if (o.verbose > 1) yield* verboseOut(r, longLine(r, m.entry));
    else if (o.verbose === 1) yield* verboseOut(r, `${m.entry.name}\n`);
    if (o.toStdout) { if (m.entry.type === 'file') yield* ctx.out(m.data); continue; }
    const name = yield* safeName(r, m.entry.name);
    if (name.split('/').includes('..')) { yield* ctx.err(`tar: ${name}: Member name contains '..'\n`); r.failed = true; continue; }
    if (!(yield* makeParents(r, name))) continue;
    yield* extractOne(r, m, name, umask, dirs);
  }
  for (const [d, mode, mtime] of dirs.reverse()) {
    if (ctx.sys.chmod(d, mode) === -ENOENT) continue;
    ctx.sys.utimes(d, mtime * 1000, mtime * 1000);
  }
  return yield* endOfMembers(r, members, names, hits);
}
