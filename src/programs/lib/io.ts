/**
 * Shared helpers for programs: option parsing with GNU's error lines, reading
 * named inputs ("-" is stdin), splitting lines, the user and group databases.
 */
import type { Ctx, Gen } from '../runtime.ts';
import { fromUtf8, utf8 } from '../runtime.ts';
import { getopt, Opts } from './args.ts';
import type { OptSpec } from './args.ts';
import { O_RDONLY, O_WRONLY, O_CREAT, O_TRUNC, O_DIRECTORY } from '../../abi/fcntl.ts';

export interface Cmdline { o: Opts; args: string[] }

/** Parse ctx.argv; on error print "prog: msg" and the Try line, return the status to exit with. */
export function* parseCmd(ctx: Ctx, spec: OptSpec, failStatus = 1): Gen<Cmdline | number> {
  const p = getopt(ctx.argv.slice(1), spec);
  if (p.error !== undefined) {
    yield* ctx.err(`${ctx.prog}: ${p.error}\nTry '${ctx.prog} --help' for more information.\n`);
    return failStatus;
  }
  return { o: new Opts(p.opts), args: p.operands };
}

/** "prog: missing operand" + Try line. */
export function* usageError(ctx: Ctx, msg: string, status = 1): Gen<number> {
  yield* ctx.err(`${ctx.prog}: ${msg}\nTry '${ctx.prog} --help' for more information.\n`);
  return status;
}

/** Read a whole named input ("-" = stdin). Returns bytes or -errno. */
export function* readInput(ctx: Ctx, name: string): Gen<Uint8Array | number> {
  if (name === '-') return yield* ctx.readAll(0);
  const fd = yield* ctx.call(() => ctx.sys.open(name, O_RDONLY));
  if (fd < 0) return fd;
  const r = yield* ctx.readAll(fd);
  ctx.sys.close(fd);
  return r;
}

/** Read a whole file as text; -errno on failure. */
export function* readText(ctx: Ctx, name: string): Gen<string | number> {
  const r = yield* readInput(ctx, name);
  return typeof r === 'number' ? r : fromUtf8(r);
}

/** Replace a file's contents (create with 0666 & ~umask). Returns 0 or -errno. */
export function* writeWhole(ctx: Ctx, path: string, data: Uint8Array | string, flags = O_WRONLY | O_CREAT | O_TRUNC): Gen<number> {
  const fd = yield* ctx.call(() => ctx.sys.open(path, flags, 0o666));
  if (fd < 0) return fd;
  const r = yield* ctx.write(fd, typeof data === 'string' ? utf8(data) : data);
  ctx.sys.close(fd);
  return r < 0 ? r : 0;
}

/** Split text into lines (without their "\n"); a final unterminated line is kept. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Concatenate byte arrays. */
/** The names in directory `p` (without `.` and `..`), or the negative errno of opening it. */
export function dirNames(ctx: Ctx, p: string): string[] | number {
  const fd = ctx.sys.open(p, O_RDONLY | O_DIRECTORY);
  if (fd < 0) return fd;
  const names: string[] = [];
  for (;;) {
    const ents = ctx.sys.getdents(fd);
    if (typeof ents === 'number' || ents.length === 0) break;
    for (const e of ents) if (e.name !== '.' && e.name !== '..') names.push(e.name);
  }
  ctx.sys.close(fd);
  return names;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const all = new Uint8Array(n);
  let off = 0;
  for (const p of parts) { all.set(p, off); off += p.length; }
  return all;
}

export interface PasswdEntry { name: string; uid: number; gid: number; gecos: string; home: string; shell: string }
export interface GroupEntry { name: string; gid: number; members: string[] }

/** /etc/passwd entries ([] when unreadable). */
export function* loadPasswd(ctx: Ctx): Gen<PasswdEntry[]> {
  const t = yield* readText(ctx, '/etc/passwd');
  if (typeof t === 'number') return [];
  return splitLines(t).map((l) => l.split(':')).filter((f) => f.length >= 7).map((f) => ({
    name: f[0]!, uid: Number(f[2]), gid: Number(f[3]), gecos: f[4]!, home: f[5]!, shell: f[6]!,
  }));
}

/** /etc/group entries ([] when unreadable). */
export function* loadGroups(ctx: Ctx): Gen<GroupEntry[]> {
  const t = yield* readText(ctx, '/etc/group');
  if (typeof t === 'number') return [];
  return splitLines(t).map((l) => l.split(':')).filter((f) => f.length >= 3).map((f) => ({
    name: f[0]!, gid: Number(f[2]), members: (f[3] ?? '').split(',').filter((s) => s !== ''),
  }));
}

/** Name for a uid, or its number as text. */
export function userName(db: PasswdEntry[], uid: number): string {
  return db.find((e) => e.uid === uid)?.name ?? String(uid);
}

export function groupName(db: GroupEntry[], gid: number): string {
  return db.find((e) => e.gid === gid)?.name ?? String(gid);
}

export function baseName(p: string): string {
  if (p === '') return '';
  let s = p.replace(/\/+$/, '');
  if (s === '') return '/';
  return s.slice(s.lastIndexOf('/') + 1);
}

export function dirName(p: string): string {
  let s = p.replace(/\/+$/, '');
  if (s === '') return p.startsWith('/') ? '/' : '.';
  const i = s.lastIndexOf('/');
  if (i < 0) return '.';
  s = s.slice(0, i).replace(/\/+$/, '');
  return s === '' ? '/' : s;
}

export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** GNU quoting of a file name in diagnostics: 'name' only when it needs quoting. */
export function quoteName(s: string): string {
  if (/^[A-Za-z0-9_.\/,+@%=:-]+$/.test(s)) return s;
  if (!s.includes("'")) return `'${s}'`;
  return `"${s}"`;
}

/** GNU's quote() used in messages like "cannot stat 'x'": always single-quoted. */
export function q(s: string): string {
  if (!s.includes("'")) return `'${s}'`;
  return `"${s}"`;
}

/** Reads an fd line by line (lines keep their "\n"); for streaming filters. */
export class LineReader {
  private buf: Uint8Array = new Uint8Array(0);
  private eof = false;
  constructor(private readonly ctx: Ctx, readonly fd: number) {}

  /** Next line as bytes (with its newline if any), null at EOF, -errno on error. */
  *nextBytes(): Gen<Uint8Array | null | number> {
    for (;;) {
      const i = this.buf.indexOf(10);
      if (i >= 0) {
        const line = this.buf.subarray(0, i + 1);
        this.buf = this.buf.subarray(i + 1);
        return line;
      }
      if (this.eof) {
        if (this.buf.length === 0) return null;
        const line = this.buf;
        this.buf = new Uint8Array(0);
        return line;
      }
      const r = yield* this.ctx.read(this.fd, 65536);
      if (typeof r === 'number') return r;
      if (r.length === 0) this.eof = true;
      else this.buf = this.buf.length === 0 ? r : concat([this.buf, r]);
      yield* this.ctx.tick();
    }
  }

  /** Next line as text (with its newline), null at EOF, -errno on error. */
  *next(): Gen<string | null | number> {
    const b = yield* this.nextBytes();
    return b === null || typeof b === 'number' ? b : fromUtf8(b);
  }
}

/** Open a named input for reading ("-" is fd 0). Returns the fd or -errno. */
export function* openInput(ctx: Ctx, name: string): Gen<number> {
  if (name === '-') return 0;
  return yield* ctx.call(() => ctx.sys.open(name, O_RDONLY));
}
