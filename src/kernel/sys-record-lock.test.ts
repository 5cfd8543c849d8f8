import { describe, expect, it } from 'vitest';
import { EBADF, EDEADLK, EFAULT, EINVAL } from '../abi/errno.ts';
import {
  decodeFlock, encodeFlock, F_GETLK, F_OFD_SETLK, F_RDLCK, F_SETLK, F_SETLKW, F_UNLCK, F_WRLCK, FLOCK_SIZE,
  O_CREAT, O_RDONLY, O_RDWR, SEEK_CUR, SEEK_END, SEEK_SET, type Flock,
} from '../abi/fcntl.ts';
import type { Sys } from '../abi/sys.ts';
import { defineProgram, fromUtf8, type Ctx, type Gen } from '../programs/runtime.ts';
import { Machine } from './machine.ts';

const flock = (type: number, whence: number, start: number, len: number, pid = 0): Uint8Array => {
  const b = new Uint8Array(FLOCK_SIZE);
  encodeFlock(b, { type, whence, start, len, pid });
  return b;
};

/** F_GETLK from `fd` for a write lock on the whole file, as "type start len pid". */
const probe = (sys: Sys, fd: number): string => {
  const b = flock(F_WRLCK, SEEK_SET, 0, 0);
  const r = sys.fcntl(fd, F_GETLK, b);
  const l: Flock = decodeFlock(b);
  return r < 0 ? String(r) : `${l.type} ${l.start} ${l.len} ${l.pid}`;
};

/** Run `main` as pid 1's child with /bin/probe (prints F_GETLK of /tmp/f) and /bin/waiter (F_SETLKW on byte 1). */
function run(main: (ctx: Ctx) => Gen<number>): string {
  const m = new Machine({ seed: 3 });
  let out = '';
  const sink = { stdout: (d: Uint8Array) => (out += fromUtf8(d)), stderr: (d: Uint8Array) => (out += fromUtf8(d)) };
  m.installProgram('/bin/t', defineProgram('t', main));
  m.installProgram('/bin/probe', defineProgram('probe', function* (ctx) {
    const fd = ctx.sys.open('/tmp/f', O_RDONLY, 0);
    yield* ctx.write(1, `probe: ${probe(ctx.sys, fd)}\n`);
    return 0;
  }));
  m.installProgram('/bin/waiter', defineProgram('waiter', function* (ctx) {
    const fd = ctx.sys.open('/tmp/f', O_RDWR, 0);
    ctx.sys.fcntl(fd, F_SETLK, flock(F_WRLCK, SEEK_SET, 1, 1));
    const r = yield* ctx.call(() => ctx.sys.fcntl(fd, F_SETLKW, flock(F_WRLCK, SEEK_SET, 0, 1)));
    yield* ctx.write(1, `waiter: byte 0 ${r}\n`);
    return 0;
  }));
  const pid = m.spawn(['/bin/t'], sink);
  m.runUntil(() => m.exitStatus(pid) !== null);
  return out;
}

describe('fcntl record locks through the system call', () => {
  it('F_GETLK names the holder and its range; the holder itself sees the file free', () => {
    const out = run(function* (ctx) {
      const fd = ctx.sys.open('/tmp/f', O_CREAT | O_RDWR, 0o644);
      yield* ctx.write(fd, 'x'.repeat(100));
      ctx.sys.fcntl(fd, F_SETLK, flock(F_WRLCK, SEEK_SET, 10, 10));
      yield* ctx.write(1, `self: ${probe(ctx.sys, fd)}\n`);
      yield* ctx.wait4(ctx.spawn('/bin/probe', ['probe'], []), 0);
      ctx.sys.fcntl(fd, F_SETLK, flock(F_UNLCK, SEEK_SET, 0, 0));
      yield* ctx.wait4(ctx.spawn('/bin/probe', ['probe'], []), 0);
      yield* ctx.write(1, `holder pid ${ctx.sys.getpid()}\n`);
      return 0;
    });
    const holder = /holder pid (\d+)/.exec(out)![1];
    expect(out).toBe(`self: ${F_UNLCK} 0 0 0\nprobe: ${F_WRLCK} 10 10 ${holder}\nprobe: ${F_UNLCK} 0 0 0\nholder pid ${holder}\n`);
  });

  it('checks the arguments as Linux does', () => {
    const out = run(function* (ctx) {
      const rw = ctx.sys.open('/tmp/f', O_CREAT | O_RDWR, 0o644);
      const ro = ctx.sys.open('/tmp/f', O_RDONLY, 0);
      const rs = [
        ctx.sys.fcntl(ro, F_SETLK, flock(F_WRLCK, SEEK_SET, 0, 0)),
        ctx.sys.fcntl(rw, F_SETLK, 0),
        ctx.sys.fcntl(rw, F_SETLK, new Uint8Array(16)),
        ctx.sys.fcntl(rw, F_SETLK, flock(3, SEEK_SET, 0, 0)),
        ctx.sys.fcntl(rw, F_SETLK, flock(F_RDLCK, 3, 0, 0)),
        ctx.sys.fcntl(rw, F_SETLK, flock(F_RDLCK, SEEK_SET, 1, -2)),
        ctx.sys.fcntl(rw, F_GETLK, flock(F_UNLCK, SEEK_SET, 0, 0)),
        ctx.sys.fcntl(rw, F_OFD_SETLK, flock(F_RDLCK, SEEK_SET, 0, 0, 5)),
        ctx.sys.fcntl(rw, F_SETLK, flock(F_RDLCK, SEEK_SET, 0, 0)),
      ];
      yield* ctx.write(1, `${rs.join(' ')}\n`);
      return 0;
    });
    expect(out).toBe(`${[-EBADF, -EFAULT, -EFAULT, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, 0].join(' ')}\n`);
  });

  it('SEEK_CUR and SEEK_END ranges, and negative lengths, show in /proc/locks', () => {
    const out = run(function* (ctx) {
      const fd = ctx.sys.open('/tmp/f', O_CREAT | O_RDWR, 0o644);
      yield* ctx.write(fd, 'x'.repeat(100));
      ctx.sys.lseek(fd, 50, SEEK_SET);
      ctx.sys.fcntl(fd, F_SETLK, flock(F_RDLCK, SEEK_CUR, 0, -10));
      ctx.sys.fcntl(fd, F_SETLK, flock(F_WRLCK, SEEK_END, -5, 0));
      const p = ctx.sys.open('/proc/locks', O_RDONLY, 0);
      const text = ctx.sys.read(p, 4096);
      yield* ctx.write(1, typeof text === 'number' ? String(text) : fromUtf8(text).replace(/ \d+ 08:01:\d+ /g, ' PID DEV:INO '));
      return 0;
    });
    expect(out).toBe('1: POSIX  ADVISORY  READ  PID DEV:INO 40 49\n2: POSIX  ADVISORY  WRITE PID DEV:INO 95 EOF\n');
  });

  it('F_SETLKW waits for the holder, and a cycle of two waiters gets EDEADLK', () => {
    const out = run(function* (ctx) {
      const fd = ctx.sys.open('/tmp/f', O_CREAT | O_RDWR, 0o644);
      ctx.sys.fcntl(fd, F_SETLK, flock(F_WRLCK, SEEK_SET, 0, 1));
      const child = ctx.spawn('/bin/waiter', ['waiter'], []);
      yield* ctx.sleep(100);
      const r = ctx.sys.fcntl(fd, F_SETLKW, flock(F_WRLCK, SEEK_SET, 1, 1));
      yield* ctx.write(1, `parent: byte 1 ${r === -EDEADLK ? 'EDEADLK' : r}\n`);
      ctx.sys.close(fd);
      yield* ctx.wait4(child, 0);
      return 0;
    });
    expect(out).toBe('parent: byte 1 EDEADLK\nwaiter: byte 0 0\n');
  });
});
