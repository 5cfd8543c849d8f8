/** factor(1), link(1) and unlink(1), as GNU coreutils. */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { helpOrVersion } from './lib/usage.ts';
import { parseCmd, usageError, q, LineReader } from './lib/io.ts';
import { strerror } from '../abi/errno.ts';

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  for (; e > 0n; e >>= 1n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
  }
  return r;
}

/** Miller-Rabin with the first twelve primes as bases (exact below 3.3e24; probable above). */
export function isPrime(n: bigint): boolean {
  if (n < 2n) return false;
  const bases = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n];
  for (const p of bases) if (n % p === 0n) return n === p;
  let d = n - 1n, s = 0;
  while ((d & 1n) === 0n) { d >>= 1n; s++; }
  outer: for (const a of bases) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}

const gcd = (a: bigint, b: bigint): bigint => { while (b) [a, b] = [b, a % b]; return a < 0n ? -a : a; };

/** A non-trivial factor of composite odd n (Pollard's rho, Brent's variant); steps charged to ctx. */
function* rho(ctx: Ctx, n: bigint): Gen<bigint> {
  for (let c = 1n; ; c++) {
    let y = 2n, x = 2n, g = 1n, q = 1n, ys = 2n;
    const f = (v: bigint): bigint => (v * v + c) % n;
    for (let r = 1; g === 1n; r *= 2) {
      x = y;
      for (let i = 0; i < r; i++) y = f(y);
      for (let k = 0; k < r && g === 1n; k += 128) {
        ys = y;
        for (let i = 0; i < Math.min(128, r - k); i++) { y = f(y); q = (q * (x > y ? x - y : y - x)) % n; }
        g = gcd(q, n);
        yield* ctx.tick(16);
      }
    }
    if (g === n) {
      do { ys = f(ys); g = gcd(x > ys ? x - ys : ys - x, n); } while (g === 1n);
    }
    if (g !== n) return g;
  }
}

/** Prime factors of n in ascending order. */
export function* factorize(ctx: Ctx, n: bigint): Gen<bigint[]> {
  const out: bigint[] = [];
  if (n < 2n) return out;
  for (const p of [2n, 3n, 5n]) while (n % p === 0n) { out.push(p); n /= p; }
  for (let p = 7n, i = 0; p * p <= n && p < 10000n; p += 2n, i++) {
    while (n % p === 0n) { out.push(p); n /= p; }
    if ((i & 63) === 0) yield* ctx.tick();
  }
  const stack = n > 1n ? [n] : [];
  while (stack.length > 0) {
    const m = stack.pop()!;
    if (isPrime(m)) { out.push(m); continue; }
    const d = yield* rho(ctx, m);
    stack.push(d, m / d);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Print "N: p p …" for one operand; false when it is not a valid positive integer. */
function* factorOne(ctx: Ctx, s: string): Gen<boolean> {
  const t = s.replace(/^[ \t\n]+/, '');
  const m = /^\+?(\d+)$/.exec(t);
  if (!m) {
    yield* ctx.flush();
    yield* ctx.err(`${ctx.prog}: ${ctx.q(s)} is not a valid positive integer\n`);
    return false;
  }
  const n = BigInt(m[1]!);
  const fs = yield* factorize(ctx, n);
  yield* ctx.out(`${n}:${fs.map((f) => ` ${f}`).join('')}\n`);
  return true;
}

const factor = defineProgram('factor', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'h', long: { 'exponents': 'h', help: 'help', version: 'version' } });
  if (typeof c === 'number') return c;
  const hv = yield* helpOrVersion(ctx, c.o, 'Usage: factor [NUMBER]...\n  or:  factor OPTION');
  if (hv !== null) return hv;
  if (c.o.has('h')) { yield* ctx.err(`${ctx.prog}: --exponents is not supported on this machine\n`); return 1; }
  let ok = true;
  if (c.args.length > 0) {
    for (const a of c.args) ok = (yield* factorOne(ctx, a)) && ok;
    return ok ? 0 : 1;
  }
  const r = new LineReader(ctx, 0);
  for (;;) {
    const line = yield* r.next();
    if (line === null || typeof line === 'number') break;
    for (const tok of line.split(/[ \t\n]+/)) if (tok !== '') ok = (yield* factorOne(ctx, tok)) && ok;
  }
  return ok ? 0 : 1;
});

/** Operand count check shared by link and unlink: the usage error, or null when `want` were given. */
function* operands(ctx: Ctx, args: string[], want: number): Gen<number | null> {
  if (args.length === 0) return yield* usageError(ctx, 'missing operand');
  if (args.length < want) return yield* usageError(ctx, `missing operand after ${ctx.q(args[args.length - 1]!)}`);
  if (args.length > want) return yield* usageError(ctx, `extra operand ${ctx.q(args[want]!)}`);
  return null;
}

const link = defineProgram('link', function* (ctx) {
  const c = yield* parseCmd(ctx, { long: { help: 'help', version: 'version' } });
  if (typeof c === 'number') return c;
  const hv = yield* helpOrVersion(ctx, c.o, 'Usage: link FILE1 FILE2\n  or:  link OPTION');
  if (hv !== null) return hv;
  const bad = yield* operands(ctx, c.args, 2);
  if (bad !== null) return bad;
  const [from, to] = c.args as [string, string];
  const r = ctx.sys.link(from, to);
  if (r < 0) { yield* ctx.err(`${ctx.prog}: cannot create link ${q(to)} to ${q(from)}: ${strerror(r)}\n`); return 1; }
  return 0;
});

const unlink = defineProgram('unlink', function* (ctx) {
  const c = yield* parseCmd(ctx, { long: { help: 'help', version: 'version' } });
  if (typeof c === 'number') return c;
  const hv = yield* helpOrVersion(ctx, c.o, 'Usage: unlink FILE\n  or:  unlink OPTION');
  if (hv !== null) return hv;
  const bad = yield* operands(ctx, c.args, 1);
  if (bad !== null) return bad;
  const r = ctx.sys.unlink(c.args[0]!);
  if (r < 0) { yield* ctx.err(`${ctx.prog}: cannot unlink ${q(c.args[0]!)}: ${strerror(r)}\n`); return 1; }
  return 0;
});

export function factorPrograms(): Record<string, Program> {
  return { '/usr/bin/factor': factor, '/usr/bin/link': link, '/usr/bin/unlink': unlink };
}


