import { describe, expect, it } from 'vitest';
import { Machine } from './machine.ts';
import { defineProgram, fromUtf8, type Ctx, type Gen } from '../programs/runtime.ts';
import { E2BIG, EINVAL } from '../abi/errno.ts';
import { O_RDONLY } from '../abi/fcntl.ts';
import { PR_GET_NAME, PR_SET_NAME } from '../abi/prctl.ts';

/** A /proc file's text with NULs shown as \0 (or -errno). */
function* proc(ctx: Ctx, path: string): Gen<string> {
  const fd = ctx.sys.open(path, O_RDONLY);
  if (fd < 0) return String(fd);
  const b = yield* ctx.readAll(fd);
  ctx.sys.close(fd);
  return typeof b === 'number' ? String(b) : fromUtf8(b).replace(/\0/g, '\\0');
}

/** What the process looks like from /proc: comm, the Name of status, stat's (comm), cmdline. */
function* looks(ctx: Ctx, pid: number | 'self'): Gen<string> {
  const comm = (yield* proc(ctx, `/proc/${pid}/comm`)).trimEnd();
  const name = /^Name:\t(.*)$/m.exec(yield* proc(ctx, `/proc/${pid}/status`))?.[1];
  const stat = /\((.*)\)/.exec(yield* proc(ctx, `/proc/${pid}/stat`))?.[1];
  return `comm=${comm} name=${name} stat=${stat} cmdline=${yield* proc(ctx, `/proc/${pid}/cmdline`)}\n`;
}

function boot(): Machine {
  const m = new Machine({ seed: 3 });
  m.mkdir('/home/user', { uid: 1000 });
  m.installProgram('/bin/show', defineProgram('show', function* (ctx) {
    yield* ctx.write(1, `after exec: ${yield* looks(ctx, 'self')}`);
    return 0;
  }));
  return m;
}

function run(m: Machine, argv: string[], main: (ctx: Ctx) => Gen<number>): string {
  m.installProgram(argv[0]!, defineProgram('t', main));
  let out = '';
  const pid = m.spawn(argv, { stdout: (d) => (out += fromUtf8(d)) });
  m.runUntil(() => m.exitStatus(pid) !== null);
  return out;
}

describe('prctl PR_SET_NAME / PR_GET_NAME', () => {
  it('names the process in comm, status and stat, keeping 15 bytes; other options are EINVAL', () => {
    const out = run(boot(), ['/bin/t'], function* (ctx) {
      yield* ctx.write(1, `start: ${String(ctx.sys.prctl(PR_GET_NAME))}\n`);
      yield* ctx.write(1, `set: ${String(ctx.sys.prctl(PR_SET_NAME, 'mydaemon: idle'))} ${String(ctx.sys.prctl(PR_GET_NAME))}\n`);
      yield* ctx.write(1, yield* looks(ctx, 'self'));
      ctx.sys.prctl(PR_SET_NAME, 'a much longer process title');
      yield* ctx.write(1, `long: ${String(ctx.sys.prctl(PR_GET_NAME))}\n`);
      ctx.sys.prctl(PR_SET_NAME, 'cut\0here');
      yield* ctx.write(1, `nul: ${String(ctx.sys.prctl(PR_GET_NAME))}\n`);
      ctx.sys.prctl(PR_SET_NAME, 'dæmon-ééééééé');
      yield* ctx.write(1, `utf-8: ${String(ctx.sys.prctl(PR_GET_NAME))}\n`);
      yield* ctx.write(1, `bad option: ${ctx.sys.prctl(4242) === -EINVAL ? 'EINVAL' : 'other'}\n`);
      yield* ctx.write(1, `no name: ${ctx.sys.prctl(PR_SET_NAME) === -EINVAL ? 'EINVAL' : 'other'}\n`);
      return 0;
    });
    expect(out).toBe([
      'start: t',
      'set: 0 mydaemon: idle',
      'comm=mydaemon: idle name=mydaemon: idle stat=mydaemon: idle cmdline=/bin/t\\0',
      'long: a much longer p',
      'nul: cut',
      'utf-8: dæmon-éééé',
      'bad option: EINVAL',
      'no name: EINVAL',
      '',
    ].join('\n'));
  });
});

describe('setcmdline', () => {
  it('rewrites /proc/PID/cmdline within the room of argv and the environment', () => {
    const out = run(boot(), ['/bin/tool', 'ab'], function* (ctx) {
      // Room: "/bin/tool\0ab\0" (13 bytes); the spawn gives no environment.
      yield* ctx.write(1, `set: ${ctx.sys.setcmdline(['worker', 'x'])}\n`);
      yield* ctx.write(1, yield* looks(ctx, 'self'));
      yield* ctx.write(1, `full: ${ctx.sys.setcmdline(['123456789012'])} ${yield* proc(ctx, '/proc/self/cmdline')}\n`);
      yield* ctx.write(1, `too long: ${ctx.sys.setcmdline(['1234567890123']) === -E2BIG ? 'E2BIG' : 'other'}\n`);
      yield* ctx.write(1, `nul: ${ctx.sys.setcmdline(['a\0b']) === -EINVAL ? 'EINVAL' : 'other'}\n`);
      yield* ctx.write(1, `empty: ${ctx.sys.setcmdline([])} [${yield* proc(ctx, '/proc/self/cmdline')}]\n`);
      return 0;
    });
    expect(out).toBe([
      'set: 0',
      'comm=tool name=tool stat=tool cmdline=worker\\0x\\0',
      'full: 0 123456789012\\0',
      'too long: E2BIG',
      'nul: EINVAL',
      'empty: 0 []',
      '',
    ].join('\n'));
  });

  it('counts the environment strings as room too', () => {
    const m = boot();
    m.installProgram('/bin/env-t', defineProgram('env-t', function* (ctx) {
      const r = ctx.sys.setcmdline(['a title longer than argv']);
      yield* ctx.write(1, `${r} ${yield* proc(ctx, '/proc/self/cmdline')}\n`);
      return 0;
    }));
    const out = run(m, ['/bin/t'], function* (ctx) {
      const c = ctx.spawn('/bin/env-t', ['env-t'], ['HOME=/home/user', 'PATH=/bin']);
      yield* ctx.wait4(c, 0);
      return 0;
    });
    expect(out).toBe('0 a title longer than argv\\0\n');
  });
});

describe('the title across fork and execve', () => {
  it('fork copies name and cmdline; execve starts from the new program and argv', () => {
    const out = run(boot(), ['/bin/t'], function* (ctx) {
      ctx.sys.prctl(PR_SET_NAME, 'master process');
      ctx.sys.setcmdline(['master']);
      const pid = ctx.spawn('/bin/show', ['show', 'arg'], []);
      // The parent runs first after fork: the child has not exec'd yet.
      yield* ctx.write(1, `forked: ${yield* looks(ctx, pid)}`);
      yield* ctx.wait4(pid, 0);
      yield* ctx.write(1, `parent: ${yield* looks(ctx, 'self')}`);
      return 0;
    });
    expect(out).toBe([
      'forked: comm=master process name=master process stat=master process cmdline=master\\0',
      'after exec: comm=show name=show stat=show cmdline=show\\0arg\\0',
      'parent: comm=master process name=master process stat=master process cmdline=master\\0',
      '',
    ].join('\n'));
  });
});
