/**
 * dd(1), as GNU coreutils: if= of= bs= ibs= obs= count= skip= seek= conv=
 * iflag= oflag= status=, records counted full+partial, the transfer
 * statistics on stderr (timed by the virtual clock).
 */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { q, usageError } from './lib/io.ts';
import { O_RDONLY, O_WRONLY, O_CREAT, O_TRUNC, O_EXCL, O_APPEND, SEEK_CUR } from '../abi/fcntl.ts';
import { EINTR, strerror } from '../abi/errno.ts';
import { SIGINT, SIGUSR1 } from '../abi/signals.ts';

interface DdOpts {
  ifile?: string; ofile?: string; ibs: number; obs: number; bs: boolean;
  count: number; skip: number; seek: number; status: 'default' | 'none' | 'noxfer' | 'progress';
  conv: Set<string>; iflag: Set<string>; oflag: Set<string>;
}

/** SIGINT arrived: dd prints its statistics and dies of the signal. */
class Interrupted {}

/** A diagnostic line; `usage` adds the Try line. */
class DdError {
  constructor(readonly message: string, readonly usage = false) {}
}

const MULT: Record<string, number> = {
  c: 1, w: 2, b: 512, kB: 1e3, K: 1024, KiB: 1024, MB: 1e6, M: 1024 ** 2, MiB: 1024 ** 2, xM: 1024 ** 2,
  GB: 1e9, G: 1024 ** 3, GiB: 1024 ** 3, TB: 1e12, T: 1024 ** 4, TiB: 1024 ** 4, k: 1024,
};

/** GNU dd's numbers: digits with a size suffix, and products like 2x512. */
export function ddNumber(s: string): number | null {
  let total = 1;
  for (const part of s.split('x')) {
    const m = /^(\d+)([A-Za-z]*)$/.exec(part);
    if (!m) return null;
    const mult = m[2] === '' ? 1 : MULT[m[2]!];
    if (mult === undefined) return null;
    total *= Number(m[1]) * mult;
  }
  return Number.isSafeInteger(total) ? total : null;
}

const CONVS = new Set(['notrunc', 'ucase', 'lcase', 'sync', 'noerror', 'fsync', 'fdatasync', 'excl', 'nocreat', 'swab', 'sparse']);
const UNSUPPORTED_CONVS = new Set(['ascii', 'ebcdic', 'ibm', 'block', 'unblock']);
const FLAGS = new Set(['append', 'direct', 'directory', 'dsync', 'sync', 'fullblock', 'nonblock', 'noatime', 'nocache', 'noctty', 'nofollow', 'count_bytes', 'skip_bytes', 'seek_bytes']);

function flagSet(v: string, valid: Set<string>, what: string, ctx: Ctx): Set<string> {
  const out = new Set<string>();
  for (const f of v.split(',')) {
    if (!valid.has(f)) throw new DdError(`invalid ${what}: ${ctx.q(f)}`, true);
    out.add(f);
  }
  return out;
}

function parseOperands(ctx: Ctx, args: string[]): DdOpts {
  const o: DdOpts = { ibs: 512, obs: 512, bs: false, count: -1, skip: 0, seek: 0, status: 'default', conv: new Set(), iflag: new Set(), oflag: new Set() };
  const num = (v: string, positive: boolean): number => {
    const n = ddNumber(v);
    if (n === null || (positive && n === 0)) throw new DdError(`invalid number: ${ctx.q(v)}`);
    return n;
  };
  for (const a of args) {
    const eq = a.indexOf('=');
    const key = eq < 0 ? a : a.slice(0, eq), v = a.slice(eq + 1);
    if (eq < 0) throw new DdError(`unrecognized operand ${ctx.q(a)}`, true);
    switch (key) {
      case 'if': o.ifile = v; break;
      case 'of': o.ofile = v; break;
      case 'bs': o.ibs = o.obs = num(v, true); o.bs = true; break;
      case 'ibs': o.ibs = num(v, true); break;
      case 'obs': o.obs = num(v, true); break;
      case 'cbs': num(v, true); break;
      case 'count': o.count = num(v, false); break;
      case 'skip': case 'iseek': o.skip = num(v, false); break;
      case 'seek': case 'oseek': o.seek = num(v, false); break;
      case 'conv':
        for (const c of v.split(',')) {
          if (UNSUPPORTED_CONVS.has(c)) throw new DdError(`conv=${c} is not supported on this machine`);
          if (!CONVS.has(c)) throw new DdError(`invalid conversion: ${ctx.q(c)}`, true);
          o.conv.add(c);
        }
        break;
      case 'iflag': o.iflag = flagSet(v, FLAGS, 'input flag', ctx); break;
      case 'oflag': o.oflag = flagSet(v, FLAGS, 'output flag', ctx); break;
      case 'status':
        if (v !== 'none' && v !== 'noxfer' && v !== 'progress') throw new DdError(`invalid status level: ${ctx.q(v)}`, true);
        o.status = v;
        break;
      default: throw new DdError(`unrecognized operand ${ctx.q(a)}`, true);
    }
  }
  if (o.conv.has('ucase') && o.conv.has('lcase')) throw new DdError('cannot combine lcase and ucase');
  if (o.conv.has('excl') && o.conv.has('nocreat')) throw new DdError('cannot combine excl and nocreat');
  return o;
}

/** human_readable() as dd prints sizes: "3.1 kB", "20 KiB" (empty when below one unit). */
function human(n: number, base: 1000 | 1024, rate = false): string {
  const units = base === 1000 ? ['kB', 'MB', 'GB', 'TB', 'PB'] : ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = n, i = -1;
  while (v >= base && i < units.length - 1) { v /= base; i++; }
  if (i < 0) return rate ? `${(n / 1000).toFixed(1)} kB` : '';
  const s = v < (rate ? 99.95 : 9.95) ? v.toFixed(1) : Math.round(v).toFixed(0);
  return `${s} ${units[i]}`;
}

/** C's %g with six significant digits. */
function fmtG(x: number): string {
  if (x === 0) return '0';
  const e = Math.floor(Math.log10(Math.abs(x)));
  if (e < -4 || e >= 6) {
    const [m, ex] = x.toExponential(5).split('e');
    const mant = m!.includes('.') ? m!.replace(/0+$/, '').replace(/\.$/, '') : m!;
    const en = Number(ex);
    return `${mant}e${en < 0 ? '-' : '+'}${String(Math.abs(en)).padStart(2, '0')}`;
  }
  const s = x.toFixed(Math.max(0, 5 - e));
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

interface Counts { inFull: number; inPart: number; outFull: number; outPart: number; bytes: number }

function stats(o: DdOpts, n: Counts, seconds: number): string {
  if (o.status === 'none') return '';
  let s = `${n.inFull}+${n.inPart} records in\n${n.outFull}+${n.outPart} records out\n`;
  if (o.status === 'noxfer') return s;
  const si = human(n.bytes, 1000), iec = human(n.bytes, 1024);
  const size = si === '' ? '' : iec === '' ? ` (${si})` : ` (${si}, ${iec})`;
  const rate = seconds > 0 ? `${human(n.bytes / seconds, 1000, true)}/s` : 'Infinity B/s';
  s += `${n.bytes} byte${n.bytes === 1 ? '' : 's'}${size} copied, ${fmtG(seconds)} s, ${rate}\n`;
  return s;
}

function convert(b: Uint8Array, o: DdOpts): Uint8Array {
  if (o.conv.has('sync') && b.length < o.ibs) { const p = new Uint8Array(o.ibs); p.set(b); b = p; }
  if (o.conv.has('swab')) for (let i = 0; i + 1 < b.length; i += 2) { const t = b[i]!; b[i] = b[i + 1]!; b[i + 1] = t; }
  if (o.conv.has('ucase')) for (let i = 0; i < b.length; i++) { if (b[i]! >= 97 && b[i]! <= 122) b[i] -= 32; }
  if (o.conv.has('lcase')) for (let i = 0; i < b.length; i++) { if (b[i]! >= 65 && b[i]! <= 90) b[i] += 32; }
  return b;
}

/** Read one input block (looping for iflag=fullblock): bytes, or -errno. */
function* readBlock(ctx: Ctx, fd: number, size: number, full: boolean): Gen<Uint8Array | number> {
  const r = yield* ctx.read(fd, size);
  if (typeof r === 'number' || !full || r.length === 0 || r.length === size) return typeof r === 'number' ? r : r.slice();
  const buf = new Uint8Array(size);
  buf.set(r);
  let got = r.length;
  while (got < size) {
    const m = yield* ctx.read(fd, size - got);
    if (typeof m === 'number') return m;
    if (m.length === 0) break;
    buf.set(m, got);
    got += m.length;
  }
  return buf.subarray(0, got);
}

function* openFiles(ctx: Ctx, o: DdOpts): Gen<[number, number]> {
  let ifd = 0, ofd = 1;
  if (o.ifile !== undefined) {
    ifd = ctx.sys.open(o.ifile, O_RDONLY);
    if (ifd < 0) throw new DdError(`failed to open ${q(o.ifile)}: ${strerror(ifd)}`);
  }
  if (o.ofile !== undefined) {
    let flags = O_WRONLY | (o.conv.has('nocreat') ? 0 : O_CREAT) | (o.conv.has('excl') ? O_EXCL : 0) | (o.oflag.has('append') ? O_APPEND : 0);
    if (!o.conv.has('notrunc') && o.seek === 0 && !o.oflag.has('append')) flags |= O_TRUNC;
    ofd = yield* ctx.call(() => ctx.sys.open(o.ofile!, flags, 0o666));
    if (ofd < 0) throw new DdError(`failed to open ${q(o.ofile)}: ${strerror(ofd)}`);
  }
  return [ifd, ofd];
}

/** Skip input and seek output as the operands ask. */
function* position(ctx: Ctx, o: DdOpts, ifd: number, ofd: number): Gen<void> {
  const skipBytes = o.iflag.has('skip_bytes') ? o.skip : o.skip * o.ibs;
  if (skipBytes > 0 && ctx.sys.lseek(ifd, skipBytes, SEEK_CUR) < 0) {
    for (let left = skipBytes; left > 0;) {
      const r = yield* ctx.read(ifd, Math.min(left, 65536));
      if (typeof r === 'number') throw new DdError(`${q(o.ifile ?? 'standard input')}: cannot skip: ${strerror(r)}`);
      if (r.length === 0) break;
      left -= r.length;
    }
  }
  const seekBytes = o.oflag.has('seek_bytes') ? o.seek : o.seek * o.obs;
  if (seekBytes > 0) {
    const r = ctx.sys.lseek(ofd, seekBytes, SEEK_CUR);
    if (r < 0) throw new DdError(`${q(o.ofile ?? 'standard output')}: cannot seek: ${strerror(r)}`);
    if (!o.conv.has('notrunc') && o.ofile !== undefined) ctx.sys.ftruncate(ofd, r);
  }
}

/**
 * Copy the blocks. `onSignals` takes the caught signals (SIGUSR1 prints the
 * statistics; SIGINT throws Interrupted); a call they cut short is re-issued.
 */
function* copy(ctx: Ctx, o: DdOpts, ifd: number, ofd: number, n: Counts, onSignals: () => Gen<void>): Gen<void> {
  const countBytes = o.iflag.has('count_bytes');
  let pending = new Uint8Array(0);
  const put = function* (b: Uint8Array, record: number): Gen<void> {
    let w = yield* ctx.write(ofd, b);
    while (w === -EINTR) { yield* onSignals(); w = yield* ctx.write(ofd, b); }
    if (w < 0) throw new DdError(`error writing ${q(o.ofile ?? 'standard output')}: ${strerror(w)}`);
    if (b.length === record) n.outFull++; else n.outPart++;
    n.bytes += b.length;
  };
  let readBytes = 0;
  for (let blocks = 0; o.count < 0 || (countBytes ? readBytes < o.count : blocks < o.count); blocks++) {
    const want = countBytes ? Math.min(o.ibs, o.count - readBytes) : o.ibs;
    let r = yield* readBlock(ctx, ifd, want, o.iflag.has('fullblock'));
    while (r === -EINTR) { yield* onSignals(); r = yield* readBlock(ctx, ifd, want, o.iflag.has('fullblock')); }
    yield* onSignals();
    if (typeof r === 'number') throw new DdError(`error reading ${q(o.ifile ?? 'standard input')}: ${strerror(r)}`);
    if (r.length === 0) break;
    readBytes += r.length;
    if (r.length === o.ibs) n.inFull++; else n.inPart++;
    const b = convert(r, o);
    yield* ctx.tick(1 + (b.length >> 8));
    if (o.bs) { yield* put(b, o.obs); continue; }
    const all = new Uint8Array(pending.length + b.length);
    all.set(pending);
    all.set(b, pending.length);
    let off = 0;
    for (; all.length - off >= o.obs; off += o.obs) yield* put(all.subarray(off, off + o.obs), o.obs);
    pending = all.slice(off);
  }
  if (pending.length > 0) yield* put(pending, o.obs);
}

const dd = defineProgram('dd', function* (ctx) {
  let args = ctx.argv.slice(1);
  if (args[0] === '--help') { yield* ctx.out('Usage: dd [OPERAND]...\n  or:  dd OPTION\nCopy a file, converting and formatting according to the operands.\n'); return 0; }
  if (args[0] === '--version') { yield* ctx.out('dd (coreutils) 9.1\n'); return 0; }
  if (args[0] === '--') args = args.slice(1);
  else if (args[0]?.startsWith('--')) return yield* usageError(ctx, `unrecognized option '${args[0]}'`);
  else if (args[0]?.startsWith('-') && args[0].length > 1) return yield* usageError(ctx, `invalid option -- '${args[0][1]}'`);
  const n: Counts = { inFull: 0, inPart: 0, outFull: 0, outPart: 0, bytes: 0 };
  let o: DdOpts | null = null;
  let status = 0;
  const [s0, ns0] = ctx.sys.clockGettime('monotonic');
  const elapsed = (): number => { const [s1, ns1] = ctx.sys.clockGettime('monotonic'); return s1 - s0 + (ns1 - ns0) / 1e9; };
  for (const sig of [SIGINT, SIGUSR1]) if (ctx.sys.sigdisposition(sig) !== 'ignore') ctx.sys.sigaction(sig, 'catch');
  const onSignals = function* (): Gen<void> {
    for (let sig = ctx.sys.sigtake(); sig !== 0; sig = ctx.sys.sigtake()) {
      if (sig === SIGINT) throw new Interrupted();
      const text = o === null ? '' : stats(o, n, elapsed());
      if (text !== '') yield* ctx.err(text);
    }
  };
  try {
    o = parseOperands(ctx, args);
    const [ifd, ofd] = yield* openFiles(ctx, o);
    yield* position(ctx, o, ifd, ofd);
    yield* copy(ctx, o, ifd, ofd, n, onSignals);
  } catch (e) {
    if (e instanceof Interrupted) {
      const text = o === null ? '' : stats(o, n, elapsed());
      if (text !== '') yield* ctx.err(text);
      ctx.sys.sigaction(SIGINT, 'default');
      ctx.sys.kill(ctx.sys.getpid(), SIGINT);
      return 130;
    }
    if (!(e instanceof DdError)) throw e;
    yield* ctx.err(`${ctx.prog}: ${e.message}\n${e.usage ? `Try '${ctx.prog} --help' for more information.\n` : ''}`);
    if (o === null || e.message.startsWith('failed to open')) return 1;
    status = 1;
  }
  const seconds = elapsed();
  yield* ctx.flush();
  const text = stats(o, n, seconds);
  if (text !== '') yield* ctx.err(text);
  return status;
});

export function ddPrograms(): Record<string, Program> {
  return { '/usr/bin/dd': dd };
}
