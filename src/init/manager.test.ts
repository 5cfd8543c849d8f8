import { describe, expect, it } from 'vitest';
import { bootStandard } from '../system/boot.ts';
import type { Machine } from '../kernel/machine.ts';
import { sendSignal } from '../kernel/signal.ts';

function harness(): { m: Machine; run: (argv: string[], uid?: number) => { out: string; code: number } } {
  const m = bootStandard();
  const run = (argv: string[], uid = 0) => {
    let out = '';
    const dec = new TextDecoder();
    const pid = m.spawn(argv, { uid, stdout: (d) => (out += dec.decode(d)), stderr: (d) => (out += dec.decode(d)), env: { PATH: '/usr/bin:/bin' } });
    m.runUntil(() => m.exitStatus(pid) !== null);
    return { out, code: m.exitStatus(pid)! >> 8 };
  };
  return { m, run };
}

const UNIT = `[Unit]
Description=Web on 8080

[Service]
ExecStart=/usr/sbin/httpd 8080
Restart=always
RestartSec=2

[Install]
WantedBy=multi-user.target
`;

describe('service manager', () => {
  it('starts, restarts after SIGKILL once RestartSec has passed, and stops', () => {
    const { m, run } = harness();
    m.writeFile('/etc/systemd/system/web.service', UNIT);
    expect(run(['/usr/bin/systemctl', 'daemon-reload']).code).toBe(0);
    expect(run(['/usr/bin/systemctl', 'enable', 'web']).out).toBe(
      'Created symlink /etc/systemd/system/multi-user.target.wants/web.service → /etc/systemd/system/web.service.\n');
    expect(run(['/usr/bin/systemctl', 'start', 'web'])).toEqual({ out: '', code: 0 });
    expect(run(['/usr/bin/systemctl', 'is-active', 'web']).out).toBe('active\n');
    const svc = [...m.kernel.procs.values()].find((p) => p.cgroup === '/system.slice/web.service')!;
    const before = svc.pid;
    sendSignal(m.kernel, svc, 9);
    expect(run(['/usr/bin/systemctl', 'is-active', 'web']).out).toBe('activating\n');
    const t = m.nowNs();
    m.runUntil(() => m.nowNs() > t + 2.5e9);
    expect(run(['/usr/bin/systemctl', 'is-active', 'web']).out).toBe('active\n');
    const after = [...m.kernel.procs.values()].find((p) => p.cgroup === '/system.slice/web.service' && p.state !== 'zombie')!;
    expect(after.pid).not.toBe(before);
    const journal = run(['/usr/bin/journalctl', '-u', 'web', '--no-pager']).out.replace(/^\w{3} \d\d \d\d:\d\d:\d\d /gm, '');
    // unit_log_resources on entering failed, and again (the same run's usage) when the restart job stops it.
    const cpu = /Consumed (\S+) CPU time/.exec(journal)?.[1];
    expect(cpu).toMatch(/^\d+us$/);
    expect(journal).toBe([
      'linux systemd[1]: Started web.service - Web on 8080.',
      `linux systemd[1]: web.service: Main process exited, code=killed, status=9/KILL`,
      "linux systemd[1]: web.service: Failed with result 'signal'.",
      `linux systemd[1]: web.service: Consumed ${cpu} CPU time.`,
      'linux systemd[1]: web.service: Scheduled restart job, restart counter is at 1.',
      'linux systemd[1]: Stopped web.service - Web on 8080.',
      `linux systemd[1]: web.service: Consumed ${cpu} CPU time.`,
      'linux systemd[1]: Started web.service - Web on 8080.',
      '',
    ].join('\n'));
    expect(run(['/usr/bin/systemctl', 'stop', 'web']).code).toBe(0);
    expect(run(['/usr/bin/systemctl', 'is-active', 'web'])).toEqual({ out: 'inactive\n', code: 3 });
  });

  it('refuses privileged verbs to a user and reports unknown units', () => {
    const { run } = harness();
    expect(run(['/usr/bin/systemctl', 'stop', 'httpd'], 1000)).toEqual({
      out: "Failed to stop httpd.service: Interactive authentication required.\nSee system logs and 'systemctl status httpd.service' for details.\n",
      code: 1,
    });
    expect(run(['/usr/bin/systemctl', 'status', 'nope'])).toEqual({ out: 'Unit nope.service could not be found.\n', code: 4 });
    expect(run(['/usr/bin/systemctl', 'start', 'nope'])).toEqual({ out: 'Failed to start nope.service: Unit nope.service not found.\n', code: 5 });
  });

  it('warns about unknown keys the way systemd does', () => {
    const { m, run } = harness();
    m.writeFile('/etc/systemd/system/bad.service', '[Service]\nExecStart=/usr/sbin/httpd 81\nFrobnicate=yes\n');
    run(['/usr/bin/systemctl', 'daemon-reload']);
    expect(run(['/usr/bin/journalctl', '-n', '2']).out).toMatch(
      /systemd\[1\]: \/etc\/systemd\/system\/bad.service:3: Unknown key name 'Frobnicate' in section 'Service', ignoring.\n.*systemd\[1\]: Reloading.\n$/);
  });
});
