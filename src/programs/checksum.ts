/**
 * Checksums: sha1sum sha224sum sha384sum sha512sum (with -c, as GNU's
 * md5sum.c), cksum (the POSIX CRC-32) and sum (BSD, or SysV with -s).
 */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { helpOrVersion } from './lib/usage.ts';
import { parseCmd, readInput, openInput } from './lib/io.ts';
import type { Cmdline } from './lib/io.ts';
import { md5, sha1, sha256, sha512 } from './lib/hash.ts';
import { EISDIR, ENOENT, strerror as strerrorOf } from '../abi/errno.ts';

export interface Digest {
  /** Program name, e.g. "sha1sum". */
  prog: string;
  /** BSD tag, e.g. "SHA1". */
  tag: string;
  /** Hex digits in a digest. */
  hexLen: number;
  fn: (b: Uint8Array) => string;
}

export const DIGESTS: readonly Digest[] = [
  { prog: 'sha1sum', tag: 'SHA1', hexLen: 40, fn: sha1 },
  { prog: 'sha224sum', tag: 'SHA224', hexLen: 56, fn: (b) => sha256(b, true) },
  { prog: 'sha384sum', tag: 'SHA384', hexLen: 96, fn: (b) => sha512(b, true) },
  { prog: 'sha512sum', tag: 'SHA512', hexLen: 128, fn: (b) => sha512(b) },
];

/** Digests cksum -a knows beyond DIGESTS (md5sum and sha256sum are programs of binary.ts). */
const CKSUM_DIGESTS: Record<string, Digest> = {
  md5: { prog: 'md5sum', tag: 'MD5', hexLen: 32, fn: md5 },
  sha1: DIGESTS[0]!, sha224: DIGESTS[1]!,
  sha256: { prog: 'sha256sum', tag: 'SHA256', hexLen: 64, fn: (b) => sha256(b) },
  sha384: DIGESTS[2]!, sha512: DIGESTS[3]!,
};

/** GNU's escaping of a file name in a checksum line: [needs a leading '\', escaped name]. */
function escapeName(name: string): [boolean, string] {
  if (!/[\\\n\r]/.test(name)) return [false, name];
  return [true, name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')];
}

function unescapeName(s: string): string {
  return s.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

/**
 * One line of a checksum file: [hex, file name, digest] or null when improperly
 * formatted. BSD-tagged lines may name any of `ds`; untagged ones use ds[0].
 */
export function parseCheckLine(line: string, ds: readonly Digest[], untagged = true): [string, string, Digest] | null {
  let s = line;
  const esc = s.startsWith('\\');
  if (esc) s = s.slice(1);
  const tagged = /^([A-Z0-9]+) \((.*)\) = ([0-9a-fA-F]+)$/.exec(s);
  let hex: string, name: string, d: Digest | undefined;
  if (tagged) { d = ds.find((x) => x.tag === tagged[1]); name = tagged[2]!; hex = tagged[3]!; }
  else {
    const m = untagged ? /^([0-9a-fA-F]+) [ *](.+)$/.exec(s) : null;
    if (!m) return null;
    d = ds[0]; hex = m[1]!; name = m[2]!;
  }
  if (d === undefined || hex.length !== d.hexLen) return null;
  return [hex.toLowerCase(), esc ? unescapeName(name) : name, d];
}

interface CheckCounts { misformatted: number; unreadable: number; mismatched: number; ok: number; properly: number }

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function* checkOne(ctx: Ctx, c: Cmdline, ds: readonly Digest[], file: string, untagged = true): Gen<boolean> {
  const t = yield* readInput(ctx, file);
  const shown = file === '-' ? 'standard input' : file;
  if (typeof t === 'number') {
    yield* ctx.err(t === -EISDIR ? `${ctx.prog}: ${file}: read error\n` : `${ctx.prog}: ${file}: ${strerrorOf(t)}\n`);
    return false;
  }
  const status = c.o.has('status'), quiet = c.o.has('quiet') || status, ignoreMissing = c.o.has('ignore-missing');
  const n: CheckCounts = { misformatted: 0, unreadable: 0, mismatched: 0, ok: 0, properly: 0 };
  const lines = fromUtf8(t).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#')) continue;
    const p = parseCheckLine(line, ds, untagged);
    if (!p) {
      n.misformatted++;
      if (c.o.has('w')) yield* ctx.err(`${ctx.prog}: ${shown}: ${i + 1}: improperly formatted ${untagged ? `${ds[0]!.tag} ` : ''}checksum line\n`);
      continue;
    }
    n.properly++;
    const [hex, name, d] = p;
    const data = yield* readInput(ctx, name);
    if (typeof data === 'number') {
      if (ignoreMissing && data === -ENOENT) continue;
      n.unreadable++;
      yield* ctx.err(`${ctx.prog}: ${name}: ${strerrorOf(data)}\n`);
      if (!status) yield* ctx.out(`${name}: FAILED open or read\n`);
      continue;
    }
    yield* ctx.tick(data.length >> 6);
    const good = d.fn(data) === hex;
    if (good) n.ok++; else n.mismatched++;
    if (!good && !status) yield* ctx.out(`${name}: FAILED\n`);
    else if (good && !quiet) yield* ctx.out(`${name}: OK\n`);
  }
  if (n.properly === 0) {
    yield* ctx.err(`${ctx.prog}: ${shown}: no properly formatted checksum lines found\n`);
    return false;
  }
  if (!status) {
    yield* ctx.flush();
    if (n.misformatted > 0) yield* ctx.err(`${ctx.prog}: WARNING: ${plural(n.misformatted, 'line is', 'lines are')} improperly formatted\n`);
    if (n.unreadable > 0) yield* ctx.err(`${ctx.prog}: WARNING: ${plural(n.unreadable, 'listed file', 'listed files')} could not be read\n`);
    if (n.mismatched > 0) yield* ctx.err(`${ctx.prog}: WARNING: ${plural(n.mismatched, 'computed checksum', 'computed checksums')} did NOT match\n`);
  }
  if (ignoreMissing && n.ok + n.mismatched + n.unreadable === 0) {
    yield* ctx.err(`${ctx.prog}: ${file === '-' ? ctx.q('standard input') : file}: no file was verified\n`);
    return false;
  }
  return n.unreadable === 0 && n.mismatched === 0 && !(c.o.has('strict') && n.misformatted > 0);
}

const HASH_SPEC = {
  short: 'bctwz',
  long: {
    binary: 'b', check: 'c', tag: 'tag', text: 't', zero: 'z', warn: 'w', quiet: 'quiet', status: 'status',
    strict: 'strict', 'ignore-missing': 'ignore-missing', help: 'help', version: 'version',
  },
};

/** Print the digest of each file, untagged ("hex  name") or BSD-tagged. Returns the status. */
function* printDigests(ctx: Ctx, c: Cmdline, d: Digest, files: string[], tagged: boolean): Gen<number> {
  const eol = c.o.has('z') ? '\0' : '\n';
  const star = c.o.has('b') ? '*' : ' ';
  let ok = true;
  for (const f of files) {
    const data = yield* readInput(ctx, f);
    if (typeof data === 'number') { yield* ctx.perror(f, data); ok = false; continue; }
    yield* ctx.tick(data.length >> 6);
    const [esc, name] = c.o.has('z') ? [false, f] : escapeName(f);
    const line = tagged ? `${d.tag} (${name}) = ${d.fn(data)}` : `${d.fn(data)} ${star}${name}`;
    yield* ctx.out(`${esc ? '\\' : ''}${line}${eol}`);
  }
  return ok ? 0 : 1;
}

/** A GNU *sum program for digest `d`: print digests, or check them with -c. */
export function digestProgram(d: Digest): Program {
  return defineProgram(d.prog, function* (ctx) {
    const c = yield* parseCmd(ctx, HASH_SPEC);
    if (typeof c === 'number') return c;
    const hv = yield* helpOrVersion(ctx, c.o, `Usage: ${d.prog} [OPTION]... [FILE]...`);
    if (hv !== null) return hv;
    const files = c.args.length > 0 ? c.args : ['-'];
    if (!c.o.has('c')) return yield* printDigests(ctx, c, d, files, c.o.has('tag'));
    let ok = true;
    for (const f of files) ok = (yield* checkOne(ctx, c, [d], f)) && ok;
    return ok ? 0 : 1;
  });
}

const CRC_TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/** Running state of one of cksum's or sum's algorithms over a stream. */
interface Summer { add(b: Uint8Array): void; result(): string }

/** POSIX cksum: CRC-32 (polynomial 0x04C11DB7) over the data and then its length. */
export function crcSummer(): Summer {
  let crc = 0, len = 0;
  const step = (b: number): void => { crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xff]!) >>> 0; };
  return {
    add(b) { for (const x of b) step(x); len += b.length; },
    result() {
      for (let n = len; n > 0; n = Math.floor(n / 256)) step(n % 256);
      return `${(~crc) >>> 0} ${len}`;
    },
  };
}

/** BSD sum (sum -r): 16-bit rotating checksum and 1 KiB blocks. */
export function bsdSummer(): Summer {
  let s = 0, len = 0;
  return {
    add(b) { for (const x of b) s = (((s >> 1) + ((s & 1) << 15)) + x) & 0xffff; len += b.length; },
    result() { return `${String(s).padStart(5, '0')} ${String(Math.ceil(len / 1024)).padStart(5)}`; },
  };
}

/** System V sum (sum -s): the byte sum folded to 16 bits and 512-byte blocks. */
export function sysvSummer(): Summer {
  let s = 0, len = 0;
  return {
    add(b) { for (const x of b) s = (s + x) % 0x100000000; len += b.length; },
    result() {
      const r = (s & 0xffff) + Math.floor(s / 0x10000);
      return `${(r & 0xffff) + (r >>> 16)} ${Math.ceil(len / 512)}`;
    },
  };
}

/** Feed a named input to `s` in chunks; 0 or -errno. */
function* sumInput(ctx: Ctx, name: string, s: Summer): Gen<number> {
  const fd = yield* openInput(ctx, name);
  if (fd < 0) return fd;
  for (;;) {
    const r = yield* ctx.read(fd, 65536);
    if (typeof r === 'number') { if (fd !== 0) ctx.sys.close(fd); return r; }
    if (r.length === 0) break;
    s.add(r);
    yield* ctx.tick(r.length >> 6);
  }
  if (fd !== 0) ctx.sys.close(fd);
  return 0;
}

function* runSummer(ctx: Ctx, c: Cmdline, make: () => Summer, crcOfDir = false): Gen<number> {
  const files = c.args.length > 0 ? c.args : ['-'];
  const eol = c.o.has('z') ? '\0' : '\n';
  let status = 0;
  for (const f of files) {
    const s = make();
    const r = yield* sumInput(ctx, f, s);
    // GNU cksum's CRC reader takes a directory's read error for an empty file.
    if (r < 0 && !(r === -EISDIR && crcOfDir)) { yield* ctx.perror(f, r); status = 1; continue; }
    yield* ctx.out(`${s.result()}${c.args.length > 0 ? ` ${f}` : ''}${eol}`);
  }
  return status;
}

const CKSUM_ALGOS = ['bsd', 'sysv', 'crc', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'sm3'];

const cksum = defineProgram('cksum', function* (ctx) {
  const c = yield* parseCmd(ctx, {
    short: 'a:cl:wz',
    long: { ...HASH_SPEC.long, algorithm: 'a:', length: 'l:', untagged: 'untagged', base64: 'base64', debug: 'debug' },
  });
  if (typeof c === 'number') return c;
  const hv = yield* helpOrVersion(ctx, c.o, 'Usage: cksum [OPTION]... [FILE]...');
  if (hv !== null) return hv;
  const algo = c.o.get('a') ?? 'crc';
  if (!CKSUM_ALGOS.includes(algo)) {
    const valid = CKSUM_ALGOS.map((a) => `  - ${ctx.q(a)}\n`).join('');
    yield* ctx.err(`cksum: invalid argument ${ctx.q(algo)} for ${ctx.q('--algorithm')}\nValid arguments are:\n${valid}Try '${ctx.prog} --help' for more information.\n`);
    return 1;
  }
  if (algo === 'blake2b' || algo === 'sm3' || c.o.has('l') || c.o.has('base64')) {
    yield* ctx.err(`cksum: ${algo === 'blake2b' || algo === 'sm3' ? algo : c.o.has('l') ? '--length' : '--base64'}: not supported on this machine\n`);
    return 1;
  }
  const d = CKSUM_DIGESTS[algo];
  const files = c.args.length > 0 ? c.args : ['-'];
  if (c.o.has('c')) {
    if (c.o.has('a') && (algo === 'bsd' || algo === 'sysv' || algo === 'crc')) {
      yield* ctx.err('cksum: --check is not supported with --algorithm={bsd,sysv,crc}\n');
      return 1;
    }
    let ok = true;
    const ds = c.o.has('a') ? [d!] : Object.values(CKSUM_DIGESTS);
    for (const f of files) ok = (yield* checkOne(ctx, c, ds, f, c.o.has('a'))) && ok;
    return ok ? 0 : 1;
  }
  if (d !== undefined) return yield* printDigests(ctx, c, d, files, c.o.last('tag', 'untagged') !== 'untagged');
  return yield* runSummer(ctx, c, algo === 'bsd' ? bsdSummer : algo === 'sysv' ? sysvSummer : crcSummer, algo === 'crc');
});

const sum = defineProgram('sum', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'rs', long: { sysv: 's', help: 'help', version: 'version' } });
  if (typeof c === 'number') return c;
  const hv = yield* helpOrVersion(ctx, c.o, 'Usage: sum [OPTION]... [FILE]...');
  if (hv !== null) return hv;
  return yield* runSummer(ctx, c, c.o.last('r', 's') === 's' ? sysvSummer : bsdSummer);
});

export function checksumPrograms(): Record<string, Program> {
  const out: Record<string, Program> = { '/usr/bin/cksum': cksum, '/usr/bin/sum': sum };
  for (const d of DIGESTS) out[`/usr/bin/${d.prog}`] = digestProgram(d);
  return out;
}
