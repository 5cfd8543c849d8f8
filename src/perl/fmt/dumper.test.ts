import { describe, expect, it } from 'vitest';
import raw from './fixtures/dumper.json';
import { nvToStr } from './number.ts';
import { dumper, type DReferent, type DumperConfig, type DValue } from './dumper.ts';

type Case = [DumperConfig, DValue[], string];
const cases = raw as unknown as Case[];

function fromBits(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + h));
  return dv.getFloat64(0);
}

/** The fixture gives NVs as IEEE bits; the model wants their perl text. */
function fix(v: DValue): DValue {
  if (v.t === 'num' && v.kind === 'nv') return { ...v, v: nvToStr(fromBits(v.v)) };
  if (v.t === 'ref' && v.to) return { ...v, to: fixReferent(v.to) };
  return v;
}

function fixReferent(r: DReferent): DReferent {
  if (r.t === 'array') return { t: 'array', items: r.items.map(fix) };
  if (r.t === 'hash') return { t: 'hash', entries: r.entries.map(([k, v]) => [k, fix(v)]) };
  if (r.t === 'scalar') return { t: 'scalar', v: fix(r.v) };
  return r;
}

describe('Data::Dumper, recorded from perl 5.36', () => {
  it.each(cases.map((c, i) => [i, ...c] as const))('case %i %j', (_i, config, values, want) => {
    expect(dumper(values.map(fix), { Sortkeys: 1, ...config })).toBe(want);
  });
});
