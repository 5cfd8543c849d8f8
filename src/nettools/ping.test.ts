/**
 * ping against fixtures recorded from iputils 20221126 by
 * fixtures/record-ping.sh (times masked there and here), plus the exact,
 * deterministic times of the virtual clock.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIGINT } from '../abi/signals.ts';
import { sendSignal } from '../kernel/signal.ts';
import { bootStandard } from '../system/boot.ts';
import { finish, netMachine, run, start, type Run } from './testing.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/ping/${name}${name.endsWith('ctrl-c') ? '.screen' : '.out'}`, import.meta.url), 'utf8');
const mask = (s: string): string => s.replace(/time=[0-9.]+ ms/g, 'time=T ms').replace(/time [0-9]+ms/g, 'time Tms')
  .replace(/rtt min\/avg\/max\/mdev = [0-9./]+ ms/g, 'rtt min/avg/max/mdev = T ms');
const asFixture = (r: Run): string => mask(`${r.out}${r.err}exit ${r.code}\n`);
const ping = (args: string[], uid = 1000): Run => run(netMachine(1, { httpd: false }), ['/usr/bin/ping', ...args], { uid });

describe('ping (iputils 20221126)', () => {
  it('pings localhost with the header, reply lines and statistics of the real ping', () => {
    for (const [name, args] of [
      ['ping-c3', ['-c', '3', 'localhost']],
      ['ping-quiet', ['-q', '-c', '2', 'localhost']],
      ['ping-n', ['-n', '-c', '1', 'localhost']],
      ['ping-numeric', ['-c', '1', '127.0.0.1']],
      ['ping-interval', ['-c', '3', '-i', '0.2', 'localhost']],
      ['ping-deadline', ['-w', '2', 'localhost']],
      ['ping-deadline-count', ['-w', '3', '-c', '2', 'localhost']],
      ['ping-small', ['-s', '8', '-c', '1', '127.0.0.1']],
    ] as const) {
      expect(asFixture(ping([...args])), name).toBe(fixture(name));
    }
    const garbage = ping(['-c', '2', '-i', '0.2x', 'localhost']); // the warnings come first, on stderr
    expect(asFixture({ ...garbage, out: garbage.err + garbage.out, err: '' })).toBe(fixture('ping-bad-interval'));
  });

  it('times out on an address nobody answers on an outside subnet', () => {
    expect(asFixture(ping(['-c', '2', '-W', '1', '198.51.100.9']))).toBe(fixture('ping-timeout'));
    expect(asFixture(ping(['-q', '-c', '1', '-W', '1', '198.51.100.9']))).toBe(fixture('ping-timeout-quiet'));
    expect(asFixture(ping(['-w', '2', '198.51.100.9']))).toBe(fixture('ping-deadline-none'));
  });

  it('fails like ping: unknown host, no route, bad arguments, usage, version', () => {
    for (const [name, args] of [
      ['ping-no-host', ['-c', '1', 'nosuch.example']],
      ['ping-unreachable', ['-c', '1', '10.0.0.1']],
      ['ping-usage', []],
      ['ping-bad-count', ['-c', 'abc', 'localhost']],
      ['ping-count-zero', ['-c', '0', 'localhost']],
      ['ping-ttl-range', ['-t', '300', 'localhost']],
      ['ping-bad-option', ['-z', 'localhost']],
      ['ping-help', ['-h']],
      ['ping-v6', ['-6', '-c', '1', 'localhost']],
      ['ping-version', ['-V']],
    ] as const) {
      expect(asFixture(ping([...args])), name).toBe(fixture(name));
    }
    const flood = ping(['-i', '0.001', '-c', '1', '127.0.0.1']);
    expect(asFixture({ ...flood, err: '' }).replace(/exit 2\n$/, '') + flood.err + 'exit 2\n').toBe(fixture('ping-flood-user'));
    expect(ping(['-i', '0.001', '-c', '1', '127.0.0.1'], 0).code).toBe(0);
  });

  it('ends with the statistics on SIGINT (Ctrl-C)', () => {
    const m = netMachine(1, { httpd: false });
    const s = start(m, ['/usr/bin/ping', 'localhost']);
    m.runUntil(() => false, { maxVirtualMs: 2500 });
    sendSignal(m.kernel, m.kernel.procs.get(s.pid)!, SIGINT);
    expect(asFixture(finish(m, s, 1000))).toBe(fixture('ping-sigint'));
  });

  it('Ctrl-C at a terminal: ^C echoed, then the statistics', () => {
    const m = bootStandard({ seed: 1 });
    const t = m.openTerminal({ rows: 24, cols: 80 });
    let screen = '';
    const dec = new TextDecoder();
    t.onOutput((d) => void (screen += dec.decode(d)));
    const pid = m.spawn(['/usr/bin/ping', 'localhost'], { terminal: t, env: { PATH: '/usr/bin:/bin' }, cwd: '/' });
    m.runUntil(() => false, { maxVirtualMs: 2500 });
    t.input('\x03');
    m.runUntil(() => m.exitStatus(pid) !== null, { maxVirtualMs: 1000 });
    expect(mask(screen.replace(/\r\n/g, '\n')) + `exit ${m.exitStatus(pid)! >> 8}\n`).toBe(fixture('ping-ctrl-c'));
  });

  it('takes its times from the virtual clock: the same on every run', () => {
    const exact = 'PING localhost (127.0.0.1) 56(84) bytes of data.\n' +
      '64 bytes from localhost (127.0.0.1): icmp_seq=1 ttl=64 time=0.006 ms\n' +
      '64 bytes from localhost (127.0.0.1): icmp_seq=2 ttl=64 time=0.006 ms\n\n' +
      '--- localhost ping statistics ---\n' +
      '2 packets transmitted, 2 received, 0% packet loss, time 1000ms\n' +
      'rtt min/avg/max/mdev = 0.006/0.006/0.006/0.000 ms\n';
    expect(ping(['-c', '2', 'localhost']).out).toBe(exact);
    expect(ping(['-c', '2', 'localhost']).out).toBe(exact);
    const far = ping(['-c', '1', 'example.com']).out;
    expect(far).toMatch(/^PING example\.com \(198\.51\.100\.34\) 56\(84\) bytes of data\.\n64 bytes from 198\.51\.100\.34 \(198\.51\.100\.34\): icmp_seq=1 ttl=64 time=40\.0 ms\n/);
  });

  it('shows up in tcpdump as ICMP echo request and reply', () => {
    const m = netMachine(1, { httpd: false });
    const t = start(m, ['/usr/bin/tcpdump', '-i', 'lo', '-n', '-c', '2', 'icmp'], { uid: 0 });
    m.runUntil(() => false, { maxVirtualMs: 10 });
    run(m, ['/usr/bin/ping', '-c', '1', 'localhost']);
    const lines = finish(m, t, 1000).out.replace(/^\S+ /gm, '');
    expect(lines).toBe('IP 127.0.0.1 > 127.0.0.1: ICMP echo request, id 1, seq 1, length 64\n' +
      'IP 127.0.0.1 > 127.0.0.1: ICMP echo reply, id 1, seq 1, length 64\n');
  });
});
