/**
 * Pieces of expr, dd, the checksums, shuf, split/truncate and factor that can
 * be checked apart from a machine. Whole-program behaviour is pinned by the
 * userland conformance corpus (test/conformance/userland), recorded from GNU.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Ctx } from './runtime.ts';
import type { Gen } from './runtime.ts';
import type { Sys } from '../abi/sys.ts';
import { ddNumber } from './dd.ts';
import { parseSize, applySize } from './split.ts';
import { crcSummer, bsdSummer, sysvSummer, parseCheckLine, DIGESTS } from './checksum.ts';
import { factorize, isPrime } from './factor.ts';
import { RandomSource } from './shuf.ts';

/** A Ctx whose step budget never runs out, over a Sys that only has getrandom. */
function ctxFor(bytes: (n: number) => Uint8Array = (n) => new Uint8Array(n)): Ctx {
  const sys = { getrandom: bytes } as unknown as Sys;
  const image = { kind: 'gen' as const, argv: [], envp: [], gen: null, steps: 0, budget: Infinity };
  return new Ctx(sys, ['t'], [], image);
}

function run<T>(g: Gen<T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('dd numbers', () => {
  test('suffixes and products', () => {
    expect(ddNumber('512')).toBe(512);
    expect(ddNumber('1K')).toBe(1024);
    expect(ddNumber('1kB')).toBe(1000);
    expect(ddNumber('2M')).toBe(2 * 1024 * 1024);
    expect(ddNumber('2x512')).toBe(1024);
    expect(ddNumber('3b')).toBe(1536);
    expect(ddNumber('x')).toBeNull();
    expect(ddNumber('1Q')).toBeNull();
  });
});

describe('truncate sizes', () => {
  test('absolute and relative', () => {
    expect(parseSize('2K')).toBe(2048);
    expect(parseSize('1MB')).toBe(1e6);
    expect(parseSize('+1')).toBeNull();
    expect(applySize({ op: '+', n: 5 }, 10)).toBe(15);
    expect(applySize({ op: '-', n: 50 }, 10)).toBe(0);
    expect(applySize({ op: '<', n: 5 }, 10)).toBe(5);
    expect(applySize({ op: '>', n: 5 }, 10)).toBe(10);
    expect(applySize({ op: '/', n: 4 }, 10)).toBe(8);
    expect(applySize({ op: '%', n: 4 }, 10)).toBe(12);
    expect(applySize({ op: '%', n: 0 }, 10)).toBeNull();
  });
});

describe('cksum and sum', () => {
  const over = (mk: () => { add(b: Uint8Array): void; result(): string }, s: string): string => {
    const x = mk();
    x.add(enc(s));
    return x.result();
  };
  // Values printed by GNU cksum/sum 9.1 for the same bytes.
  test('POSIX CRC', () => {
    expect(over(crcSummer, '')).toBe('4294967295 0');
    expect(over(crcSummer, 'hello\n')).toBe('3015617425 6');
  });
  test('BSD and SysV', () => {
    expect(over(bsdSummer, 'hello\n')).toBe('36979     1');
    expect(over(sysvSummer, 'hello\n')).toBe('542 1');
    expect(over(bsdSummer, 'abc')).toBe('16556     1');
    expect(over(sysvSummer, 'abc')).toBe('294 1');
  });
  test('chunked input sums like whole input', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (data, cut) => {
      for (const mk of [crcSummer, bsdSummer, sysvSummer]) {
        const a = mk(), b = mk();
        a.add(data);
        const k = Math.min(cut, data.length);
        b.add(data.subarray(0, k));
        b.add(data.subarray(k));
        if (a.result() !== b.result()) return false;
      }
      return true;
    }));
  });
});

describe('checksum lines', () => {
  const sha1 = DIGESTS[0]!;
  test('untagged, binary, tagged and escaped', () => {
    const h = 'f572d396fae9206628714fb2ce00f72e94f2258f';
    expect(parseCheckLine(`${h}  a b`, [sha1])?.slice(0, 2)).toEqual([h, 'a b']);
    expect(parseCheckLine(`${h} *a`, [sha1])?.slice(0, 2)).toEqual([h, 'a']);
    expect(parseCheckLine(`SHA1 (x) = ${h}`, [sha1])?.slice(0, 2)).toEqual([h, 'x']);
    expect(parseCheckLine(`\\${h}  a\\nb`, [sha1])?.slice(0, 2)).toEqual([h, 'a\nb']);
    expect(parseCheckLine(`${h.slice(1)}  a`, [sha1])).toBeNull();
    expect(parseCheckLine(`MD5 (x) = ${h}`, [sha1])).toBeNull();
    expect(parseCheckLine(`SHA1 (x) = ${h}`, [sha1], false)?.[1]).toBe('x');
    expect(parseCheckLine(`${h}  a`, [sha1], false)).toBeNull();
  });
});

describe('factor', () => {
  test('primality agrees with trial division', () => {
    const trial = (n: number): boolean => { if (n < 2) return false; for (let d = 2; d * d <= n; d++) if (n % d === 0) return false; return true; };
    for (let n = 0; n < 5000; n++) expect(isPrime(BigInt(n))).toBe(trial(n));
  });
  test('factors multiply back, are prime and ascending', () => {
    const ctx = ctxFor();
    fc.assert(fc.property(fc.bigInt({ min: 1n, max: (1n << 80n) }), (n) => {
      const fs = run(factorize(ctx, n));
      const prod = fs.reduce((a, b) => a * b, 1n);
      return prod === n && fs.every(isPrime) && fs.every((f, i) => i === 0 || fs[i - 1]! <= f);
    }), { numRuns: 60 });
  });
  test('0 and 1 have no factors', () => {
    const ctx = ctxFor();
    expect(run(factorize(ctx, 0n))).toEqual([]);
    expect(run(factorize(ctx, 1n))).toEqual([]);
  });
});

describe('shuf randomness', () => {
  test('below(n) stays in range and uses getrandom', () => {
    let calls = 0;
    let state = 7;
    const ctx = ctxFor((n) => { calls++; return new Uint8Array(n).map(() => (state = (state * 1103515245 + 12345) >>> 0) >>> 24); });
    const r = new RandomSource(ctx);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.below(6);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(6);
      seen.add(v);
    }
    expect(seen.size).toBe(6);
    expect(calls).toBeGreaterThan(0);
  });
});
