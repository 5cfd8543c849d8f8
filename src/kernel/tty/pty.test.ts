import { describe, expect, it } from 'vitest';
import { Pty } from './pty.ts';
import type { Caller, OpenFile } from '../file.ts';

const enc = new TextEncoder();
/** 2026-01-01 00:00:00.123 UTC; its second is a multiple of 8. */
const BOOT = Date.UTC(2026, 0, 1) + 123;

const file = {} as OpenFile;

function setup(): { pty: Pty; at: (ms: number) => void; times: () => [number, number, number] } {
  let now = BOOT;
  const pty = new Pty(0, { killPgrp: () => {}, isOrphanedPgrp: () => false, waker: { wake: () => {} }, nowMs: () => now }, 9);
  const times = (): [number, number, number] => {
    const st = pty.slave.stat!(file);
    if (typeof st === 'number') throw new Error(`stat: ${st}`);
    return [st.atimeMs - BOOT, st.mtimeMs - BOOT, st.ctimeMs - BOOT];
  };
  return { pty, at: (ms) => (now = BOOT + ms), times };
}

const caller = { pid: 2, pgid: 2, sid: 2, ignoresOrBlocks: () => false } as unknown as Caller;

describe('pseudo-terminal times', () => {
  it('a write moves mtime, a read atime, each in steps of 8 seconds of the wall clock', () => {
    const { pty, at, times } = setup();
    expect(times()).toEqual([0, 0, 0]);
    at(5_000);
    pty.slave.write!(file, enc.encode('prompt$ '), caller);
    // Still within the same 8-second window: nothing shows.
    expect(times()).toEqual([0, 0, 0]);
    at(20_500);
    pty.slave.write!(file, enc.encode('x'), caller);
    // Only the seconds change; the fraction stays.
    expect(times()).toEqual([0, 20_000, 0]);
    at(61_000);
    pty.input(enc.encode('ls\n'));
    expect(pty.slave.read!(file, 100, caller)).toEqual(enc.encode('ls\n'));
    expect(times()).toEqual([61_000, 20_000, 0]);
  });

  it('a read that finds nothing leaves atime alone', () => {
    const { pty, at, times } = setup();
    at(30_000);
    expect(pty.slave.read!(file, 100, caller)).toBeLessThan(0);
    expect(times()).toEqual([0, 0, 0]);
  });
});
