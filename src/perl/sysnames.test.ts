import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kernelName, perlName, decodeArg } from './sysnames.ts';
import { shellString } from '../programs/lib/bytes.ts';
import { fromBytes } from './io.ts';

describe('names between perl and the kernel', () => {
  it('keeps ASCII as it is', () => {
    expect(kernelName('/tmp/a b.txt')).toBe('/tmp/a b.txt');
    expect(perlName('/tmp/a b.txt')).toBe('/tmp/a b.txt');
  });

  it('takes a byte string as the text its bytes spell', () => {
    expect(kernelName('\xc3\xa9')).toBe('é');
    expect(kernelName('\xe9')).toBe('\udce9');
    expect(kernelName('\xe9', true)).toBe('é');
    expect(kernelName('\xc3\xa9', true)).toBe('é');
  });

  it('takes a string with a character above 0xFF as its UTF-8', () => {
    expect(kernelName('d\xedr/\u263a')).toBe('dír/☺');
    expect(kernelName('\u{1F600}')).toBe('\u{1F600}');
  });

  it('gives the kernel text as its bytes, one character each', () => {
    expect(perlName('é')).toBe('\xc3\xa9');
    expect(perlName('\udcff')).toBe('\xff');
    expect(perlName('☺')).toBe('\xe2\x98\xba');
  });

  it('round-trips every byte string', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 24 }), (b) => {
      const s = fromBytes(b);
      expect(perlName(kernelName(s))).toBe(s);
      expect(kernelName(perlName(shellString(b)))).toBe(shellString(b));
    }));
  });

  it('decodes an argument under -CA', () => {
    expect(decodeArg('\xc3\xa9x')).toBe('éx');
    expect(decodeArg('abc')).toBe('abc');
  });
});
