/** split(1) and truncate(1), as GNU coreutils. */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { helpOrVersion } from './lib/usage.ts';
import { readNamed } from './lib/read-named.ts';
import { parseCmd, usageError, writeWhole, q } from './lib/io.ts';
import { O_WRONLY, O_CREAT } from '../abi/fcntl.ts';
import { ERANGE, strerror } from '../abi/errno.ts';
import { S_ISREG } from '../abi/stat.ts';

const SIZE_SUFFIX: Record<string, number> = {
  '': 1, b: 512, K: 1024, KiB: 1024, KB: 1000, k: 1024, M: 1024 ** 2, MiB: 1024 ** 2, MB: 1e6,
  G: 1024 ** 3, GiB: 1024 ** 3, GB: 1e9, T: 1024 ** 4, TiB: 1024 ** 4, TB: 1e12,
};

/** A size such as 10, 4K, 1MB (GNU's xstrtoumax suffixes); null when malformed. */
export function parseSize(s: string): number | null {
  const m = /^(\d+)([A-Za-z]*)$/.exec(s);
  if (!m) return null;
  const mult = SIZE_SUFFIX[m[2]!];
  if (mult === undefined) return null;
  const v = Number(m[1]) * mult;
  return Number.isSafeInteger(v) ? v : null;
}

/** Suffix generator with GNU's widening ("yz" is followed by "zaaa") unless the length was fixed. */
class Suffixes {
  private digits: number[];
  private base = '';
  private started = false;
  constructor(private readonly alphabet: string, len: number, private readonly auto: boolean, from = 0) {
    this.digits = new Array<number>(len).fill(0);
    for (let i = len - 1; i >= 0 && from > 0; i--) { this.digits[i] = from % alphabet.length; from = Math.floor(from / alphabet.length); }
  }

  /** The next suffix, or null when exhausted. */
  next(): string | null {
    if (this.started && !this.bump()) return null;
    this.started = true;
    return this.base + this.digits.map((d) => this.alphabet[d]).join('');
  }

  private bump(): boolean {
    const a = this.alphabet.length;
    for (let i = this.digits.length - 1; i >= 0; i--) {
      this.digits[i]!++;
      if (this.auto && i === 0 && this.digits[0] === a - 1) {
        this.base += this.alphabet[a - 1];
        this.digits = new Array<number>(this.digits.length + 1).fill(0);
        return true;
      }
      if (this.digits[i]! < a) return true;
      this.digits[i] = 0;
    }
    return false;
  }
}

interface SplitPlan { chunks: Uint8Array[]; toStdout: boolean }

/** Cut `data` into -n chunks: N, K/N, l/N, l/K/N, r/N, r/K/N. */
function chunkPlan(data: Uint8Array, spec: string): SplitPlan | null {
  const m = /^(?:([lr])\/)?(?:(\d+)\/)?(\d+)$/.exec(spec);
  if (!m) return null;
  const n = Number(m[3]), k = m[2] === undefined ? 0 : Number(m[2]);
  if (n === 0 || k > n) return null;
  const chunks: Uint8Array[] = [];
  if (m[1] === 'r') {
    const parts: number[][] = Array.from({ length: n }, () => []);
    let start = 0, line = 0;
    for (let i = 0; i < data.length; i++) {
      if (data[i] === 10 || i === data.length - 1) { parts[line % n]!.push(start, i + 1); start = i + 1; line++; }
    }
    for (const p of parts) {
      const out: number[] = [];
      for (let j = 0; j < p.length; j += 2) for (let x = p[j]!; x < p[j + 1]!; x++) out.push(data[x]!);
      chunks.push(Uint8Array.from(out));
    }
  } else {
    const size = Math.floor(data.length / n);
    let start = 0;
    for (let c = 1; c <= n; c++) {
      let end = c === n ? data.length : c * size;
      if (m[1] === 'l' && c < n && end > start) {
        const nl = data.indexOf(10, end - 1);
        end = nl < 0 ? data.length : nl + 1;
      }
      end = Math.max(end, start);
      chunks.push(data.subarray(start, end));
      start = end;
    }
  }
  return k > 0 ? { chunks: [chunks[k - 1]!], toStdout: true } : { chunks, toStdout: false };
}

/** Pieces of `data` by -l lines (or -t separator) or -b bytes. */
function fixedPieces(data: Uint8Array, lines: number, bytes: number, sep: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  if (bytes > 0) {
    for (; start < data.length; start += bytes) out.push(data.subarray(start, start + bytes));
    return out;
  }
  let count = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === sep && ++count === lines) { out.push(data.subarray(start, i + 1)); start = i + 1; count = 0; }
  }
  if (start < data.length) out.push(data.subarray(start));
  return out;
}

const SPLIT_SPEC = {
  short: 'a:b:C:del:n:t:ux',
  long: {
    'suffix-length': 'a:', bytes: 'b:', 'line-bytes': 'C:', 'numeric-suffixes': 'd::', 'hex-suffixes': 'x::',
    'elide-empty-files': 'e', lines: 'l:', number: 'n:', separator: 't:', unbuffered: 'u', verbose: 'verbose',
    'additional-suffix': 'additional-suffix:', filter: 'filter:', help: 'help', version: 'version',
  },
};

function* splitMain(ctx: Ctx): Gen<number> {
  const c = yield* parseCmd(ctx, SPLIT_SPEC);
  if (typeof c === 'number') return c;
  const hv = yield* helpOrVersion(ctx, c.o, 'Usage: split [OPTION]... [FILE [PREFIX]]');
  if (hv !== null) return hv;
  const o = c.o;
  if (c.args.length > 2) return yield* usageError(ctx, `extra operand ${ctx.q(c.args[2]!)}`);
  if (o.has('C') || o.has('filter')) { yield* ctx.err(`${ctx.prog}: ${o.has('C') ? '--line-bytes' : '--filter'} is not supported on this machine\n`); return 1; }
  const bad = function* (what: string, v: string, range = false): Gen<number> {
    yield* ctx.err(`${ctx.prog}: invalid ${what}: ${ctx.q(v)}${range ? `: ${strerror(-ERANGE)}` : ''}\n`);
    return 1;
  };
  const mode = o.last('l', 'b', 'n');
  let lines = 1000, bytes = 0;
  if (mode === 'l') {
    const v = o.get('l')!;
    if (!/^\d+$/.test(v)) return yield* bad('number of lines', v);
    lines = Number(v);
    if (lines === 0) return yield* bad('number of lines', v, true);
  } else if (mode === 'b') {
    const v = o.get('b')!;
    const n = parseSize(v);
    if (n === null) return yield* bad('number of bytes', v);
    if (n === 0) return yield* bad('number of bytes', v, true);
    bytes = n;
  }
  let suffixLen = 2;
  if (o.has('a')) {
    const v = o.get('a')!;
    if (!/^\d+$/.test(v)) return yield* bad('suffix length', v);
    suffixLen = Number(v) || 2;
  }
  const sepArg = o.get('t');
  const sep = sepArg === undefined ? 10 : sepArg === '\\0' ? 0 : sepArg.charCodeAt(0);
  const name = c.args[0] ?? '-';
  const data = yield* readNamed(ctx, name);
  if (!(data instanceof Uint8Array)) {
    yield* ctx.err(data.stage === 'open' ? `${ctx.prog}: cannot open ${q(name)} for reading: ${strerror(data.errno)}\n` : `${ctx.prog}: ${name}: ${strerror(data.errno)}\n`);
    return 1;
  }
  let pieces: Uint8Array[];
  if (mode === 'n') {
    const plan = chunkPlan(data, o.get('n')!);
    if (plan === null) return yield* bad('number of chunks', o.get('n')!, /^(?:[lr]\/)?(?:\d+\/)?0$/.test(o.get('n')!));
    if (plan.toStdout) { yield* ctx.out(plan.chunks[0]!); return 0; }
    pieces = plan.chunks;
    if (!o.has('a')) while (26 ** suffixLen < pieces.length) suffixLen++;
  } else pieces = fixedPieces(data, lines, bytes, sep);
  if (o.has('e')) pieces = pieces.filter((p) => p.length > 0);
  const numeric = o.last('d', 'x');
  const alphabet = numeric === 'd' ? '0123456789' : numeric === 'x' ? '0123456789abcdef' : 'abcdefghijklmnopqrstuvwxyz';
  const from = numeric === undefined ? 0 : Number.parseInt(o.get(numeric) ?? '0', numeric === 'x' ? 16 : 10) || 0;
  const sfx = new Suffixes(alphabet, suffixLen, !o.has('a') && mode !== 'n' && from === 0, from);
  const prefix = c.args[1] ?? 'x';
  const extra = o.get('additional-suffix') ?? '';
  for (const p of pieces) {
    const s = sfx.next();
    if (s === null) { yield* ctx.err(`${ctx.prog}: output file suffixes exhausted\n`); return 1; }
    const file = prefix + s + extra;
    if (o.has('verbose')) yield* ctx.out(`creating file ${q(file)}\n`);
    const r = yield* writeWhole(ctx, file, p);
    if (r < 0) { yield* ctx.perror(file, r); return 1; }
    yield* ctx.tick(1 + (p.length >> 10));
  }
  return 0;
}

/** New size from truncate's -s: absolute, or relative (+ - < > / %) to `cur`; null on a division by zero. */
export function applySize(spec: { op: string; n: number }, cur: number): number | null {
  switch (spec.op) {
    case '+': return cur + spec.n;
    case '-': return Math.max(0, cur - spec.n);
    case '<': return Math.min(cur, spec.n);
    case '>': return Math.max(cur, spec.n);
    case '/': return spec.n === 0 ? null : Math.floor(cur / spec.n) * spec.n;
    case '%': return spec.n === 0 ? null : Math.ceil(cur / spec.n) * spec.n;
    default: return spec.n;
  }
}

function* truncateMain(ctx: Ctx): Gen<number> {
  const c = yield* parseCmd(ctx, { short: 'cor:s:', long: { 'no-create': 'c', 'io-blocks': 'o', reference: 'r:', size: 's:', help: 'help', version: 'version' } });
  if (typeof c === 'number') return c;
  const hv = yield* helpOrVersion(ctx, c.o, 'Usage: truncate OPTION... FILE...');
  if (hv !== null) return hv;
  const o = c.o;
  if (!o.has('s') && !o.has('r')) return yield* usageError(ctx, `you must specify either ${ctx.q('--size')} or ${ctx.q('--reference')}`);
  let spec: { op: string; n: number } | null = null;
  if (o.has('s')) {
    const v = o.get('s')!;
    const m = /^([-+<>/%]?)(.*)$/.exec(v)!;
    const n = parseSize(m[2]!);
    if (n === null) { yield* ctx.err(`${ctx.prog}: Invalid number: ${ctx.q(v)}\n`); return 1; }
    spec = { op: m[1]!, n };
    if (o.has('r') && spec.op === '') return yield* usageError(ctx, `you must specify a relative ${ctx.q('--size')} with ${ctx.q('--reference')}`);
    if ((spec.op === '/' || spec.op === '%') && n === 0) { yield* ctx.err(`${ctx.prog}: division by zero\n`); return 1; }
  }
  if (c.args.length === 0) return yield* usageError(ctx, 'missing file operand');
  let refSize = -1;
  if (o.has('r')) {
    const st = ctx.sys.stat(o.get('r')!);
    if (typeof st === 'number') { yield* ctx.err(`${ctx.prog}: cannot stat ${q(o.get('r')!)}: ${strerror(st)}\n`); return 1; }
    refSize = st.size;
  }
  let status = 0;
  for (const f of c.args) {
    const fd = ctx.sys.open(f, O_WRONLY | (o.has('c') ? 0 : O_CREAT), 0o666);
    if (fd < 0) {
      if (o.has('c') && fd === -2) continue;
      yield* ctx.err(`${ctx.prog}: cannot open ${q(f)} for writing: ${strerror(fd)}\n`);
      status = 1;
      continue;
    }
    const st = ctx.sys.fstat(fd);
    const cur = refSize >= 0 ? refSize : typeof st === 'number' ? 0 : st.size;
    const blk = o.has('o') && typeof st !== 'number' ? st.blksize : 1;
    const size = spec === null ? cur : applySize({ op: spec.op, n: spec.n * blk }, cur);
    const r = typeof st !== 'number' && !S_ISREG(st.mode) ? 0 : ctx.sys.truncate(f, size ?? cur);
    ctx.sys.close(fd);
    if (r < 0) { yield* ctx.err(`${ctx.prog}: failed to truncate ${q(f)} at ${size} bytes: ${strerror(r)}\n`); status = 1; }
  }
  return status;
}

export function splitPrograms(): Record<string, Program> {
  return { '/usr/bin/split': defineProgram('split', splitMain), '/usr/bin/truncate': defineProgram('truncate', truncateMain) };
}
