import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byteChar, byteStr, joinBytes, shellBytes, shellString } from './bytes.ts';

describe('shell strings and bytes', () => {
  it('keeps any byte sequence through a string and back', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
      expect(shellBytes(shellString(b))).toEqual(b);
    }));
  });

  it('reads valid UTF-8 as text and escapes the other bytes', () => {
    expect(shellString(Uint8Array.of(0xc3, 0xa9))).toBe('é');
    expect(shellString(Uint8Array.of(0x61, 0xff, 0x62))).toBe('a\udcffb');
    expect(shellString(Uint8Array.of(0xed, 0xa0, 0x80)).length).toBe(3);
  });

  it('joins escaped bytes that spell UTF-8, and leaves astral characters alone', () => {
    expect(joinBytes(byteChar(0xc3) + byteChar(0xa9))).toBe('é');
    expect(joinBytes(byteChar(0xff))).toBe('\udcff');
    expect(shellBytes('\u{1f080}')).toEqual(new TextEncoder().encode('\u{1f080}'));
    expect(byteStr('é\udcff')).toBe('\xc3\xa9\xff');
  });
});
