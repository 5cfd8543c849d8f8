import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import raw from './fixtures/pack.json';
import { fromInt, type PerlNum } from './number.ts';
import { pack, type PackArg } from './pack.ts';
import { unpack, type UnpackValue } from './unpack.ts';

type Desc = [string, string?];
interface PackFixture {
  pack: [string, Desc[], string, string[]][];
  unpack: [string, string, Desc[] | string, string[]][];
}
const fixture = raw as unknown as PackFixture;

function fromBits(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + h));
  return dv.getFloat64(0);
}

function value(d: Desc): PackArg {
  const [kind, v = ''] = d;
  if (kind === 'undef') return undefined;
  if (kind === 's') return v;
  if (kind === 'nv') return fromBits(v);
  return fromInt(BigInt(v)) as PerlNum;
}

/** Describes an unpacked value the way the fixture does (numbers by kind, NVs by bits). */
function describe1(v: UnpackValue): Desc {
  if (typeof v === 'string') return ['s', v];
  if (typeof v === 'bigint') return [v > 2n ** 63n - 1n ? 'uv' : 'iv', v.toString()];
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 63) return ['iv', String(v)];
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, v);
  return ['nv', dv.getBigUint64(0).toString(16).padStart(16, '0')];
}

describe('pack, recorded from perl 5.36', () => {
  it.each(fixture.pack)('pack(%j, …)', (tpl, args, want, warns) => {
    const r = pack(tpl, args.map(value), (i) => `$args[${i}]`);
    expect({ got: r.die !== undefined ? 'die: ' + r.die : r.value, warnings: r.warnings }).toEqual({ got: want, warnings: warns });
  });
});

describe('unpack, recorded from perl 5.36', () => {
  it.each(fixture.unpack)('unpack(%j, %j)', (tpl, data, want, warns) => {
    const r = unpack(tpl, data);
    const got = r.die !== undefined ? 'die: ' + r.die : r.values.map(describe1);
    // perl keeps whole-valued floats from f/d as NVs; compare those by value
    const norm = (x: Desc[] | string) => (typeof x === 'string' ? x : x.map((d) => (d[0] === 'nv' ? ['n', String(fromBits(d[1] as string))] : ['n', d[1]])));
    expect({ got: norm(got), warnings: r.warnings }).toEqual({ got: norm(want), warnings: warns });
  });
});

describe('pack/unpack round trips', () => {
  it('unpack(T, pack(T, xs)) gives xs back for integer formats', () => {
    const formats: [string, bigint, bigint][] = [
      ['c', -128n, 127n], ['C', 0n, 255n], ['s<', -32768n, 32767n], ['S>', 0n, 65535n], ['l', -(2n ** 31n), 2n ** 31n - 1n],
      ['N', 0n, 2n ** 32n - 1n], ['v', 0n, 65535n], ['q>', -(2n ** 63n), 2n ** 63n - 1n], ['Q', 0n, 2n ** 64n - 1n], ['w', 0n, 2n ** 64n - 1n],
    ];
    for (const [t, min, max] of formats) {
      fc.assert(
        fc.property(fc.array(fc.bigInt({ min, max }), { maxLength: 6 }), (xs) => {
          const packed = pack(`${t}*`, xs.map((x) => fromInt(x) as PerlNum));
          const back = unpack(`${t}*`, packed.value).values.map((v) => BigInt(v as number | bigint));
          expect(back).toEqual(xs);
        }),
        { numRuns: 200 },
      );
    }
  });
  it('strings survive a/A/Z/H/b with a length prefix', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 1, max: 255 }).map((c) => String.fromCharCode(c)) }), (s) => {
        expect(unpack('n/a*', pack('n/a*', [s]).value).values).toEqual([s]);
        const hex = unpack('H*', s).values[0] as string;
        expect(pack('H*', [hex]).value).toBe(s);
      }),
    );
  });
  it('never throws on arbitrary templates', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[aAZbBhHcCWsSlLqQjJnNvVUwxX@.()<>!*\/0-9 %]{0,10}$/), fc.string({ maxLength: 12 }), (t, s) => {
        unpack(t, s);
        pack(t, [s, 1, 2]);
      }),
      { numRuns: 3000 },
    );
  });
});
