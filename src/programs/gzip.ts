/**
 * gzip, gunzip and zcat, as GNU gzip 1.12 has them (gunzip is gzip -d, zcat
 * is gzip -dc; all speak as "gzip"). Options: -c -d -f -k -l -n -N -q -t -v
 * -S SUF -1..-9. Exit status: 1 after an error, else 2 after a warning, else 0.
 * Deviation: an existing output file is never asked about, even on a
 * terminal: it is reported "not overwritten" (use -f).
 */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program, Stat } from '../abi/sys.ts';
import { readInput, baseName } from './lib/io.ts';
import { getopt, Opts } from './lib/args.ts';
import { gzipEncode, gzipDecode, gzipHeader, gzipTrailer } from './lib/gzip-format.ts';
import { strftime } from './lib/time.ts';
import { strerror, EEXIST } from '../abi/errno.ts';
import { O_WRONLY, O_CREAT, O_EXCL, O_TRUNC } from '../abi/fcntl.ts';
import { S_ISDIR, S_ISREG } from '../abi/stat.ts';

const NAME = 'gzip';

interface Job {
  ctx: Ctx; decompress: boolean; stdout: boolean; force: boolean; keep: boolean; list: boolean; test: boolean;
  verbose: boolean; quiet: boolean; noName: boolean; useName: boolean; suffix: string;
  status: 0 | 1 | 2; listed: number; totIn: number; totOut: number; lastHeader: number;
}

const tick = (ctx: Ctx) => (n: number): Gen<void> => ctx.tick(n);

function* warn(j: Job, msg: string): Gen<void> {
  if (!j.quiet) yield* j.ctx.err(`${NAME}: ${msg}\n`);
  if (j.status === 0) j.status = 2;
}
function* fail(j: Job, msg: string): Gen<void> {
  yield* j.ctx.err(`${NAME}: ${msg}\n`);
  j.status = 1;
}

/** GNU's display_ratio: "%5.1f%%" of what was saved. */
function ratio(saved: number, whole: number): string {
  return `${(whole === 0 ? 0 : (100 * saved) / whole).toFixed(1).padStart(5)}%`;
}

/** The name a compressed file decompresses to; null when its suffix is unknown. */
function plainName(name: string, suffix: string): string | null {
  const lower = name.toLowerCase();
  for (const s of [suffix, '.gz', '-gz', '.z', '-z', '_z']) {
    if (s !== '' && lower.endsWith(s.toLowerCase()) && name.length > s.length) return name.slice(0, -s.length);
  }
  if (/\.t[ag]z$/i.test(name)) return name.slice(0, -4) + '.tar';
  return null;
}

/** Write a new output file (mode and mtime as given); 0 or -errno. */
function* writeOut(j: Job, path: string, data: Uint8Array, st: Stat): Gen<number> {
  const sys = j.ctx.sys;
  const fd = yield* j.ctx.call(() => sys.open(path, O_WRONLY | O_CREAT | (j.force ? O_TRUNC : O_EXCL), 0o600));
  if (fd < 0) return fd;
  const r = yield* j.ctx.write(fd, data);
  sys.fchmod(fd, st.mode & 0o7777);
  sys.close(fd);
  if (r < 0) return r;
  sys.utimes(path, st.atimeMs, st.mtimeMs);
  return 0;
}

/**
 * The output exists: on a terminal ask as GNU does, else (or on "no") warn
 * "not overwritten". On "yes" run `again` and remove the input unless -k.
 */
function* exists(j: Job, out: string, again: () => Gen<number>, input: string): Gen<void> {
  const ctx = j.ctx;
  if (typeof ctx.sys.tiocgwinsz(0) === 'number') return yield* warn(j, `${out} already exists;\tnot overwritten`);
  yield* ctx.err(`${NAME}: ${out} already exists; do you wish to overwrite (y or n)? `);
  const ans = yield* ctx.read(0, 256);
  if (typeof ans !== 'number' && (ans[0] === 0x79 || ans[0] === 0x59)) {
    const r = yield* again();
    if (r < 0) return yield* fail(j, `${out}: ${strerror(r)}`);
    if (!j.keep) ctx.sys.unlink(input);
    return;
  }
  yield* ctx.err('\tnot overwritten\n');
  if (j.status === 0) j.status = 2;
}

function* compressFile(j: Job, name: string, data: Uint8Array, st: Stat | null): Gen<void> {
  const ctx = j.ctx;
  const toStdout = j.stdout || st === null;
  const mtime = j.noName || st === null ? 0 : Math.floor(st.mtimeMs / 1000);
  const gz = yield* gzipEncode(data, j.noName || st === null ? null : baseName(name), mtime, tick(ctx));
  const payload = gz.length - 18 - (j.noName || st === null ? 0 : baseName(name).length + 1);
  const shown = st === null ? 'stdin' : name;
  if (toStdout) {
    yield* ctx.out(gz);
    if (j.verbose) yield* ctx.err(`${shown}:\t${ratio(data.length - payload, data.length)}\n`);
    return;
  }
  const out = name + j.suffix;
  const r = yield* writeOut(j, out, gz, st);
  if (r === -EEXIST) return yield* exists(j, out, () => writeOut({ ...j, force: true }, out, gz, st), name);
  if (r < 0) return yield* fail(j, `${out}: ${strerror(r)}`);
  if (!j.keep) ctx.sys.unlink(name);
  if (j.verbose) yield* ctx.err(`${name}:\t${ratio(data.length - payload, data.length)} -- replaced with ${out}\n`);
}

function* decompressFile(j: Job, name: string, data: Uint8Array, st: Stat | null): Gen<void> {
  const ctx = j.ctx;
  const shown = st === null ? 'stdin' : name;
  const r = yield* gzipDecode(data, tick(ctx));
  if (typeof r === 'string') {
    if (r === 'not in gzip format' && j.force && j.stdout) { yield* ctx.out(data); return; }
    yield* ctx.err(`\n${NAME}: ${shown}: ${r}\n`);
    j.status = 1;
    return;
  }
  if (j.test) {
    if (r.error !== undefined) { yield* ctx.err(`\n${NAME}: ${shown}: ${r.error}\n`); j.status = 1; return; }
    if (j.verbose) yield* ctx.err(`${shown}:\t OK\n`);
    return;
  }
  const garbage = function* (): Gen<void> {
    if (r.error !== undefined) { yield* ctx.err(`\n${NAME}: ${shown}: ${r.error}\n`); j.status = 1; }
    else if (r.trailingGarbage) { if (!j.quiet) yield* ctx.err(`\n${NAME}: ${shown}: decompression OK, trailing garbage ignored\n`); if (j.status === 0) j.status = 2; }
  };
  if (j.stdout || st === null) {
    yield* ctx.out(r.out);
    yield* garbage();
    return;
  }
  if (r.error !== undefined) return yield* garbage();
  const plain = plainName(name, j.suffix)!;
  const out = j.useName && r.header.name ? `${name.slice(0, name.length - baseName(name).length)}${baseName(r.header.name)}` : plain;
  const mt = j.useName && r.header.mtime !== 0 ? { ...st, mtimeMs: r.header.mtime * 1000 } : st;
  const w = yield* writeOut(j, out, r.out, mt);
  if (w === -EEXIST) return yield* exists(j, out, () => writeOut({ ...j, force: true }, out, r.out, mt), name);
  if (w < 0) return yield* fail(j, `${out}: ${strerror(w)}`);
  if (!j.keep) ctx.sys.unlink(name);
  if (j.verbose) yield* ctx.err(`${name}:\t${ratio(r.out.length - (data.length - r.header.headerLen - 8), r.out.length)} -- replaced with ${out}\n`);
  yield* garbage();
}

function* listFile(j: Job, name: string, data: Uint8Array, st: Stat | null): Gen<void> {
  const ctx = j.ctx;
  const h = gzipHeader(data);
  if (typeof h === 'string') {
    yield* ctx.err(`\n${NAME}: ${st === null ? 'stdin' : name}: ${h}\n`);
    j.status = 1;
    return;
  }
  if (j.listed === 0) {
    yield* ctx.out(`${j.verbose ? 'method  crc     date  time  ' : ''}         compressed        uncompressed  ratio uncompressed_name\n`);
  }
  const t = gzipTrailer(data);
  const shown = st === null ? 'stdout' : j.useName && h.name ? name.slice(0, name.length - baseName(name).length) + baseName(h.name) : plainName(name, j.suffix) ?? name;
  let line = '';
  if (j.verbose) {
    const when = j.useName && h.mtime !== 0 ? h.mtime : Math.floor((st?.mtimeMs ?? 0) / 1000);
    line += `defla ${t.crc.toString(16).padStart(8, '0')} ${strftime('%b %e %H:%M', when, 0, ctx.env.get('TZ') ?? 'UTC')} `;
  }
  const overhead = h.headerLen + 8;
  line += `${String(data.length).padStart(19)} ${String(t.size).padStart(19)} ${ratio(t.size - (data.length - overhead), t.size)} ${shown}\n`;
  yield* ctx.out(line);
  j.listed++;
  j.totIn += data.length;
  j.totOut += t.size;
  j.lastHeader = overhead;
}

function* one(j: Job, name: string): Gen<void> {
  const ctx = j.ctx;
  let st: Stat | null = null;
  if (name !== '-') {
    const s = ctx.sys.stat(name);
    if (typeof s === 'number') return yield* fail(j, `${name}: ${strerror(s)}`);
    if (S_ISDIR(s.mode)) return yield* warn(j, `${name} is a directory -- ignored`);
    if (!S_ISREG(s.mode) && !j.stdout) return yield* warn(j, `${name} is not a directory or a regular file - ignored`);
    st = s;
    const inspects = j.decompress || j.list;
    if (!inspects && plainName(name, j.suffix) !== null && !j.stdout && !j.force) {
      if (!j.quiet) yield* ctx.err(`${NAME}: ${name} already has ${j.suffix} suffix -- unchanged\n`);
      return;
    }
    if (inspects && !j.stdout && !j.test && !j.list && plainName(name, j.suffix) === null) {
      return yield* warn(j, `${name}: unknown suffix -- ignored`);
    }
  }
  const data = yield* readInput(ctx, name);
  if (typeof data === 'number') return yield* fail(j, `${name}: ${strerror(data)}`);
  if (j.list) return yield* listFile(j, name, data, st);
  if (j.decompress) return yield* decompressFile(j, name, data, st);
  return yield* compressFile(j, name, data, st);
}

function* gzipMain(ctx: Ctx, mode: 'gzip' | 'gunzip' | 'zcat'): Gen<number> {
  const c = getopt(ctx.argv.slice(1), {
    short: 'cdfklnNqrtvS:123456789',
    long: {
      stdout: 'c', 'to-stdout': 'c', decompress: 'd', uncompress: 'd', force: 'f', keep: 'k', list: 'l', 'no-name': 'n', name: 'N',
      quiet: 'q', recursive: 'r', test: 't', verbose: 'v', suffix: 'S:', fast: '1', best: '9',
    },
  });
  if (c.error !== undefined) {
    yield* ctx.err(`${NAME}: ${c.error}\nTry \`${NAME} --help' for more information.\n`);
    return 1;
  }
  const o = new Opts(c.opts);
  const j: Job = {
    ctx, decompress: mode !== 'gzip' || o.has('d') || o.has('t'), stdout: mode === 'zcat' || o.has('c') || o.has('t'),
    force: o.has('f'), keep: o.has('k'), list: o.has('l'), test: o.has('t'), verbose: o.count('v') > 0 && !o.has('q'),
    quiet: o.has('q'), noName: o.last('n', 'N') === 'n', useName: o.last('n', 'N') === 'N', suffix: o.get('S') ?? '.gz',
    status: 0, listed: 0, totIn: 0, totOut: 0, lastHeader: 0,
  };
  if (o.has('r')) { yield* ctx.err(`${NAME}: -r is not supported here\n`); return 1; }
  if (j.decompress && j.noName === false && j.useName === false) j.noName = true;
  const files = c.operands.length > 0 ? c.operands : ['-'];
  for (const f of files) {
    if (f === '-' && !j.force && !j.list) {
      const tty = (fd: number): boolean => typeof ctx.sys.tiocgwinsz(fd) !== 'number';
      if (!j.decompress && tty(1)) { yield* ctx.err(`${NAME}: compressed data not written to a terminal. Use -f to force compression.\nFor help, type: ${NAME} -h\n`); return 1; }
      if (j.decompress && tty(0)) { yield* ctx.err(`${NAME}: compressed data not read from a terminal. Use -f to force decompression.\nFor help, type: ${NAME} -h\n`); return 1; }
    }
    yield* one(j, f);
  }
  if (j.list && j.listed > 1) {
    const line = `${String(j.totIn).padStart(19)} ${String(j.totOut).padStart(19)} ${ratio(j.totOut - (j.totIn - j.lastHeader), j.totOut)} (totals)\n`;
    yield* ctx.out((j.verbose ? ' '.repeat(28) : '') + line);
  }
  return j.status;
}

const gzip = defineProgram('gzip', (ctx) => gzipMain(ctx, 'gzip'));
const gunzip = defineProgram('gunzip', (ctx) => gzipMain(ctx, 'gunzip'));
const zcat = defineProgram('zcat', (ctx) => gzipMain(ctx, 'zcat'));

/** Install paths of gzip, gunzip and zcat. */
export function gzipPrograms(): Record<string, Program> {
  return { '/bin/gzip': gzip, '/bin/gunzip': gunzip, '/bin/zcat': zcat };
}
