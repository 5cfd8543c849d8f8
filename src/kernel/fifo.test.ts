import { describe, expect, it } from 'vitest';
import { Machine } from './machine.ts';
import { defineProgram, fromUtf8, type Ctx, type Gen } from '../programs/runtime.ts';
import { EINTR, ENXIO, EEXIST } from '../abi/errno.ts';
import { O_NONBLOCK, O_RDONLY, O_RDWR, O_WRONLY } from '../abi/fcntl.ts';
import { POLLHUP, POLLIN } from '../abi/poll.ts';
import { SIGALRM, SIGKILL } from '../abi/signals.ts';
import { S_IFIFO, S_IFMT } from '../abi/stat.ts';
import { sysMknod } from './sys-file.ts';

type Main = (ctx: Ctx) => Gen<number>;

/** The user who makes the FIFOs (mkfifo run by uid 1000 with umask 022). */
const USER = { pid: 0, pgid: 0, sid: 0, uid: 1000, euid: 1000, gid: 1000, egid: 1000, groups: [], ignoresOrBlocks: () => false, cwd: '/', umask: 0o022 } as never;

/** A machine with /tmp/p a FIFO, programs at /bin/NAME, and `main` run to the end; returns the output. */
function run(main: Main, others: Record<string, Main> = {}): string {
  const m = new Machine({ seed: 3 });
  m.mkdir('/home/user', { uid: 1000 });
  m.mkdir('/tmp', { mode: 0o1777 });
  expect(sysMknod(m.kernel, USER, '/tmp/p', S_IFIFO | 0o666)).toBe(0);
  for (const [name, f] of Object.entries(others)) m.installProgram(`/bin/${name}`, defineProgram(name, f));
  m.installProgram('/bin/main', defineProgram('main', main));
  let out = '';
  const pid = m.spawn(['/bin/main'], { stdout: (d) => (out += fromUtf8(d)), stderr: (d) => (out += fromUtf8(d)) });
  m.runUntil(() => m.exitStatus(pid) !== null && m.processes().length <= 1);
  return out;
}

const open = (ctx: Ctx, flags: number): Gen<number> => ctx.call(() => ctx.sys.open('/tmp/p', flags));
const say = (ctx: Ctx, s: string): Gen<number> => ctx.write(1, s + '\n');

function* readAll(ctx: Ctx, fd: number): Gen<string> {
  let s = '';
  for (;;) {
    const r = yield* ctx.read(fd, 100);
    if (typeof r === 'number') return `${s}<error ${r}>`;
    if (r.length === 0) return s;
    s += fromUtf8(r);
  }
}

describe('opening a FIFO (fifo(7))', () => {
  it('a reader waits for a writer; the data written before it runs is there', () => {
    const out = run(function* (ctx) {
      ctx.spawn('/bin/writer', ['writer'], []);
      yield* say(ctx, 'reader: opening');
      const fd = yield* open(ctx, O_RDONLY);
      yield* say(ctx, `reader: open ${fd >= 0}`);
      yield* say(ctx, `reader: got ${JSON.stringify(yield* readAll(ctx, fd))}`);
      yield* ctx.wait4(-1, 0);
      return 0;
    }, {
      *writer(ctx) {
        yield* say(ctx, 'writer: opening');
        const fd = yield* open(ctx, O_WRONLY);
        yield* say(ctx, `writer: open ${fd >= 0}`);
        yield* ctx.write(fd, 'hi\n');
        return 0;
      },
    });
    expect(out).toBe('reader: opening\nwriter: opening\nwriter: open true\nreader: open true\nreader: got "hi\\n"\n');
  });

  it('a writer waits for a reader, and that reader sees no EOF before the writer has written', () => {
    const out = run(function* (ctx) {
      ctx.spawn('/bin/reader', ['reader'], []);
      yield* say(ctx, 'writer: opening');
      const fd = yield* open(ctx, O_WRONLY);
      yield* say(ctx, `writer: open ${fd >= 0}`);
      yield* ctx.write(fd, 'one\n');
      yield* ctx.sleep(100);
      yield* ctx.write(fd, 'two\n');
      ctx.sys.close(fd);
      yield* ctx.wait4(-1, 0);
      return 0;
    }, {
      *reader(ctx) {
        yield* say(ctx, 'reader: opening');
        const fd = yield* open(ctx, O_RDONLY);
        yield* say(ctx, `reader: open ${fd >= 0}`);
        yield* say(ctx, `reader: got ${JSON.stringify(yield* readAll(ctx, fd))}`);
        return 0;
      },
    });
    expect(out).toBe('writer: opening\nreader: opening\nreader: open true\nwriter: open true\nreader: got "one\\ntwo\\n"\n');
  });

  it('O_NONBLOCK: a reader opens at once and sees EOF, POLLHUP only once a writer has come and gone; a writer alone gets ENXIO', () => {
    const out = run(function* (ctx) {
      const r = ctx.sys.open('/tmp/p', O_RDONLY | O_NONBLOCK);
      const rd = ctx.sys.read(r, 10);
      yield* say(ctx, `reader ${r >= 0} read ${typeof rd === 'number' ? rd : rd.length}`);
      const ev = () => {
        const fds = [{ fd: r, events: POLLIN, revents: 0 }];
        ctx.sys.poll(fds, 0);
        return `${fds[0]!.revents & POLLIN ? 'IN' : ''}${fds[0]!.revents & POLLHUP ? 'HUP' : ''}` || '-';
      };
      yield* say(ctx, `poll before a writer: ${ev()}`);
      const w = ctx.sys.open('/tmp/p', O_WRONLY | O_NONBLOCK);
      yield* say(ctx, `nonblocking writer ${w >= 0}, poll ${ev()}`);
      ctx.sys.write(w, new Uint8Array([65]));
      yield* say(ctx, `after a write: ${ev()}`);
      ctx.sys.close(w);
      yield* say(ctx, `after the writer left: ${ev()}`);
      ctx.sys.close(r);
      yield* say(ctx, `writer alone: ${ctx.sys.open('/tmp/p', O_WRONLY | O_NONBLOCK) === -ENXIO ? 'ENXIO' : 'opened'}`);
      const rw = ctx.sys.open('/tmp/p', O_RDWR);
      ctx.sys.write(rw, new Uint8Array([66, 10]));
      const back = ctx.sys.read(rw, 10);
      yield* say(ctx, `O_RDWR reads back ${typeof back === 'number' ? back : JSON.stringify(fromUtf8(back))}`);
      return 0;
    });
    expect(out).toBe([
      'reader true read 0', 'poll before a writer: -', 'nonblocking writer true, poll -',
      'after a write: IN', 'after the writer left: INHUP', 'writer alone: ENXIO', 'O_RDWR reads back "B\\n"', '',
    ].join('\n'));
  });

  it('bytes left when the last end closes are dropped', () => {
    const out = run(function* (ctx) {
      const rw = ctx.sys.open('/tmp/p', O_RDWR);
      ctx.sys.write(rw, new Uint8Array([67]));
      ctx.sys.close(rw);
      const r = ctx.sys.open('/tmp/p', O_RDONLY | O_NONBLOCK);
      const rd = ctx.sys.read(r, 10);
      yield* say(ctx, `read ${typeof rd === 'number' ? rd : rd.length}`);
      return 0;
    });
    expect(out).toBe('read 0\n');
  });

  it('a caught signal ends the wait with EINTR, and the reader no longer counts', () => {
    const out = run(function* (ctx) {
      ctx.sys.sigaction(SIGALRM, 'catch');
      ctx.sys.alarm(1);
      const fd = yield* open(ctx, O_RDONLY);
      yield* say(ctx, `open: ${fd === -EINTR ? 'EINTR' : fd}, signal ${ctx.sys.sigtake()}`);
      yield* say(ctx, `writer now: ${ctx.sys.open('/tmp/p', O_WRONLY | O_NONBLOCK) === -ENXIO ? 'ENXIO' : 'opened'}`);
      return 0;
    });
    expect(out).toBe(`open: EINTR, signal ${SIGALRM}\nwriter now: ENXIO\n`);
  });

  it('an opener killed while it waits gives its count back', () => {
    const out = run(function* (ctx) {
      const pid = ctx.spawn('/bin/reader', ['reader'], []);
      yield* ctx.sleep(10);
      const w = ctx.sys.open('/tmp/p', O_WRONLY | O_NONBLOCK);
      yield* say(ctx, `writer while a reader waits: ${w >= 0 ? 'opened' : 'ENXIO'}`);
      ctx.sys.close(w);
      ctx.sys.kill(pid, SIGKILL);
      yield* ctx.wait4(pid, 0);
      yield* say(ctx, `after it was killed: ${ctx.sys.open('/tmp/p', O_WRONLY | O_NONBLOCK) === -ENXIO ? 'ENXIO' : 'opened'}`);
      return 0;
    }, {
      *reader(ctx) {
        for (;;) {
          const fd = yield* open(ctx, O_RDONLY);
          yield* readAll(ctx, fd);
          ctx.sys.close(fd);
        }
      },
    });
    expect(out).toBe('writer while a reader waits: opened\nafter it was killed: ENXIO\n');
  });

  it('mknod makes a FIFO; a second one is EEXIST', () => {
    const m = new Machine({ seed: 1 });
    m.mkdir('/tmp', { mode: 0o1777 });
    const p = USER;
    expect(sysMknod(m.kernel, p, '/tmp/q', S_IFIFO | 0o666)).toBe(0);
    expect(sysMknod(m.kernel, p, '/tmp/q', S_IFIFO | 0o666)).toBe(-EEXIST);
    const st = m.kernel.vfs.resolve('/', '/tmp/q', p, true);
    expect(typeof st === 'number' ? st : [st.inode.mode & S_IFMT, st.inode.mode & 0o777]).toEqual([S_IFIFO, 0o644]);
  });
});
