import { describe, expect, it } from 'vitest';
import { Machine } from './machine.ts';
import { defineProgram, fromUtf8 } from '../programs/runtime.ts';
import { SIGTTIN, SIGINT, SIGHUP } from '../abi/signals.ts';
import { WIFSTOPPED, WSTOPSIG, WUNTRACED, WTERMSIG } from '../abi/wait.ts';
import { EPERM } from '../abi/errno.ts';

function machineWithTerminal() {
  const m = new Machine({ seed: 3 });
  m.mkdir('/home/user', { uid: 1000 });
  const t = m.openTerminal();
  let screen = '';
  t.onOutput((d) => (screen += fromUtf8(d)));
  return { m, t, screen: () => screen };
}

describe('sessions, groups and the controlling terminal', () => {
  it('a background group reading the terminal is stopped by SIGTTIN', () => {
    const { m, t, screen } = machineWithTerminal();
    m.installProgram('/bin/reader', defineProgram('reader', function* (ctx) {
      yield* ctx.read(0, 10);
      return 0;
    }));
    m.installProgram('/bin/leader', defineProgram('leader', function* (ctx) {
      const pid = ctx.spawn('/bin/reader', ['reader'], [], { pgid: 0 });
      const w = yield* ctx.wait4(pid, WUNTRACED);
      if (typeof w !== 'number' && WIFSTOPPED(w.status)) yield* ctx.write(1, `stopped by ${WSTOPSIG(w.status)}\n`);
      ctx.sys.kill(pid, 9);
      yield* ctx.wait4(pid, 0);
      return 0;
    }));
    const pid = m.spawn(['/bin/leader'], { terminal: t });
    m.runUntil(() => m.exitStatus(pid) !== null);
    expect(screen()).toBe(`stopped by ${SIGTTIN}\r\n`);
  });

  it('^C typed at the terminal signals only the foreground group', () => {
    const { m, t, screen } = machineWithTerminal();
    m.installProgram('/bin/sleeper', defineProgram('sleeper', function* (ctx) {
      yield* ctx.sleep(100_000);
      return 0;
    }));
    m.installProgram('/bin/leader', defineProgram('leader', function* (ctx) {
      const fg = ctx.spawn('/bin/sleeper', ['sleeper'], [], { pgid: 0 });
      const bg = ctx.spawn('/bin/sleeper', ['sleeper'], [], { pgid: 0 });
      yield* ctx.sleep(10);
      ctx.sys.sigaction(22, 'ignore'); // SIGTTOU, as a shell does around tcsetpgrp
      ctx.sys.tcsetpgrp(0, fg);
      const w = yield* ctx.wait4(fg, 0);
      if (typeof w !== 'number') yield* ctx.write(1, `fg killed by ${WTERMSIG(w.status)}\n`);
      ctx.sys.tcsetpgrp(0, ctx.sys.getpgrp());
      const w2 = yield* ctx.wait4(bg, 1);
      yield* ctx.write(1, `bg still running: ${typeof w2 !== 'number' && w2.pid === 0}\n`);
      ctx.sys.kill(bg, 9);
      yield* ctx.wait4(bg, 0);
      return 0;
    }));
    const pid = m.spawn(['/bin/leader'], { terminal: t });
    m.runUntil(() => m.kernel.clock.nowNs > 1e9);
    t.input('\x03');
    m.runUntil(() => m.exitStatus(pid) !== null);
    expect(screen()).toBe(`^Cfg killed by ${SIGINT}\r\nbg still running: true\r\n`);
  });

  it('setsid fails for a group leader; hangup sends SIGHUP to the session', () => {
    const { m, t } = machineWithTerminal();
    let result = '';
    m.installProgram('/bin/leader', defineProgram('leader', function* (ctx) {
      result = String(ctx.sys.setsid());
      yield* ctx.sleep(100_000);
      return 0;
    }));
    const pid = m.spawn(['/bin/leader'], { terminal: t });
    m.runUntil(() => m.kernel.clock.nowNs > 1e9);
    t.hangup();
    m.runUntil(() => m.exitStatus(pid) !== null);
    expect(result).toBe(String(-EPERM));
    expect(WTERMSIG(m.exitStatus(pid)!)).toBe(SIGHUP);
  });
});
