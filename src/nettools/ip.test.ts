/**
 * ip against layouts recorded from iproute2 6.1 by fixtures/record-ip.sh
 * (edited there into this machine's interfaces), and the /proc/net files
 * it reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sysinfoPrograms } from '../programs/sysinfo.ts';
import { textPrograms } from '../programs/text.ts';
import { netMachine, run, type Run } from './testing.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/ip/${name}`, import.meta.url), 'utf8');
const asFixture = (r: Run): string => `${r.out}${r.err}exit ${r.code}\n`;

describe('ip (iproute2 6.1)', () => {
  it('lists addresses, links and routes in iproute2\'s layouts', () => {
    const m = netMachine(1, { httpd: false });
    for (const [name, args, uid] of [
      ['ip-addr', ['addr'], 1000],
      ['ip-addr', ['a'], 1000],
      ['ip-4-addr', ['-4', 'addr'], 1000],
      ['ip-addr-eth0', ['addr', 'show', 'dev', 'eth0'], 1000],
      ['ip-link', ['link'], 1000],
      ['ip-link-lo', ['link', 'show', 'lo'], 1000],
      ['ip-br-addr', ['-br', 'addr'], 1000],
      ['ip-br-link', ['-br', 'link'], 1000],
      ['ip-route', ['route'], 1000],
      ['ip-route', ['r'], 1000],
      ['ip-route-get-local', ['route', 'get', '127.0.0.1'], 0],
      ['ip-route-get-own', ['route', 'get', '192.0.2.2'], 0],
      ['ip-route-get-link', ['route', 'get', '192.0.2.9'], 0],
      ['ip-route-get-unreach', ['route', 'get', '10.0.0.1'], 0],
    ] as const) {
      expect(asFixture(run(m, ['/usr/sbin/ip', ...args], { uid })), name).toBe(fixture(`${name}.out`));
    }
    // The gateway form: ip-route-get-link's layout with "via GATEWAY" after the destination, as `ip route` prints it.
    expect(run(m, ['/usr/sbin/ip', 'route', 'get', '198.51.100.9']).out).toBe('198.51.100.9 via 192.0.2.1 dev eth0 src 192.0.2.2 uid 1000 \n    cache \n');
    expect(run(m, ['/usr/sbin/ip', '-6', 'addr'])).toEqual({ out: '', err: '', code: 0 });
  });

  it('fails as ip does', () => {
    const m = netMachine(1, { httpd: false });
    for (const [name, args] of [
      ['ip-addr-missing', ['addr', 'show', 'dev', 'nosuch']],
      ['ip-unknown', ['foo']],
      ['ip-usage', []],
      ['ip-version', ['-V']],
      ['ip-route-get-name', ['route', 'get', 'example.com']],
      ['ip-addr-cmd-unknown', ['addr', 'foo']],
      ['ip-route-cmd-unknown', ['route', 'foo']],
      ['ip-option-unknown', ['-x', 'addr']],
      ['ip-dev-incomplete', ['addr', 'show', 'dev']],
      ['ip-add-user', ['addr', 'add', '192.0.2.3/24', 'dev', 'eth0']],
    ] as const) {
      expect(asFixture(run(m, ['/usr/sbin/ip', ...args])), name).toBe(fixture(`${name}.out`));
    }
  });
});

describe('ip -s', () => {
  it('prints the counters of /proc/net/dev in print_link_stats64\'s layout', () => {
    const m = netMachine(1, { httpd: false });
    run(m, ['/usr/bin/ping', '-c', '2', '-q', '127.0.0.1']);
    // The recording's host counts 84 bytes a packet on lo; Linux, and this machine, count the 14-byte header too.
    expect(asFixture(run(m, ['/usr/sbin/ip', '-s', 'link', 'show', 'lo']))).toBe(fixture('ip-s-link-lo.out').replace(/ 336 /g, ' 392 '));
  });
});

describe('/proc/net/route and /proc/net/dev', () => {
  it('hold the routing table and the interface counters in Linux\'s formats', () => {
    const m = netMachine(1, { httpd: false });
    m.installProgram('/bin/cat', textPrograms()['/bin/cat']!);
    const route = run(m, ['/bin/cat', '/proc/net/route']).out;
    // Linux pads every line to 127 columns (the recording's host pads some to 129).
    expect(route.split('\n').slice(0, -1).every((l) => l.length === 127)).toBe(true);
    expect(route.replace(/ +\n/g, '\n')).toBe(fixture('proc-net-route.txt').replace(/ +\n/g, '\n'));
    run(m, ['/usr/bin/ping', '-c', '1', 'localhost']);
    run(m, ['/usr/bin/ping', '-c', '1', '198.51.100.9', '-W', '1']);
    const dev = run(m, ['/bin/cat', '/proc/net/dev']).out;
    expect(dev).toBe(fixture('proc-net-dev-header.txt') +
      '    lo:     196       2    0    0    0     0          0         0      196       2    0    0    0     0       0          0\n' +
      '  eth0:       0       0    0    0    0     0          0         0       98       1    0    0    0     0       0          0\n');
  });
});

describe('hostname -I', () => {
  it('prints the machine\'s addresses but loopback, each followed by a space', () => {
    const m = netMachine(1, { httpd: false });
    m.installProgram('/bin/hostname', sysinfoPrograms()['/bin/hostname']!);
    expect(run(m, ['/bin/hostname', '-I'])).toEqual({ out: '192.0.2.2 \n', err: '', code: 0 });
  });
});
