import { describe, expect, it } from 'vitest';
import { EAGAIN, EDEADLK } from '../abi/errno.ts';
import { RecordLockTable, type RecordRequest } from './posix-locks.ts';

const INO = 7;
const woken: number[] = [];
const table = (): RecordLockTable => new RecordLockTable({ wake: (pid) => woken.push(pid) });
const rd = (start: number, end = Infinity): RecordRequest => ({ type: 'read', start, end });
const wr = (start: number, end = Infinity): RecordRequest => ({ type: 'write', start, end });
const un = (start: number, end = Infinity): RecordRequest => ({ type: 'unlock', start, end });
/** One process's locks as "type start-end" strings. */
const held = (t: RecordLockTable, pid: number): string[] =>
  t.list().filter((l) => l.owner === pid).map((l) => `${l.type} ${l.start}-${l.end === Infinity ? 'EOF' : l.end}`);

describe('one process: splitting and merging', () => {
  it('unlocking the middle of a lock splits it in two', () => {
    const t = table();
    t.set(INO, 1, wr(0, 99));
    t.set(INO, 1, un(10, 19));
    expect(held(t, 1)).toEqual(['write 0-9', 'write 20-99']);
  });

  it('a read lock inside a write lock splits it into three', () => {
    const t = table();
    t.set(INO, 1, wr(0));
    t.set(INO, 1, rd(10, 19));
    expect(held(t, 1)).toEqual(['write 0-9', 'read 10-19', 'write 20-EOF']);
  });

  it('adjacent and overlapping locks of the same type merge', () => {
    const t = table();
    t.set(INO, 1, rd(0, 9));
    t.set(INO, 1, rd(20, 29));
    t.set(INO, 1, rd(10, 19));
    expect(held(t, 1)).toEqual(['read 0-29']);
    t.set(INO, 1, rd(25, 40));
    expect(held(t, 1)).toEqual(['read 0-40']);
  });

  it('locks of different types stay apart even when adjacent', () => {
    const t = table();
    t.set(INO, 1, rd(0, 9));
    t.set(INO, 1, wr(10, 19));
    expect(held(t, 1)).toEqual(['read 0-9', 'write 10-19']);
  });

  it('unlocking to EOF trims every lock past the start', () => {
    const t = table();
    t.set(INO, 1, wr(0, 9));
    t.set(INO, 1, rd(20));
    t.set(INO, 1, un(5));
    expect(held(t, 1)).toEqual(['write 0-4']);
  });

  it('a process never conflicts with itself', () => {
    const t = table();
    t.set(INO, 1, wr(0));
    expect(t.conflict(INO, 1, wr(0))).toBeNull();
    expect(t.set(INO, 1, rd(0))).toBe(0);
    expect(held(t, 1)).toEqual(['read 0-EOF']);
  });
});

describe('two processes', () => {
  it('read locks are shared, a write lock excludes', () => {
    const t = table();
    expect(t.set(INO, 1, rd(0))).toBe(0);
    expect(t.set(INO, 2, rd(0))).toBe(0);
    expect(t.set(INO, 2, wr(5, 5))).toBe(-EAGAIN);
    expect(t.conflict(INO, 2, wr(5, 5))).toEqual({ owner: 1, type: 'read', start: 0, end: Infinity });
  });

  it('ranges that do not overlap do not conflict', () => {
    const t = table();
    t.set(INO, 1, wr(0, 9));
    expect(t.set(INO, 2, wr(10, 19))).toBe(0);
    expect(t.conflict(INO, 2, wr(9, 9))?.owner).toBe(1);
  });

  it('releasing the owner drops only its locks and wakes waiters', () => {
    const t = table();
    t.set(INO, 1, wr(0, 9));
    t.set(INO, 2, wr(10, 19));
    t.wait(INO, 3, wr(0)).add(3);
    woken.length = 0;
    t.releaseOwner(INO, 1);
    expect(woken).toEqual([3]);
    expect(t.list().map((l) => l.owner)).toEqual([2]);
  });

  it('a failed F_SETLK changes nothing', () => {
    const t = table();
    t.set(INO, 1, wr(0, 9));
    t.set(INO, 2, rd(20, 29));
    expect(t.set(INO, 2, rd(5, 25))).toBe(-EAGAIN);
    expect(held(t, 2)).toEqual(['read 20-29']);
  });
});

describe('deadlock detection', () => {
  it('two processes waiting for each other: the second gets EDEADLK', () => {
    const t = table();
    t.set(INO, 1, wr(0, 0));
    t.set(INO, 2, wr(1, 1));
    expect(t.deadlock(INO, 1, wr(1, 1))).toBe(0);
    t.wait(INO, 1, wr(1, 1));
    expect(t.deadlock(INO, 2, wr(0, 0))).toBe(-EDEADLK);
  });

  it('a chain of three closes the cycle; an open chain does not', () => {
    const t = table();
    t.set(INO, 1, wr(0, 0));
    t.set(INO, 2, wr(1, 1));
    t.set(INO, 3, wr(2, 2));
    t.wait(INO, 1, wr(1, 1));
    t.wait(INO, 2, wr(2, 2));
    expect(t.deadlock(INO, 4, wr(0, 0))).toBe(0);
    expect(t.deadlock(INO, 3, wr(0, 0))).toBe(-EDEADLK);
    t.stopWaiting(2);
    expect(t.deadlock(INO, 3, wr(0, 0))).toBe(0);
  });
});
