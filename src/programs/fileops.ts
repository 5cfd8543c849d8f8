/** Creating, copying and removing files: mkdir rmdir rm cp mv touch ln. */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program, Stat } from '../abi/sys.ts';
import { parseCmd, usageError, joinPath, baseName, dirName, dirNames } from './lib/io.ts';
import { parseMode } from './lib/mode.ts';
import { parseDate } from './lib/time.ts';
import { strerror, EEXIST, ENOENT, EISDIR, ENOTDIR, EXDEV } from '../abi/errno.ts';
import { O_RDONLY, O_WRONLY, O_CREAT, O_TRUNC, O_DIRECTORY } from '../abi/fcntl.ts';
import { S_ISDIR, S_ISLNK } from '../abi/stat.ts';

const stat0 = (ctx: Ctx, p: string): Stat | null => { const s = ctx.sys.stat(p); return typeof s === 'number' ? null : s; };
const lstat0 = (ctx: Ctx, p: string): Stat | null => { const s = ctx.sys.lstat(p); return typeof s === 'number' ? null : s; };

const mkdir = defineProgram('mkdir', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'pm:v', long: { parents: 'p', mode: 'm:', verbose: 'v' } });
  if (typeof c === 'number') return c;
  if (c.args.length === 0) return yield* usageError(ctx, 'missing operand');
  const um = ctx.sys.umask(0); ctx.sys.umask(um);
  let mode = 0o777 & ~um;
  const ms = c.o.get('m');
  if (ms !== undefined) {
    const m = parseMode(ms, 0o777, um, true);
    if (m === null) { yield* ctx.err(`${ctx.prog}: invalid mode ${ctx.q(ms)}\n`); return 1; }
    mode = m;
  }
  let status = 0;
  for (const a of c.args) {
    if (c.o.has('p')) {
      const parts = a.split('/');
      let cur = a.startsWith('/') ? '' : '.';
      let pre = '';
      for (const part of parts) {
        if (part === '') { if (pre === '') pre = '/'; continue; }
        pre = pre === '' ? part : pre.endsWith('/') ? pre + part : `${pre}/${part}`;
        cur = pre;
        const st = stat0(ctx, cur);
        if (st && S_ISDIR(st.mode)) continue;
        const r = ctx.sys.mkdir(cur, cur === a.replace(/\/+$/, '') ? mode : 0o777 & ~um | 0o300);
        if (r < 0 && r !== -EEXIST) { yield* ctx.err(`${ctx.prog}: cannot create directory ${ctx.q(cur)}: ${strerror(r)}\n`); status = 1; break; }
        if (r === 0 && c.o.has('v')) yield* ctx.out(`${ctx.prog}: created directory '${cur}'\n`);
      }
      if (ms !== undefined) ctx.sys.chmod(a, mode);
      continue;
    }
    const r = ctx.sys.mkdir(a, mode);
    if (r < 0) { yield* ctx.err(`${ctx.prog}: cannot create directory ${ctx.q(a)}: ${strerror(r)}\n`); status = 1; continue; }
    if (ms !== undefined) ctx.sys.chmod(a, mode);
    if (c.o.has('v')) yield* ctx.out(`${ctx.prog}: created directory '${a}'\n`);
  }
  return status;
});

const rmdir = defineProgram('rmdir', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'pv', long: { parents: 'p', verbose: 'v', 'ignore-fail-on-non-empty': 'ign' } });
  if (typeof c === 'number') return c;
  if (c.args.length === 0) return yield* usageError(ctx, 'missing operand');
  let status = 0;
  for (const a of c.args) {
    let p = a.replace(/\/+$/, '');
    for (;;) {
      const r = ctx.sys.rmdir(p);
      if (r < 0) {
        if (!(c.o.has('ign') && r === -39)) { yield* ctx.err(`${ctx.prog}: failed to remove '${p}': ${strerror(r)}\n`); status = 1; }
        break;
      }
      if (c.o.has('v')) yield* ctx.out(`${ctx.prog}: removing directory, '${p}'\n`);
      if (!c.o.has('p') || !p.includes('/')) break;
      p = dirName(p);
      if (p === '/' || p === '.') break;
    }
  }
  return status;
});

interface RmOpts { f: boolean; r: boolean; v: boolean; d: boolean }

function* removeTree(ctx: Ctx, p: string, o: RmOpts): Gen<boolean> {
  const st = lstat0(ctx, p);
  if (!st) {
    if (o.f) return true;
    yield* ctx.err(`${ctx.prog}: cannot remove '${p}': No such file or directory\n`);
    return false;
  }
  if (S_ISDIR(st.mode)) {
    if (!o.r && !o.d) { yield* ctx.err(`${ctx.prog}: cannot remove '${p}': Is a directory\n`); return false; }
    let ok = true;
    if (o.r) {
      const names = dirNames(ctx, p);
      if (typeof names === 'number') { yield* ctx.err(`${ctx.prog}: cannot remove '${p}': ${strerror(names)}\n`); return false; }
      for (const n of names) { ok = (yield* removeTree(ctx, joinPath(p, n), o)) && ok; yield* ctx.tick(); }
    }
    if (!ok) return false;
    const r = ctx.sys.rmdir(p);
    if (r < 0) { yield* ctx.err(`${ctx.prog}: cannot remove '${p}': ${strerror(r)}\n`); return false; }
    if (o.v) yield* ctx.out(`removed directory '${p}'\n`);
    return true;
  }
  const r = ctx.sys.unlink(p);
  if (r < 0) { yield* ctx.err(`${ctx.prog}: cannot remove '${p}': ${strerror(r)}\n`); return false; }
  if (o.v) yield* ctx.out(`removed '${p}'\n`);
  return true;
}

const rm = defineProgram('rm', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'fiIrRdv', long: { force: 'f', interactive: 'i::', recursive: 'r', dir: 'd', verbose: 'v', 'no-preserve-root': 'npr', 'preserve-root': 'pr::' } });
  if (typeof c === 'number') return c;
  const o: RmOpts = { f: c.o.last('f', 'i', 'I') === 'f', r: c.o.has('r') || c.o.has('R'), v: c.o.has('v'), d: c.o.has('d') };
  if (c.args.length === 0) { if (o.f) return 0; return yield* usageError(ctx, 'missing operand'); }
  let status = 0;
  for (const a of c.args) {
    if (o.r && !c.o.has('npr') && a.replace(/\/+/g, '/') === '/') {
      yield* ctx.err(`${ctx.prog}: it is dangerous to operate recursively on '/'\n${ctx.prog}: use --no-preserve-root to override this failsafe\n`);
      status = 1;
      continue;
    }
    const b = baseName(a);
    if (b === '.' || b === '..') {
      yield* ctx.err(`${ctx.prog}: refusing to remove '.' or '..' directory: skipping '${a}'\n`);
      status = 1;
      continue;
    }
    if (!(yield* removeTree(ctx, a, o))) status = 1;
  }
  return status;
});

function* copyFile(ctx: Ctx, src: string, dst: string, st: Stat, preserve: boolean): Gen<number> {
  const ifd = yield* ctx.call(() => ctx.sys.open(src, O_RDONLY));
  if (ifd < 0) return ifd;
  const ofd = yield* ctx.call(() => ctx.sys.open(dst, O_WRONLY | O_CREAT | O_TRUNC, st.mode & 0o7777));
  if (ofd < 0) { ctx.sys.close(ifd); return ofd; }
  for (;;) {
    const r = yield* ctx.read(ifd, 65536);
    if (typeof r === 'number') { ctx.sys.close(ifd); ctx.sys.close(ofd); return r; }
    if (r.length === 0) break;
    const w = yield* ctx.write(ofd, r);
    if (w < 0) { ctx.sys.close(ifd); ctx.sys.close(ofd); return w; }
  }
  ctx.sys.close(ifd);
  ctx.sys.close(ofd);
  if (preserve) {
    ctx.sys.chmod(dst, st.mode & 0o7777);
    ctx.sys.utimes(dst, st.atimeMs, st.mtimeMs);
    ctx.sys.chown(dst, st.uid, st.gid);
  }
  return 0;
}

interface CpOpts { r: boolean; p: boolean; v: boolean; n: boolean; f: boolean; P: boolean }

function* copyAny(ctx: Ctx, src: string, dst: string, o: CpOpts): Gen<boolean> {
  const st = o.P ? lstat0(ctx, src) : stat0(ctx, src);
  if (!st) { yield* ctx.err(`${ctx.prog}: cannot stat '${src}': No such file or directory\n`); return false; }
  const dstSt = stat0(ctx, dst);
  if (o.n && dstSt) return true;
  if (S_ISDIR(st.mode)) {
    if (!o.r) { yield* ctx.err(`${ctx.prog}: -r not specified; omitting directory '${src}'\n`); return false; }
    if (!dstSt) {
      const r = ctx.sys.mkdir(dst, st.mode & 0o7777 | 0o700);
      if (r < 0) { yield* ctx.err(`${ctx.prog}: cannot create directory '${dst}': ${strerror(r)}\n`); return false; }
    } else if (!S_ISDIR(dstSt.mode)) {
      yield* ctx.err(`${ctx.prog}: cannot overwrite non-directory '${dst}' with directory '${src}'\n`);
      return false;
    }
    if (o.v) yield* ctx.out(`'${src}' -> '${dst}'\n`);
    const fd = ctx.sys.open(src, O_RDONLY | O_DIRECTORY);
    const names: string[] = [];
    if (fd >= 0) {
      for (;;) {
        const ents = ctx.sys.getdents(fd);
        if (typeof ents === 'number' || ents.length === 0) break;
        for (const e of ents) if (e.name !== '.' && e.name !== '..') names.push(e.name);
      }
      ctx.sys.close(fd);
    }
    let ok = true;
    for (const n of names.sort()) ok = (yield* copyAny(ctx, joinPath(src, n), joinPath(dst, n), o)) && ok;
    if (o.p) { ctx.sys.chmod(dst, st.mode & 0o7777); ctx.sys.utimes(dst, st.atimeMs, st.mtimeMs); }
    else ctx.sys.chmod(dst, st.mode & 0o7777);
    return ok;
  }
  if (S_ISLNK(st.mode)) {
    const t = ctx.sys.readlink(src);
    if (typeof t === 'string') { if (dstSt) ctx.sys.unlink(dst); ctx.sys.symlink(t, dst); }
    return true;
  }
  if (dstSt && dstSt.ino === st.ino && dstSt.dev === st.dev) {
    yield* ctx.err(`${ctx.prog}: '${src}' and '${dst}' are the same file\n`);
    return false;
  }
  const r = yield* copyFile(ctx, src, dst, st, o.p);
  if (r < 0) {
    yield* ctx.err(r === -EISDIR || r === -ENOTDIR || r === -ENOENT ? `${ctx.prog}: cannot create regular file '${dst}': ${strerror(r)}\n` : `${ctx.prog}: cannot open '${src}' for reading: ${strerror(r)}\n`);
    return false;
  }
  if (o.v) yield* ctx.out(`'${src}' -> '${dst}'\n`);
  return true;
}

/** Common SOURCE... DEST handling for cp and mv: returns pairs or prints the error. */
function* targets(ctx: Ctx, args: string[], t: string | undefined): Gen<Array<[string, string]> | null> {
  if (args.length === 0) { yield* usageError(ctx, 'missing file operand'); return null; }
  if (t === undefined && args.length === 1) { yield* usageError(ctx, `missing destination file operand after '${args[0]}'`); return null; }
  const dest = t ?? args[args.length - 1]!;
  const srcs = t === undefined ? args.slice(0, -1) : args;
  const dst = stat0(ctx, dest);
  if (dst && S_ISDIR(dst.mode)) return srcs.map((s) => [s, joinPath(dest, baseName(s))]);
  if (srcs.length > 1) { yield* ctx.err(dst ? `${ctx.prog}: target '${dest}': Not a directory\n` : `${ctx.prog}: target '${dest}' is not a directory\n`); return null; }
  return [[srcs[0]!, dest]];
}

const cp = defineProgram('cp', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'rRpavnfiPdt:', long: { recursive: 'r', preserve: 'p::', archive: 'a', verbose: 'v', 'no-clobber': 'n', force: 'f', interactive: 'i', 'target-directory': 't:', 'no-dereference': 'P' } });
  if (typeof c === 'number') return c;
  const o: CpOpts = { r: c.o.has('r') || c.o.has('R') || c.o.has('a'), p: c.o.has('p') || c.o.has('a'), v: c.o.has('v'), n: c.o.has('n'), f: c.o.has('f'), P: c.o.has('P') || c.o.has('a') || c.o.has('d') };
  const pairs = yield* targets(ctx, c.args, c.o.get('t'));
  if (!pairs) return 1;
  let status = 0;
  for (const [s, d] of pairs) if (!(yield* copyAny(ctx, s, d, o))) status = 1;
  return status;
});

const mv = defineProgram('mv', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'fivnt:T', long: { force: 'f', interactive: 'i', verbose: 'v', 'no-clobber': 'n', 'target-directory': 't:' } });
  if (typeof c === 'number') return c;
  const pairs = yield* targets(ctx, c.args, c.o.get('t'));
  if (!pairs) return 1;
  let status = 0;
  for (const [s, d] of pairs) {
    if (!lstat0(ctx, s)) { yield* ctx.err(`${ctx.prog}: cannot stat '${s}': No such file or directory\n`); status = 1; continue; }
    if (c.o.has('n') && lstat0(ctx, d)) continue;
    let r = ctx.sys.rename(s, d);
    if (r === -EXDEV) {
      const st = lstat0(ctx, s)!;
      const ok = yield* copyAny(ctx, s, d, { r: true, p: true, v: false, n: false, f: true, P: true });
      r = ok ? ((yield* removeTree(ctx, s, { f: true, r: true, v: false, d: false })) ? 0 : -5) : -5;
      void st;
    }
    if (r < 0) { yield* ctx.err(`${ctx.prog}: cannot move '${s}' to '${d}': ${strerror(r)}\n`); status = 1; continue; }
    if (c.o.has('v')) yield* ctx.out(`renamed '${s}' -> '${d}'\n`);
  }
  return status;
});

/** touch -t [[CC]YY]MMDDhhmm[.ss] */
function parseStamp(s: string, nowYear: number): number | null {
  const m = /^(\d{2}|\d{4})?(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{2}))?$/.exec(s);
  if (!m) return null;
  let y = m[1] === undefined ? nowYear : Number(m[1]);
  if (m[1]?.length === 2) y += y < 69 ? 2000 : 1900;
  return Date.UTC(y, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) / 1000;
}

const touch = defineProgram('touch', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'acmd:t:r:h', long: { 'no-create': 'c', date: 'd:', reference: 'r:', 'no-dereference': 'h' } });
  if (typeof c === 'number') return c;
  if (c.args.length === 0) return yield* usageError(ctx, 'missing file operand');
  const [sec, ns] = ctx.sys.clockGettime('realtime');
  let t = sec + ns / 1e9;
  const d = c.o.get('d');
  if (d !== undefined) {
    const v = parseDate(d, sec);
    if (v === null) { yield* ctx.err(`${ctx.prog}: invalid date format ${ctx.q(d)}\n`); return 1; }
    t = v;
  }
  const ts = c.o.get('t');
  if (ts !== undefined) {
    const v = parseStamp(ts, new Date(sec * 1000).getUTCFullYear());
    if (v === null) { yield* ctx.err(`${ctx.prog}: invalid date format ${ctx.q(ts)}\n`); return 1; }
    t = v;
  }
  const ref = c.o.get('r');
  let refSt: Stat | null = null;
  if (ref !== undefined) {
    refSt = stat0(ctx, ref);
    if (!refSt) { yield* ctx.err(`${ctx.prog}: failed to get attributes of '${ref}': No such file or directory\n`); return 1; }
  }
  let status = 0;
  for (const f of c.args) {
    let st = stat0(ctx, f);
    if (!st) {
      if (c.o.has('c')) continue;
      const fd = ctx.sys.open(f, O_WRONLY | O_CREAT, 0o666);
      if (fd < 0) { yield* ctx.err(`${ctx.prog}: cannot touch '${f}': ${strerror(fd)}\n`); status = 1; continue; }
      ctx.sys.close(fd);
      st = stat0(ctx, f);
    }
    const ms = t * 1000;
    const at = refSt ? refSt.atimeMs : c.o.has('m') && !c.o.has('a') ? st!.atimeMs : ms;
    const mt = refSt ? refSt.mtimeMs : c.o.has('a') && !c.o.has('m') ? st!.mtimeMs : ms;
    const r = ctx.sys.utimes(f, at, mt);
    if (r < 0) { yield* ctx.err(`${ctx.prog}: setting times of '${f}': ${strerror(r)}\n`); status = 1; }
  }
  return status;
});

const ln = defineProgram('ln', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'sfvnrTt:', long: { symbolic: 's', force: 'f', verbose: 'v', 'no-dereference': 'n', relative: 'r', 'target-directory': 't:' } });
  if (typeof c === 'number') return c;
  if (c.args.length === 0) return yield* usageError(ctx, 'missing file operand');
  const pairs: Array<[string, string]> = c.args.length === 1 && !c.o.has('t') ? [[c.args[0]!, baseName(c.args[0]!)]] : (yield* targets(ctx, c.args, c.o.get('t'))) ?? [];
  if (pairs.length === 0) return 1;
  let status = 0;
  for (const [src, dst] of pairs) {
    if (c.o.has('f') && lstat0(ctx, dst) && !(S_ISDIR(lstat0(ctx, dst)!.mode))) ctx.sys.unlink(dst);
    const r = c.o.has('s') ? ctx.sys.symlink(src, dst) : ctx.sys.link(src, dst);
    if (r < 0) {
      if (c.o.has('s')) yield* ctx.err(`${ctx.prog}: failed to create symbolic link '${dst}': ${strerror(r)}\n`);
      else if (r === -ENOENT && !lstat0(ctx, src)) yield* ctx.err(`${ctx.prog}: failed to access '${src}': No such file or directory\n`);
      else yield* ctx.err(`${ctx.prog}: failed to create hard link '${dst}'${r === -EEXIST ? '' : ` => '${src}'`}: ${strerror(r)}\n`);
      status = 1;
      continue;
    }
    if (c.o.has('v')) yield* ctx.out(`'${dst}' -> '${src}'\n`);
  }
  return status;
});

export function fileopsPrograms(): Record<string, Program> {
  return { '/bin/mkdir': mkdir, '/bin/rmdir': rmdir, '/bin/rm': rm, '/bin/cp': cp, '/bin/mv': mv, '/bin/touch': touch, '/bin/ln': ln };
}
export { removeTree, copyAny };
