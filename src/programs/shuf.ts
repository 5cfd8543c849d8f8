/** shuf(1), as GNU coreutils: permute lines, -e arguments or an -i range; -n, -r, -o, -z. Randomness from getrandom. */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { helpOrVersion } from './lib/usage.ts';
import { readNamed } from './lib/read-named.ts';
import { strerror } from '../abi/errno.ts';

/** EOVERFLOW (errno 75), which abi/errno.ts does not name. */
const EOVERFLOW = 75;
import { parseCmd, usageError, writeWhole } from './lib/io.ts';

/** Uniform integers below a bound, drawn from the kernel's getrandom in batches. */
export class RandomSource {
  private pool: Uint8Array = new Uint8Array(0);
  private at = 0;
  constructor(private readonly ctx: Ctx) {}

  private u32(): number {
    if (this.at + 4 > this.pool.length) { this.pool = this.ctx.sys.getrandom(1024); this.at = 0; }
    const p = this.pool, i = this.at;
    this.at += 4;
    return ((p[i]! << 24) | (p[i + 1]! << 16) | (p[i + 2]! << 8) | p[i + 3]!) >>> 0;
  }

  /** An integer in [0, n) for 0 < n <= 2^53, without modulo bias. */
  below(n: number): number {
    if (n <= 0x100000000) {
      const limit = 0x100000000 - (0x100000000 % n);
      for (;;) {
        const x = this.u32();
        if (x < limit) return x % n;
      }
    }
    const span = 2 ** 53;
    const limit = span - (span % n);
    for (;;) {
      const x = this.u32() * 2 ** 21 + (this.u32() >>> 11);
      if (x < limit) return x % n;
    }
  }
}

function* shufMain(ctx: Ctx): Gen<number> {
  const c = yield* parseCmd(ctx, {
    short: 'ei:n:o:rz',
    long: { echo: 'e', 'input-range': 'i:', 'head-count': 'n:', output: 'o:', 'random-source': 'random-source:', repeat: 'r', 'zero-terminated': 'z', help: 'help', version: 'version' },
  });
  if (typeof c === 'number') return c;
  const hv = yield* helpOrVersion(ctx, c.o, 'Usage: shuf [OPTION]... [FILE]\n  or:  shuf -e [OPTION]... [ARG]...\n  or:  shuf -i LO-HI [OPTION]...');
  if (hv !== null) return hv;
  const o = c.o;
  if (o.has('e') && o.has('i')) return yield* usageError(ctx, 'cannot combine -e and -i options');
  let count = Infinity;
  for (const v of o.all('n')) {
    if (!/^\d+$/.test(v)) { yield* ctx.err(`${ctx.prog}: invalid line count: ${ctx.q(v)}\n`); return 1; }
    count = Math.min(count, Number(v));
  }
  const sep = o.has('z') ? '\0' : '\n';
  let items: string[] | null = null;
  let lo = 0, n = 0;
  if (o.has('i')) {
    const v = o.get('i')!;
    const m = /^(\d+)-(\d+)$/.exec(v);
    const big = m ? [m[1]!, m[2]!].find((x) => !Number.isSafeInteger(Number(x))) : undefined;
    if (big !== undefined) { yield* ctx.err(`${ctx.prog}: invalid input range: ${ctx.q(big)}: ${strerror(-EOVERFLOW)}\n`); return 1; }
    if (!m || Number(m[2]) + 1 < Number(m[1])) { yield* ctx.err(`${ctx.prog}: invalid input range: ${ctx.q(v)}\n`); return 1; }
    if (c.args.length > 0) return yield* usageError(ctx, `extra operand ${ctx.q(c.args[0]!)}`);
    lo = Number(m[1]); n = Number(m[2]) - lo + 1;
  } else if (o.has('e')) items = c.args;
  else {
    if (c.args.length > 1) return yield* usageError(ctx, `extra operand ${ctx.q(c.args[1]!)}`);
    const f = c.args[0] ?? '-';
    const d = yield* readNamed(ctx, f);
    if (!(d instanceof Uint8Array)) {
      yield* ctx.err(d.stage === 'open' ? `${ctx.prog}: ${f}: ${strerror(d.errno)}\n` : `${ctx.prog}: read error: ${strerror(d.errno)}\n`);
      return 1;
    }
    const text = fromUtf8(d);
    items = text === '' ? [] : text.split(sep);
    if (text.endsWith(sep)) items.pop();
  }
  if (items !== null) n = items.length;
  const item = (i: number): string => (items === null ? String(lo + i) : items[i]!);
  const rnd = new RandomSource(ctx);
  const out: string[] = [];
  if (o.has('r')) {
    if (n === 0) {
      if (count === 0) return 0;
      yield* ctx.err(`${ctx.prog}: no lines to repeat\n`);
      return 1;
    }
    if (count === Infinity) {
      for (;;) {
        const w = yield* ctx.write(1, item(rnd.below(n)) + sep);
        if (w < 0) return 1;
        yield* ctx.tick();
      }
    }
    for (let i = 0; i < count; i++) { out.push(item(rnd.below(n))); yield* ctx.tick(); }
  } else {
    // Fisher-Yates over only the first k places; untouched places hold their own index.
    const perm = new Map<number, number>();
    const at = (i: number): number => perm.get(i) ?? i;
    const k = Math.min(count, n);
    for (let i = 0; i < k; i++) {
      const j = i + rnd.below(n - i);
      const t = at(i);
      perm.set(i, at(j));
      perm.set(j, t);
      out.push(item(at(i)));
      if ((i & 255) === 0) yield* ctx.tick();
    }
  }
  const text = out.map((s) => s + sep).join('');
  if (o.has('o')) {
    const r = yield* writeWhole(ctx, o.get('o')!, text);
    if (r < 0) { yield* ctx.perror(o.get('o')!, r); return 1; }
    return 0;
  }
  yield* ctx.out(text);
  return 0;
}

const shuf = defineProgram('shuf', shufMain);

export function shufPrograms(): Record<string, Program> {
  return { '/usr/bin/shuf': shuf };
}
