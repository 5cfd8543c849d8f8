import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from './fixtures/sprintf.json';
import { fromInt, type PerlNum } from './number.ts';
import { sprintf, type SprintfArg } from './sprintf.ts';

type ArgDesc = [string, string?];

function fromBits(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + h));
  return dv.getFloat64(0);
}

function arg(d: ArgDesc): SprintfArg {
  const [kind, v = ''] = d;
  if (kind === 'undef') return undefined;
  if (kind === 's') return v;
  if (kind === 'nv') return fromBits(v);
  return fromInt(BigInt(v)) as PerlNum;
}

describe('sprintf, recorded from perl 5.36', () => {
  const cases = fixture as unknown as [string, ArgDesc[], string, string[]][];
  it.each(cases)('sprintf(%j, …)', (fmt, args, want, warns) => {
    const r = sprintf(fmt, args.map(arg), (i) => `$args[${i}]`);
    const got = r.die !== undefined ? 'die: ' + r.die : r.result;
    expect({ got, warnings: r.warnings }).toEqual({ got: want, warnings: warns });
  });
});

describe('sprintf properties', () => {
  it('never throws on any format and arguments', () => {
    const argArb = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(undefined), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }));
    fc.assert(
      fc.property(fc.stringMatching(/^[%0-9$.*vhlq +#\-a-zA-Z]{0,12}$/), fc.array(argArb, { maxLength: 4 }), (fmt, args) => {
        const r = sprintf(fmt, args);
        expect(typeof r.result).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });
  it('%.17g round-trips every double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(sprintf('%.17g', [x]).result)).toBe(x);
      }),
    );
  });
});
