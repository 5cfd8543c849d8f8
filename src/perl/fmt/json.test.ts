import { describe, expect, it } from 'vitest';
import raw from './fixtures/json.json';
import { jsonDecode, jsonEncode, type JsonOptions } from './json.ts';
import type { DValue } from './dumper.ts';

const cases = raw as unknown as [string, string, string][];

describe('JSON::PP decode, recorded from perl 5.36', () => {
  it.each(cases.filter((c) => c[0] === 'decode'))('%s %j', (_k, text, want) => {
    const r = jsonDecode(text);
    const got = r.ok ? jsonEncode(r.value, { canonical: true, ascii: true }) : 'die: ' + r.error;
    expect(got).toBe(want);
  });
});

let id = 1;
const str = (v: string): DValue => ({ t: 'str', v });
const num = (v: string, kind: 'iv' | 'nv' = 'iv'): DValue => ({ t: 'num', v, kind });
const bool = (b: boolean): DValue => ({ t: 'ref', id: id++, blessed: 'JSON::PP::Boolean', to: { t: 'scalar', v: num(b ? '1' : '0') } });
const arr = (...items: DValue[]): DValue => ({ t: 'ref', id: id++, to: { t: 'array', items } });
const hash = (...entries: [string, DValue][]): DValue => ({ t: 'ref', id: id++, to: { t: 'hash', entries } });

// the same value json.pl encodes
const value = hash(
  ['name', str('caf\u00e9 \u263a')],
  ['list', arr(num('1'), num('2.5', 'nv'), str('3'), { t: 'undef' }, bool(true), bool(false))],
  ['nested', hash(['a', arr()], ['b', hash()])],
  ['ctl', str('a"b\\c\n\t\x01\x7f/')],
);

describe('JSON::PP encode, recorded from perl 5.36', () => {
  it.each(cases.filter((c) => c[0] === 'encode'))('%s %j', (_k, opts, want) => {
    const o: JsonOptions = Object.fromEntries(opts.split(' ').map((k) => [k, true]));
    expect(jsonEncode(value, o)).toBe(want);
  });
});
