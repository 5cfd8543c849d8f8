import { describe, expect, it } from 'vitest';
import { Machine } from './machine.ts';
import { defineProgram, fromUtf8, type Ctx, type Gen } from '../programs/runtime.ts';
import { ECHILD, ESRCH, EPERM, EAGAIN, ENOENT, EACCES } from '../abi/errno.ts';
import { SIGCHLD, SIGKILL, SIGPIPE, SIGTERM, SIGUSR1, SIGSTOP, SIGCONT, SIGALRM } from '../abi/signals.ts';
import { WEXITSTATUS, WIFSIGNALED, WTERMSIG, WUNTRACED, WIFSTOPPED, WNOHANG, WSTOPSIG } from '../abi/wait.ts';
import { O_CREAT, O_RDWR, O_WRONLY, O_RDONLY, LOCK_EX, LOCK_NB, LOCK_SH, LOCK_UN, O_NONBLOCK } from '../abi/fcntl.ts';

/** Boot a machine with one test program and run it to completion; returns its output and status. */
function runProgram(main: (ctx: Ctx) => Gen<number>, opts: { uid?: number } = {}) {
  const m = new Machine({ seed: 7 });
  m.installProgram('/bin/t', defineProgram('t', main));
  m.mkdir('/home/user', { uid: 1000 });
  m.mkdir('/etc');
  m.writeFile('/secret', 'x', { mode: 0o600 });
  let out = '';
  const pid = m.spawn(['/bin/t'], { stdout: (d) => (out += fromUtf8(d)), stderr: (d) => (out += fromUtf8(d)), uid: opts.uid });
  m.runUntil(() => m.exitStatus(pid) !== null);
  return { out, status: m.exitStatus(pid)!, m };
}

describe('fork, exit and wait4', () => {
  it('reaps a child and decodes its exit status; a second wait says ECHILD', () => {
    const { out } = runProgram(function* (ctx) {
      const pid = ctx.spawn('/bin/t2', ['t2'], []);
      const w = yield* ctx.wait4(pid, 0);
      if (typeof w === 'number') return 1;
      yield* ctx.out(`child ${w.pid === pid ? 'same' : 'other'} exited ${WEXITSTATUS(w.status)}\n`);
      const again = yield* ctx.wait4(-1, 0);
      yield* ctx.out(`again ${again === -ECHILD ? 'ECHILD' : String(again)}\n`);
      return 0;
    });
    // /bin/t2 does not exist: the spawn stub reports and exits 127.
    expect(out).toBe('t2: No such file or directory\nchild same exited 127\nagain ECHILD\n');
  });

  it('parent runs first after fork; child output follows when the parent waits', () => {
    const m = new Machine({ seed: 1 });
    m.mkdir('/home/user', { uid: 1000 });
    m.installProgram('/bin/child', defineProgram('child', function* (ctx) {
      yield* ctx.write(1, 'child runs\n');
      return 3;
    }));
    let out = '';
    m.installProgram('/bin/parent', defineProgram('parent', function* (ctx) {
      const pid = ctx.spawn('/bin/child', ['child'], []);
      yield* ctx.write(1, 'parent first\n');
      const w = yield* ctx.wait4(pid, 0);
      yield* ctx.write(1, `status ${typeof w === 'number' ? w : WEXITSTATUS(w.status)}\n`);
      return 0;
    }));
    const pid = m.spawn(['/bin/parent'], { stdout: (d) => (out += fromUtf8(d)) });
    m.runUntil(() => m.exitStatus(pid) !== null);
    expect(out).toBe('parent first\nchild runs\nstatus 3\n');
  });

  it('orphans are reparented to init and reaped', () => {
    const m = new Machine();
    m.mkdir('/home/user', { uid: 1000 });
    m.installProgram('/bin/sleeper', defineProgram('sleeper', function* (ctx) {
      yield* ctx.sleep(1000);
      yield* ctx.write(1, `ppid ${ctx.sys.getppid()}\n`);
      return 0;
    }));
    let out = '';
    m.installProgram('/bin/p', defineProgram('p', function* (ctx) {
      ctx.spawn('/bin/sleeper', ['sleeper'], []);
      return 0;
    }));
    const pid = m.spawn(['/bin/p'], { stdout: (d) => (out += fromUtf8(d)) });
    m.runUntil(() => false);
    expect(m.exitStatus(pid)).toBe(0);
    expect(out).toBe('ppid 1\n');
    expect(m.processes().map((p) => p.pid)).toEqual([1]);
  });
});

describe('pipes', () => {
  it('EOF after the last writer closes; EPIPE and SIGPIPE after the last reader closes', () => {
    const { out, status } = runProgram(function* (ctx) {
      const fds = ctx.sys.pipe();
      if (typeof fds === 'number') return 1;
      const [r, w] = fds;
      yield* ctx.write(w, 'abc');
      ctx.sys.close(w);
      const a = yield* ctx.read(r, 100);
      const b = yield* ctx.read(r, 100);
      yield* ctx.write(1, `got ${fromUtf8(a as Uint8Array)} then ${(b as Uint8Array).length} bytes\n`);
      const fds2 = ctx.sys.pipe() as [number, number];
      ctx.sys.close(fds2[0]);
      ctx.sys.sigaction(SIGPIPE, 'ignore');
      const e = ctx.sys.write(fds2[1], new Uint8Array([1]));
      yield* ctx.write(1, `write ${e}\n`);
      ctx.sys.sigaction(SIGPIPE, 'default');
      ctx.sys.write(fds2[1], new Uint8Array([1]));
      yield* ctx.write(1, 'not reached\n');
      return 0;
    });
    expect(out).toBe('got abc then 0 bytes\nwrite -32\n');
    expect(WIFSIGNALED(status) && WTERMSIG(status)).toBe(SIGPIPE);
  });

  it('a writer blocks when the pipe is full and resumes when the reader drains it', () => {
    const m = new Machine();
    m.mkdir('/home/user', { uid: 1000 });
    let out = '';
    m.installProgram('/bin/reader', defineProgram('reader', function* (ctx) {
      yield* ctx.sleep(5000);
      const all = yield* ctx.readAll(0);
      yield* ctx.write(1, `read ${(all as Uint8Array).length}\n`);
      return 0;
    }));
    m.installProgram('/bin/w', defineProgram('w', function* (ctx) {
      const [r, w] = ctx.sys.pipe() as [number, number];
      const pid = ctx.spawn('/bin/reader', ['reader'], [], { fds: { 0: r }, close: [w] });
      ctx.sys.close(r);
      const t0 = ctx.sys.clockGettime('monotonic')[0];
      const n = yield* ctx.write(w, new Uint8Array(200_000));
      const t1 = ctx.sys.clockGettime('monotonic')[0];
      ctx.sys.close(w);
      yield* ctx.wait4(pid, 0);
      yield* ctx.write(1, `wrote ${n} after ${t1 - t0 >= 5 ? '>=5s' : '<5s'}\n`);
      return 0;
    }));
    const pid = m.spawn(['/bin/w'], { stdout: (d) => (out += fromUtf8(d)) });
    m.runUntil(() => m.exitStatus(pid) !== null);
    expect(out).toBe('read 200000\nwrote 200000 after >=5s\n');
  });
});

describe('signals', () => {
  it('a caught signal interrupts sleep with EINTR and the remaining time', () => {
    const { out } = runProgram(function* (ctx) {
      ctx.sys.sigaction(SIGALRM, 'catch');
      ctx.sys.alarm(2);
      const left = yield* ctx.sleep(10_000);
      const sig = ctx.sys.sigtake();
      yield* ctx.write(1, `sig ${sig} left ${Math.round(left / 1000)}s\n`);
      return 0;
    });
    expect(out).toBe(`sig ${SIGALRM} left 8s\n`);
  });

  it('kill reports ESRCH for a missing pid and EPERM for another user\'s process', () => {
    const { out } = runProgram(function* (ctx) {
      yield* ctx.write(1, `${ctx.sys.kill(99999, 0)} ${ctx.sys.kill(1, SIGTERM)} ${ctx.sys.kill(ctx.sys.getpid(), 0)}\n`);
      return 0;
    });
    expect(out).toBe(`${-ESRCH} ${-EPERM} 0\n`);
  });

  it('SIGSTOP/SIGCONT are reported through WUNTRACED; SIGKILL ends the child', () => {
    const m = new Machine();
    m.mkdir('/home/user', { uid: 1000 });
    let out = '';
    m.installProgram('/bin/loop', defineProgram('loop', function* (ctx) {
      for (;;) yield* ctx.sleep(100);
    }));
    m.installProgram('/bin/ctl', defineProgram('ctl', function* (ctx) {
      const pid = ctx.spawn('/bin/loop', ['loop'], []);
      yield* ctx.sleep(50);
      ctx.sys.kill(pid, SIGSTOP);
      let w = yield* ctx.wait4(pid, WUNTRACED);
      if (typeof w !== 'number') yield* ctx.write(1, `stopped ${WIFSTOPPED(w.status)} by ${WSTOPSIG(w.status)}\n`);
      ctx.sys.kill(pid, SIGCONT);
      w = yield* ctx.wait4(pid, WNOHANG);
      yield* ctx.write(1, `nohang ${typeof w === 'number' ? w : w.pid}\n`);
      ctx.sys.kill(pid, SIGKILL);
      w = yield* ctx.wait4(pid, 0);
      if (typeof w !== 'number') yield* ctx.write(1, `killed by ${WTERMSIG(w.status)}\n`);
      return 0;
    }));
    const pid = m.spawn(['/bin/ctl'], { stdout: (d) => (out += fromUtf8(d)) });
    m.runUntil(() => m.exitStatus(pid) !== null);
    expect(out).toBe(`stopped true by ${SIGSTOP}\nnohang 0\nkilled by ${SIGKILL}\n`);
  });

  it('a blocked signal stays pending until unblocked, then acts', () => {
    const { out, status } = runProgram(function* (ctx) {
      ctx.sys.sigprocmask(0, 1 << (SIGUSR1 - 1));
      ctx.sys.kill(ctx.sys.getpid(), SIGUSR1);
      yield* ctx.write(1, `pending ${ctx.sys.sigpending() === 1 << (SIGUSR1 - 1)}\n`);
      ctx.sys.sigprocmask(1, 1 << (SIGUSR1 - 1));
      yield* ctx.write(1, 'not reached\n');
      return 0;
    });
    expect(out).toBe('pending true\n');
    expect(WTERMSIG(status)).toBe(SIGUSR1);
  });

  it('SIGCHLD is delivered to a catching parent when a child exits', () => {
    const { out } = runProgram(function* (ctx) {
      ctx.sys.sigaction(SIGCHLD, 'catch');
      ctx.spawn('/bin/none', ['none'], []);
      const left = yield* ctx.sleep(10_000);
      yield* ctx.write(1, `woke ${left > 0} sig ${ctx.sys.sigtake()}\n`);
      return 0;
    });
    expect(out).toBe(`none: No such file or directory\nwoke true sig ${SIGCHLD}\n`);
  });
});

describe('files, permissions and flock', () => {
  it('a user cannot write /etc or read a 0600 root file', () => {
    const { out } = runProgram(function* (ctx) {
      const a = ctx.sys.open('/etc/x', O_CREAT | O_WRONLY, 0o644);
      const b = ctx.sys.open('/secret', O_RDONLY);
      const c = ctx.sys.open('/nope/x', O_RDONLY);
      yield* ctx.write(1, `${a} ${b} ${c}\n`);
      return 0;
    });
    expect(out).toBe(`${-EACCES} ${-EACCES} ${-ENOENT}\n`);
  });

  it('flock is per open file description: shared across fork, contended across opens', () => {
    const { out } = runProgram(function* (ctx) {
      const a = ctx.sys.open('/tmp/lock', O_CREAT | O_RDWR, 0o644);
      const b = ctx.sys.open('/tmp/lock', O_RDWR);
      const r1 = ctx.sys.flock(a, LOCK_EX | LOCK_NB);
      const r2 = ctx.sys.flock(b, LOCK_EX | LOCK_NB);
      const r3 = ctx.sys.flock(b, LOCK_SH | LOCK_NB);
      const d = ctx.sys.dup(a);
      ctx.sys.close(a);
      const r4 = ctx.sys.flock(b, LOCK_SH | LOCK_NB);
      ctx.sys.close(d);
      const r5 = ctx.sys.flock(b, LOCK_SH | LOCK_NB);
      ctx.sys.flock(b, LOCK_UN);
      yield* ctx.write(1, `${r1} ${r2} ${r3} ${r4} ${r5}\n`);
      return 0;
    });
    expect(out).toBe(`0 ${-EAGAIN} ${-EAGAIN} ${-EAGAIN} 0\n`);
  });
});

describe('virtual time', () => {
  it('sleep 5 costs no real time in fast mode', () => {
    const t0 = performance.now();
    const { out } = runProgram(function* (ctx) {
      const a = ctx.sys.clockGettime('monotonic')[0];
      yield* ctx.sleep(5000);
      const b = ctx.sys.clockGettime('monotonic')[0];
      yield* ctx.write(1, `${b - a}\n`);
      return 0;
    });
    expect(out).toBe('5\n');
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('poll', () => {
  it('times out with 0 and reports readiness of a pipe', () => {
    const { out } = runProgram(function* (ctx) {
      const [r, w] = ctx.sys.pipe(O_NONBLOCK) as [number, number];
      const fds = [{ fd: r, events: 1, revents: 0 }];
      const n0 = yield* ctx.poll(fds, 1500);
      yield* ctx.write(w, 'x');
      const n1 = yield* ctx.poll(fds, 1500);
      yield* ctx.write(1, `${n0} ${n1} ${fds[0]!.revents}\n`);
      return 0;
    });
    expect(out).toBe('0 1 1\n');
  });
});


describe('limits and panics', () => {
  it('fork fails with EAGAIN at the process limit and the machine goes on', () => {
    const { out } = runProgram(function* (ctx) {
      let n = 0;
      for (;;) {
        const pid = ctx.spawn('/bin/t', ['t'], []);
        if (pid < 0) {
          yield* ctx.write(1, `stopped at ${pid === -EAGAIN ? 'EAGAIN' : pid} after ${n > 200 ? 'many' : n}\n`);
          break;
        }
        n++;
      }
      ctx.sys.kill(0, SIGKILL);
      return 0;
    });
    expect(out).toBe('stopped at EAGAIN after many\n');
  });

  it('a JS exception inside a program surfaces as a kernel panic naming the process', () => {
    const m = new Machine();
    m.mkdir('/home/user', { uid: 1000 });
    m.installProgram('/bin/bad', {
      name: 'bad',
      load: () => ({}),
      run: () => {
        throw new TypeError('boom');
      },
    });
    m.spawn(['/bin/bad']);
    expect(() => m.runUntil(() => false)).toThrow(/kernel panic: exception in pid 2 \(bad\): boom/);
  });
});
