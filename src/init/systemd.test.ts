/**
 * What the chapter's systemd section needs of the service manager, each
 * against systemd 252's texts: a broken unit file, stop's SIGTERM then
 * SIGKILL after TimeoutStopSec, Restart=on-failure after RestartSec of
 * virtual time, journalctl -u NAME -n N -f, and list-units.
 */
import { describe, expect, it } from 'vitest';
import { bootStandard } from '../system/boot.ts';
import type { Machine } from '../kernel/machine.ts';

interface Run { out: string; code: number }

function harness(units: Record<string, string>): { m: Machine; run: (...argv: string[]) => Run; wait: (s: number) => void } {
  const m = bootStandard();
  for (const [name, text] of Object.entries(units)) m.writeFile(`/etc/systemd/system/${name}`, text);
  const run = (...argv: string[]): Run => {
    let out = '';
    const dec = new TextDecoder();
    const pid = m.spawn(argv, { uid: 0, stdout: (d) => (out += dec.decode(d)), stderr: (d) => (out += dec.decode(d)), env: { PATH: '/usr/bin:/bin' } });
    m.runUntil(() => m.exitStatus(pid) !== null);
    return { out, code: m.exitStatus(pid)! >> 8 };
  };
  // A sleeping process bounds the clock's jumps to the next timer.
  const wait = (s: number): void => void run('/bin/sleep', String(s));
  run('/usr/bin/systemctl', 'daemon-reload');
  return { m, run, wait };
}

/** The amount in "Consumed 34us CPU time." as N (it is checked against cpu.stat in the Restart= test). */
const cpuN = (text: string): string => text.replace(/Consumed \d+(?:us|ms) CPU time/g, 'Consumed N CPU time');

/** Journal lines without their time stamps (those are checked in status texts). */
const journal = (r: Run): string => r.out.replace(/^\w{3} \d\d \d\d:\d\d:\d\d /gm, '');

describe('a unit file with errors', () => {
  it('refuses to start with systemctl\'s message and shows bad-setting in status', () => {
    const { run } = harness({ 'broken.service': '[Unit]\nDescription=Broken\n\n[Service]\nRestart=always\n' });
    expect(run('/usr/bin/systemctl', 'start', 'broken')).toEqual({
      out: 'Failed to start broken.service: Unit broken.service has a bad unit file setting.\n' +
        "See system logs and 'systemctl status broken.service' for details.\n",
      code: 1,
    });
    expect(run('/usr/bin/systemctl', 'status', 'broken')).toEqual({
      out: '○ broken.service - Broken\n' +
        '     Loaded: bad-setting (Reason: Unit broken.service has a bad unit file setting.)\n' +
        '     Active: inactive (dead)\n' +
        '\n' +
        'Jan 01 00:00:00 linux systemd[1]: broken.service: Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.\n',
      code: 3,
    });
  });
});

describe('stop', () => {
  it('sends SIGTERM, then SIGKILL once TimeoutStopSec has passed', () => {
    const { m, run } = harness({
      'stubborn.service': '[Service]\nExecStart=/bin/sh -c \'trap "" TERM; while :; do sleep 1; done\'\nTimeoutStopSec=3\n',
    });
    expect(run('/usr/bin/systemctl', 'start', 'stubborn').code).toBe(0);
    const t0 = m.nowNs();
    expect(run('/usr/bin/systemctl', 'stop', 'stubborn')).toEqual({ out: '', code: 0 });
    expect(Math.round((m.nowNs() - t0) / 1e8) / 10).toBe(3);
    expect(run('/usr/bin/systemctl', 'is-active', 'stubborn')).toEqual({ out: 'failed\n', code: 3 });
    const pids = journal(run('/usr/bin/journalctl', '-u', 'stubborn', '--no-pager')).match(/Killing process (\d+)/g);
    expect(cpuN(journal(run('/usr/bin/journalctl', '-u', 'stubborn', '--no-pager')))).toBe([
      'linux systemd[1]: Started stubborn.service.',
      'linux systemd[1]: Stopping stubborn.service...',
      "linux systemd[1]: stubborn.service: State 'stop-sigterm' timed out. Killing.",
      ...pids!.map((p) => `linux systemd[1]: stubborn.service: ${p} (${p === pids![0] ? 'sh' : 'sleep'}) with signal SIGKILL.`),
      'linux systemd[1]: stubborn.service: Main process exited, code=killed, status=9/KILL',
      "linux systemd[1]: stubborn.service: Failed with result 'timeout'.",
      'linux systemd[1]: Stopped stubborn.service.',
      'linux systemd[1]: stubborn.service: Consumed N CPU time.',
      '',
    ].join('\n'));
  });
});

describe('ExecStop=', () => {
  it('runs first, with $MAINPID, and shows as a Process: line', () => {
    const { run, wait } = harness({
      'polite.service': '[Service]\nExecStart=/bin/sh -c \'trap "echo bye; exit 0" TERM; while :; do sleep 1; done\'\nExecStop=/bin/kill -TERM $MAINPID\n',
    });
    run('/usr/bin/systemctl', 'start', 'polite');
    wait(1);
    expect(run('/usr/bin/systemctl', 'stop', 'polite')).toEqual({ out: '', code: 0 });
    const st = run('/usr/bin/systemctl', 'status', 'polite').out;
    const [main, stop] = [/ExecStart=.* \((.*)\)\n/.exec(st)?.[1], /Process: \d+ (ExecStop=.*)\n/.exec(st)?.[1]];
    expect([main, stop]).toEqual(['code=exited, status=0/SUCCESS', 'ExecStop=/bin/kill -TERM $MAINPID (code=exited, status=0/SUCCESS)']);
    // (The shell's own report of its sleep killed by the SIGTERM that follows ExecStop is left out.)
    const lines = journal(run('/usr/bin/journalctl', '-u', 'polite', '--no-pager')).split('\n').filter((l) => !/Terminated/.test(l));
    expect(cpuN(lines.slice(-6).join('\n').replace(/\[\d+\]/g, '[N]'))).toBe([
      'linux systemd[N]: Stopping polite.service...',
      'linux sh[N]: bye',
      'linux systemd[N]: polite.service: Deactivated successfully.',
      'linux systemd[N]: Stopped polite.service.',
      'linux systemd[N]: polite.service: Consumed N CPU time.',
      '',
    ].join('\n'));
  });
});

describe('Restart=on-failure', () => {
  const UNIT = '[Unit]\nDescription=Flaky\n\n[Service]\nExecStart=/bin/sh -c \'sleep 1; exit 3\'\nRestart=on-failure\nRestartSec=4\n';

  it('waits RestartSec of virtual time in auto-restart, then starts again', () => {
    const { run, wait } = harness({ 'flaky.service': UNIT });
    run('/usr/bin/systemctl', 'start', 'flaky');
    wait(1.5);
    const st = run('/usr/bin/systemctl', 'status', '--no-pager', 'flaky');
    const pid = /Main PID: (\d+)/.exec(st.out)![1];
    // The CPU line is the cgroup's usage_usec (here under 1ms, so systemd's format_timespan shows µs).
    const usec = /^usage_usec (\d+)$/m.exec(run('/bin/cat', '/sys/fs/cgroup/system.slice/flaky.service/cpu.stat').out)![1];
    expect(st).toEqual({
      out: '● flaky.service - Flaky\n' +
        '     Loaded: loaded (/etc/systemd/system/flaky.service; static)\n' +
        '     Active: activating (auto-restart) (Result: exit-code) since Thu 2026-01-01 00:00:01 UTC; 499ms ago\n' +
        `    Process: ${pid} ExecStart=/bin/sh -c sleep 1; exit 3 (code=exited, status=3)\n` +
        `   Main PID: ${pid} (code=exited, status=3)\n` +
        `        CPU: ${usec}us\n` +
        '\n' +
        'Jan 01 00:00:01 linux systemd[1]: flaky.service: Main process exited, code=exited, status=3/NOTIMPLEMENTED\n' +
        "Jan 01 00:00:01 linux systemd[1]: flaky.service: Failed with result 'exit-code'.\n" +
        `Jan 01 00:00:01 linux systemd[1]: flaky.service: Consumed ${usec}us CPU time.\n`,
      code: 3,
    });
    wait(3.4);
    expect(run('/usr/bin/systemctl', 'is-active', 'flaky').out).toBe('activating\n');
    wait(0.2);
    expect(run('/usr/bin/systemctl', 'is-active', 'flaky').out).toBe('active\n');
    expect(journal(run('/usr/bin/journalctl', '-u', 'flaky', '-n', '4', '--no-pager'))).toBe([
      'linux systemd[1]: flaky.service: Scheduled restart job, restart counter is at 1.',
      'linux systemd[1]: Stopped flaky.service - Flaky.',
      `linux systemd[1]: flaky.service: Consumed ${usec}us CPU time.`,
      'linux systemd[1]: Started flaky.service - Flaky.',
      '',
    ].join('\n'));
  });

  it('leaves a clean exit alone', () => {
    const { run, wait } = harness({ 'once.service': UNIT.replace('exit 3', 'exit 0') });
    run('/usr/bin/systemctl', 'start', 'once');
    wait(10);
    expect(run('/usr/bin/systemctl', 'is-active', 'once')).toEqual({ out: 'inactive\n', code: 3 });
    expect(cpuN(journal(run('/usr/bin/journalctl', '-u', 'once', '--no-pager')))).toBe(
      'linux systemd[1]: Started once.service - Flaky.\nlinux systemd[1]: once.service: Deactivated successfully.\n' +
      'linux systemd[1]: once.service: Consumed N CPU time.\n');
  });
});

describe('journalctl -u NAME -n N -f --no-pager', () => {
  it('prints the last N lines, then each new line as it is logged', () => {
    const { m, run, wait } = harness({
      'ticker.service': '[Service]\nExecStart=/bin/sh -c \'i=0; while [ $i -lt 6 ]; do i=$((i+1)); echo tick $i; sleep 1; done; sleep 100\'\n',
    });
    run('/usr/bin/systemctl', 'start', 'ticker');
    wait(2.5);
    let out = '';
    const dec = new TextDecoder();
    const pid = m.spawn(['/usr/bin/journalctl', '-u', 'ticker', '-n', '2', '-f', '--no-pager'], { uid: 0, stdout: (d) => (out += dec.decode(d)) });
    wait(0.1);
    const shown = (): string => out.replace(/^.* sh\[\d+\]: /gm, '').replace(/^.*systemd\[1\]: /gm, '');
    expect(shown()).toBe('tick 2\ntick 3\n');
    wait(2);
    expect(shown()).toBe('tick 2\ntick 3\ntick 4\ntick 5\n');
    expect(m.exitStatus(pid)).toBe(null);
  });
});

describe('systemctl list-units', () => {
  it('lists the loaded units that are not inactive, failed ones marked', () => {
    const { run, wait } = harness({
      'web.service': '[Unit]\nDescription=Web on 8080\n\n[Service]\nExecStart=/usr/sbin/httpd 8080\n',
      'crash.service': '[Service]\nExecStart=/bin/false\n',
      'idle.service': '[Service]\nExecStart=/bin/true\n',
    });
    run('/usr/bin/systemctl', 'start', 'web');
    run('/usr/bin/systemctl', 'start', 'crash');
    wait(1);
    expect(run('/usr/bin/systemctl', 'list-units')).toEqual({
      out: [
        '  UNIT          LOAD   ACTIVE SUB     DESCRIPTION',
        '● crash.service loaded failed failed  crash.service',
        '  httpd.service loaded active running The machine\'s web server',
        '  web.service   loaded active running Web on 8080',
        '',
        'LOAD   = Reflects whether the unit definition was properly loaded.',
        'ACTIVE = The high-level unit activation state, i.e. generalization of SUB.',
        'SUB    = The low-level unit activation state, values depend on unit type.',
        '3 loaded units listed. Pass --all to see loaded but inactive units, too.',
        "To show all installed unit files use 'systemctl list-unit-files'.",
        '',
      ].join('\n'),
      code: 0,
    });
  });
});

describe('CPU accounting', () => {
  it('shows the cgroup\'s usage_usec at millisecond accuracy in status and in the Consumed line', () => {
    const { run, wait } = harness({
      'busy.service': '[Service]\nExecStart=/bin/sh -c \'i=0; while [ $i -lt 3000 ]; do i=$((i+1)); done; exec sleep 100\'\n',
    });
    run('/usr/bin/systemctl', 'start', 'busy');
    wait(1);
    const stat = run('/bin/cat', '/sys/fs/cgroup/system.slice/busy.service/cpu.stat').out;
    const usec = Number(/^usage_usec (\d+)$/m.exec(stat)![1]);
    expect(stat).toBe(`usage_usec ${usec}\nuser_usec ${usec}\nsystem_usec 0\n`);
    // format_timespan(usec, USEC_PER_MSEC): whole milliseconds once there is at least one.
    expect(usec).toBeGreaterThan(1000);
    const ms = `${Math.floor(usec / 1000)}ms`;
    const pid = run('/bin/cat', '/sys/fs/cgroup/system.slice/busy.service/cgroup.procs').out;
    expect(run('/usr/bin/systemctl', 'status', 'busy').out.split('\n').slice(3, 8).join('\n')).toBe([
      `   Main PID: ${pid.trim()} (sleep)`,
      '      Tasks: 1 (limit: 38)',
      /     Memory: .*/.exec(run('/usr/bin/systemctl', 'status', 'busy').out)![0],
      `        CPU: ${ms}`,
      '     CGroup: /system.slice/busy.service',
    ].join('\n'));
    run('/usr/bin/systemctl', 'stop', 'busy');
    expect(journal(run('/usr/bin/journalctl', '-u', 'busy', '-n', '2', '--no-pager'))).toBe(
      `linux systemd[1]: Stopped busy.service.\nlinux systemd[1]: busy.service: Consumed ${ms} CPU time.\n`);
    // A new run counts from what the cgroup had used when it started (systemd's cpu_usage_base).
    const usage = (): number => Number(/^usage_usec (\d+)$/m.exec(run('/bin/cat', '/sys/fs/cgroup/system.slice/busy.service/cpu.stat').out)![1]);
    const base = usage();
    run('/usr/bin/systemctl', 'start', 'busy');
    wait(1);
    const now = usage();
    expect(now - base).toBeGreaterThan(1000);
    expect(/CPU: (\S+)/.exec(run('/usr/bin/systemctl', 'status', 'busy').out)?.[1]).toBe(`${Math.floor((now - base) / 1000)}ms`);
  });
});
