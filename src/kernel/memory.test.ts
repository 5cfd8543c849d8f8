import { describe, expect, it } from 'vitest';
import { imageBytes } from './memory.ts';

describe('imageBytes', () => {
  it('prices strings by length and objects by their slots', () => {
    expect(imageBytes('abcd')).toBe(16 + 4);
    expect(imageBytes({ a: 1, b: 2 })).toBe(24 + 2 * 8);
    expect(imageBytes([1, 2, 3])).toBe(48 + 3 * 8);
  });

  it('counts a value reachable twice once, and follows cycles', () => {
    const shared = { s: 'x'.repeat(100) };
    const a: Record<string, unknown> = { p: shared, q: shared };
    a.self = a;
    expect(imageBytes(a)).toBe(24 + 3 * 8 + (24 + 8) + (16 + 100));
  });

  it('prices Map and Set entries and typed arrays', () => {
    expect(imageBytes(new Map([['k', 1]]))).toBe(24 + 40 + (16 + 1));
    expect(imageBytes(new Set([1, 2]))).toBe(24 + 2 * 24);
    expect(imageBytes(new Uint8Array(1000))).toBe(64 + 1000);
  });

  it('boxes numbers that are not small integers, and skips running code', () => {
    expect(imageBytes([0.5])).toBe(48 + 8 + 16);
    function* g(): Generator<number> { yield 1; }
    expect(imageBytes({ gen: g() })).toBe(24 + 8);
  });

  it('grows with a forked copy of the same data', () => {
    const img = { globs: new Map([['main::x', { v: 'value' }]]), stack: [1, 2, 3] };
    expect(imageBytes([img, structuredClone(img)])).toBe(48 + 16 + 2 * imageBytes(img));
  });
});
