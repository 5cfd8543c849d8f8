import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finish, netMachine, run, start, type Run } from './testing.ts';

/** A fixture recorded by fixtures/record.sh: combined output plus "exit N". */
function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}.out`, import.meta.url), 'utf8');
}

const asFixture = (r: Run): string => `${r.out}${r.err}exit ${r.code}\n`;

describe('nc (netcat-openbsd 1.219)', () => {
  it('reports refused connections only with -v, and usage errors as nc does', () => {
    const m = netMachine(1, { httpd: false });
    for (const [name, argv] of [
      ['nc-refused-quiet', ['nc', 'localhost', '9901']],
      ['nc-refused-verbose', ['nc', '-v', 'localhost', '9901']],
      ['nc-usage', ['nc']],
      ['nc-missing-port', ['nc', 'localhost']],
      ['nc-no-host', ['nc', '-v', 'nosuch.example', '80']],
    ] as const) {
      expect(asFixture(run(m, ['/usr/bin/nc', ...argv.slice(1)])), name).toBe(fixture(name));
    }
  });

  it('carries a session: -N sends FIN at stdin EOF, the listener prints and exits; -z -v scans', () => {
    const m = netMachine(1, { httpd: false });
    const l = start(m, ['/usr/bin/nc', '-lk', '127.0.0.1', '9900']);
    m.runUntil(() => false, { maxVirtualMs: 10 });
    expect(asFixture(run(m, ['/usr/bin/ss', '-tln']))).toBe(fixture('ss-tln'));
    expect(run(m, ['/usr/bin/ss', '-tlnp']).out.replace(/pid=\d+/g, 'pid=PID')).toBe(fixture('ss-tlnp'));
    expect(asFixture(run(m, ['/usr/bin/nc', '-vz', 'localhost', '9900']))).toBe(fixture('nc-zero-verbose'));
    expect(asFixture(run(m, ['/usr/bin/nc', '-N', '127.0.0.1', '9900'], { stdin: 'hello\n' }))).toBe(fixture('nc-client'));
    m.runUntil(() => false, { maxVirtualMs: 10 });
    expect(l.io.out).toBe(readFileSync(new URL('./fixtures/nc-listener-received.txt', import.meta.url), 'utf8'));
  });

  it('-l -v announces the listener and the peer; without -k it exits after one session', () => {
    const m = netMachine(1, { httpd: false });
    const l = start(m, ['/usr/bin/nc', '-lv', '9900']);
    m.runUntil(() => false, { maxVirtualMs: 10 });
    const c = run(m, ['/usr/bin/nc', '-N', 'localhost', '9900'], { stdin: 'hi\n' });
    const r = finish(m, l, 1000);
    expect(c.code).toBe(0);
    expect(r.out).toBe('hi\n');
    expect(r.err).toMatch(/^Listening on 0\.0\.0\.0 9900\nConnection received on localhost (\d+)\n$/);
    const port = Number(/(\d+)\n$/.exec(r.err)![1]);
    expect(port >= 32768 && port <= 60999).toBe(true);
  });
});

describe('curl (7.88.1)', () => {
  it('fails like curl: refused, unresolvable, bad option', () => {
    const m = netMachine(1, { httpd: false });
    expect(asFixture(run(m, ['/usr/bin/curl', '-sS', 'http://localhost:9901/']))).toBe(fixture('curl-refused'));
    expect(asFixture(run(m, ['/usr/bin/curl', '-sS', 'http://nosuch.example/']))).toBe(fixture('curl-no-host'));
    expect(asFixture(run(m, ['/usr/bin/curl', '--nosuch', 'http://localhost/']))).toBe(fixture('curl-bad-option'));
  });

  it('fetches from the local web server, with -i, -I, -w and -f', () => {
    const m = netMachine();
    expect(run(m, ['/usr/bin/curl', '-s', 'http://localhost/'])).toEqual({ out: '<h1>It works!</h1>\n', err: '', code: 0 });
    const head = run(m, ['/usr/bin/curl', '-sI', 'http://localhost/']).out;
    expect(head).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*Content-Length: 19\r\n[\s\S]*\r\n\r\n$/);
    expect(run(m, ['/usr/bin/curl', '-s', '-o', '/dev/null', '-w', '%{http_code}\\n', 'http://localhost/nope']).out).toBe('404\n');
    expect(run(m, ['/usr/bin/curl', '-sSf', 'http://localhost/nope'])).toEqual({
      out: '', err: 'curl: (22) The requested URL returned error: 404\n', code: 22,
    });
  });
});

describe('tcpdump', () => {
  it('refuses an unprivileged user with tcpdump\'s message', () => {
    const m = netMachine(1, { httpd: false });
    expect(asFixture(run(m, ['/usr/bin/tcpdump', '-i', 'lo', '-c', '1']))).toBe(fixture('tcpdump-user'));
  });

  it('prints a TCP session on lo in tcpdump\'s line format with relative sequence numbers', () => {
    const m = netMachine(1, { httpd: false });
    const l = start(m, ['/usr/bin/nc', '-l', '9900']);
    const t = start(m, ['/usr/bin/tcpdump', '-i', 'lo', '-n', '-c', '4', 'tcp', 'and', 'port', '9900'], { uid: 0 });
    m.runUntil(() => false, { maxVirtualMs: 10 });
    run(m, ['/usr/bin/nc', '-N', '127.0.0.1', '9900'], { stdin: 'hello\n' });
    const r = finish(m, t, 1000);
    finish(m, l, 1000);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{6} IP 127\.0\.0\.1\.(\d+) > 127\.0\.0\.1\.9900: Flags \[S\], seq \d+, win \d+, options \[mss \d+\], length 0$/);
    expect(lines[1]).toMatch(/^\S+ IP 127\.0\.0\.1\.9900 > 127\.0\.0\.1\.\d+: Flags \[S\.\], seq \d+, ack \d+, win \d+, options \[mss \d+\], length 0$/);
    expect(lines[2]).toMatch(/^\S+ IP 127\.0\.0\.1\.\d+ > 127\.0\.0\.1\.9900: Flags \[\.\], ack 1, win \d+, length 0$/);
    expect(lines[3]).toMatch(/^\S+ IP 127\.0\.0\.1\.\d+ > 127\.0\.0\.1\.9900: Flags \[P\.\], seq 1:7, ack 1, win \d+, length 6$/);
    expect(r.err).toBe('tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\n' +
      'listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes\n' +
      '4 packets captured\n' + `${/(\d+) packets received/.exec(r.err)![1]} packets received by filter\n0 packets dropped by kernel\n`);
  });
});

describe('tcpdump -q -t', () => {
  it('prints protocol and length without timestamps, as fixtures/record-tcpdump.sh recorded', () => {
    const m = netMachine(1, { httpd: false });
    const t = start(m, ['/usr/bin/tcpdump', '-l', '-i', 'lo', '-n', '-q', '-t', '-c', '8', 'port', '9902'], { uid: 0 });
    const l = start(m, ['/usr/bin/nc', '-l', '127.0.0.1', '9902']);
    m.runUntil(() => false, { maxVirtualMs: 10 });
    run(m, ['/usr/bin/nc', '-N', '127.0.0.1', '9902'], { stdin: 'hello\n' });
    finish(m, l, 1000);
    const r = finish(m, t, 1000);
    const text = (r.err.split('\n').slice(0, 2).join('\n') + '\n' + r.out + r.err.split('\n').slice(2).join('\n'))
      .replace(/127\.0\.0\.1\.9902/g, '9902').replace(/127\.0\.0\.1\.\d+/g, 'EPH').replace(/^\d+ packets received by filter\n/m, '');
    expect(text).toBe(readFileSync(new URL('./fixtures/tcpdump-quiet.out', import.meta.url), 'utf8'));
  });
});

describe('getent and host', () => {
  it('answer as glibc getent and bind9-host do', () => {
    const m = netMachine(1, { httpd: false });
    for (const [name, argv] of [
      ['getent-hosts-localhost', ['getent', 'hosts', 'localhost']],
      ['getent-hosts-missing', ['getent', 'hosts', 'nosuch.example']],
      ['getent-services-http', ['getent', 'services', 'http']],
      ['getent-passwd-root', ['getent', 'passwd', 'root']],
      ['getent-unknown-db', ['getent', 'nosuchdb', 'x']],
      ['host-missing', ['host', 'nosuch.example']],
      ['host-localhost', ['host', 'localhost']],
    ] as const) {
      expect(asFixture(run(m, [`/usr/bin/${argv[0]}`, ...argv.slice(1)])), name).toBe(fixture(name));
    }
    expect(run(m, ['/usr/bin/host', 'httpbin.org']).out).toBe('httpbin.org has address 198.51.100.80\n');
    expect(run(m, ['/usr/bin/getent', 'hosts', 'example.com']).out).toBe('198.51.100.34   example.com\n');
  });
});
