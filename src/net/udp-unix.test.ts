/** UDP, Unix-domain sockets, the resolver, simulated hosts and ss snapshots. */
import { describe, expect, it } from 'vitest';
import { EADDRINUSE, EAGAIN, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EINPROGRESS, ENETUNREACH, ENOENT,
  EOPNOTSUPP, EPIPE } from '../abi/errno.ts';
import { AF_INET, AF_UNIX, EAI_NONAME, MSG_PEEK, MSG_TRUNC, SOCK_DGRAM, SOCK_STREAM } from '../abi/socket.ts';
import { SIGPIPE } from '../abi/signals.ts';
import type { SockAddr } from '../abi/sys.ts';
import { OpenFile } from '../kernel/file.ts';
import type { Sock } from './sock.ts';
import * as sys from './syscalls.ts';
import { fakeCaller, testStack } from './testing.ts';
import { UdpSock } from './udp.ts';
import { TcpSock } from './tcp-socket.ts';

const me = fakeCaller(100, 1000);
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (r: unknown): string =>
  typeof r === 'number' ? `errno ${-r}` : new TextDecoder().decode((r as { data: Uint8Array }).data);
const inet = (addr: string, port: number): SockAddr => ({ family: 'inet', addr, port });

function setup() {
  const t = testStack();
  const { env, net } = t;
  const files = new Map<string, number>();
  let ino = 5000;
  env.bindSocketPath = (path: string): number => {
    if (files.has(path)) return -EADDRINUSE;
    files.set(path, ino);
    return ino++;
  };
  env.lookupSocketPath = (path: string): number => files.get(path) ?? -ENOENT;
  const open = (domain: number, type: number): OpenFile => {
    const s = sys.socket(net, null, me, false, domain, type, 0);
    if (typeof s === 'number') throw new Error(`socket ${s}`);
    return new OpenFile(s, 2, 'socket:');
  };
  return { ...t, open };
}

describe('UDP', () => {
  it('keeps datagram boundaries; a short read truncates and MSG_TRUNC tells the full size', () => {
    const { env, net, open } = setup();
    const a = open(AF_INET, SOCK_DGRAM), b = open(AF_INET, SOCK_DGRAM);
    expect(sys.bind(net, a, me, false, inet('0.0.0.0', 9001))).toBe(0);
    sys.sendto(net, b, me, false, enc('first datagram'), 0, inet('127.0.0.1', 9001));
    sys.sendto(net, b, me, false, enc('2nd'), 0, inet('127.0.0.1', 9001));
    env.drain();
    const r = sys.recvfrom(net, a, me, false, 5, MSG_TRUNC);
    expect(text(r)).toBe('first');
    expect(r).toMatchObject({ truncated: true, fullLength: 14, addr: { family: 'inet', addr: '127.0.0.1' } });
    expect(text(sys.recvfrom(net, a, me, false, 100, MSG_PEEK))).toBe('2nd');
    expect(text(sys.recvfrom(net, a, me, false, 100, 0))).toBe('2nd');
    expect(sys.recvfrom(net, a, me, false, 100, 0)).toBe(-EAGAIN);
  });

  it('a full receive buffer drops datagrams', () => {
    const { env, net, open } = setup();
    const a = open(AF_INET, SOCK_DGRAM), b = open(AF_INET, SOCK_DGRAM);
    sys.bind(net, a, me, false, inet('127.0.0.1', 9002));
    for (let i = 0; i < 10; i++) sys.sendto(net, b, me, false, new Uint8Array(30000), 0, inet('127.0.0.1', 9002));
    env.drain();
    const udp = a.ops as UdpSock;
    expect(udp.drops).toBe(3); // 212992 bytes hold 7 of them
    let got = 0;
    while (typeof sys.recvfrom(net, a, me, false, 65536, 0) !== 'number') got++;
    expect(got).toBe(7);
  });

  it('an unconnected socket hears nothing of ICMP errors; sendto without an address needs one', () => {
    const { env, net, open } = setup();
    const a = open(AF_INET, SOCK_DGRAM);
    expect(sys.sendto(net, a, me, false, enc('x'), 0)).toBe(-EDESTADDRREQ);
    expect(sys.sendto(net, a, me, false, enc('x'), 0, inet('127.0.0.1', 9))).toBe(1);
    env.drain();
    expect(sys.recvfrom(net, a, me, false, 10, 0)).toBe(-EAGAIN);
    expect(net.log.since().map((e) => `${e.proto} ${e.note}`)).toEqual(['udp ', 'icmp udp port 9 unreachable']);
    expect(sys.sendto(net, a, me, false, enc('x'), 0, inet('8.8.8.8', 53))).toBe(-ENETUNREACH);
  });
});

describe('Unix domain sockets', () => {
  it('stream: bind creates the path, connect/accept, bytes both ways, EOF on close', () => {
    const { net, open } = setup();
    const srv = open(AF_UNIX, SOCK_STREAM);
    expect(sys.bind(net, srv, me, false, { family: 'unix', path: '/tmp/s' })).toBe(0);
    expect(sys.bind(net, open(AF_UNIX, SOCK_STREAM), me, false, { family: 'unix', path: '/tmp/s' })).toBe(-EADDRINUSE);
    expect(sys.listen(net, srv, me, false, 1)).toBe(0);
    const cli = open(AF_UNIX, SOCK_STREAM);
    expect(sys.connect(net, cli, me, false, { family: 'unix', path: '/tmp/nope' })).toBe(-ENOENT);
    expect(sys.connect(net, cli, me, false, { family: 'unix', path: '/tmp/s' })).toBe(0);
    const a = sys.accept(net, srv, me, false) as { sock: Sock; addr: SockAddr };
    expect(a.addr).toEqual({ family: 'unix', path: '' });
    const conn = new OpenFile(a.sock, 2, 'socket:');
    sys.sendto(net, cli, me, false, enc('ping'), 0);
    expect(text(sys.recvfrom(net, conn, me, false, 10, 0))).toBe('ping');
    conn.ops.release!(conn);
    expect(text(sys.recvfrom(net, cli, me, false, 10, 0))).toBe('');
    expect(sys.sendto(net, cli, me, false, enc('x'), 0)).toBe(-EPIPE);
  });

  it('stream: closing with unread data resets the peer', () => {
    const { net, env } = setup();
    const [a, b] = sys.socketpair(net, null, me, false, AF_UNIX, SOCK_STREAM, 0) as [Sock, Sock];
    const fa = new OpenFile(a, 2, ''), fb = new OpenFile(b, 2, '');
    sys.sendto(net, fa, me, false, enc('unread'), 0);
    b.release!(fb);
    expect(sys.recvfrom(net, fa, me, false, 10, 0)).toBe(-ECONNRESET);
    expect(sys.sendto(net, fa, me, false, enc('x'), 0)).toBe(-EPIPE);
    expect(env.kills).toEqual([[100, SIGPIPE]]);
  });

  it('datagram: boundaries, sender address, and a queue of 10 before senders wait', () => {
    const { net, open } = setup();
    const srv = open(AF_UNIX, SOCK_DGRAM), cli = open(AF_UNIX, SOCK_DGRAM);
    sys.bind(net, srv, me, false, { family: 'unix', path: '/tmp/d' });
    sys.bind(net, cli, me, false, { family: 'unix', path: '/tmp/c' });
    for (let i = 0; i < 10; i++) expect(sys.sendto(net, cli, me, false, enc(`m${i}`), 0, { family: 'unix', path: '/tmp/d' })).toBe(2);
    expect(sys.sendto(net, cli, me, false, enc('m10'), 0, { family: 'unix', path: '/tmp/d' })).toBe(-EAGAIN);
    const r = sys.recvfrom(net, srv, me, false, 100, 0);
    expect(r).toMatchObject({ addr: { family: 'unix', path: '/tmp/c' } });
    expect(text(r)).toBe('m0');
    expect(sys.listen(net, srv, me, false, 5)).toBe(-EOPNOTSUPP);
  });
});

describe('resolver', () => {
  it('reads /etc/hosts, then the simulated DNS; unknown names are EAI_NONAME', () => {
    const { net, env } = setup();
    env.files.set('/etc/hosts', '127.0.0.1 localhost\n# comment\n::1 localhost\n192.0.2.80 web.local web\n');
    env.files.set('/etc/services', 'http\t\t80/tcp\t\twww\nsyslog\t\t514/udp\n');
    expect(sys.resolve(net, null, me, false, 'localhost')).toEqual(['127.0.0.1']);
    expect(sys.resolve(net, null, me, false, 'WEB')).toEqual(['192.0.2.80']);
    expect(sys.resolve(net, null, me, false, 'nowhere.example')).toBe(EAI_NONAME);
    net.addHost('example.com', '203.0.113.10');
    expect(sys.resolve(net, null, me, false, 'example.com')).toEqual(['203.0.113.10']);
    expect(net.resolver.service('www', 'tcp')).toBe(80);
    expect(net.resolver.service('syslog', 'udp')).toBe(514);
    expect(net.resolver.serviceName(80, 'tcp')).toBe('http');
  });
});

describe('simulated hosts', () => {
  it('a connection to a host crosses eth0 with the link latency each way', () => {
    const { env, net, open } = setup();
    const host = net.addHost('api.test', '198.51.100.7', 20e6);
    const l = new TcpSock(net, host, net.newTcb(host));
    expect(l.bind(inet('0.0.0.0', 80), fakeCaller(1, 0))).toBe(0);
    expect(l.listen(5)).toBe(0);
    const c = open(AF_INET, SOCK_STREAM);
    expect(sys.connect(net, c, me, true, inet('198.51.100.7', 80))).toBe(-EINPROGRESS);
    env.drain(1e9);
    expect(sys.connect(net, c, me, true, inet('198.51.100.7', 80))).toBe(0);
    expect(net.log.since().map((e) => `${e.timeNs / 1e6}ms ${e.iface} ${e.src.addr} > ${e.dst.addr}:${e.dst.port} [${e.flags}]`))
      .toEqual([
        '0ms eth0 192.0.2.2 > 198.51.100.7:80 [S]',
        `20ms eth0 198.51.100.7 > 192.0.2.2:${(c.ops as Sock & { tcb: { local: { port: number } } }).tcb.local.port} [S.]`,
        '40ms eth0 192.0.2.2 > 198.51.100.7:80 [.]',
      ]);
    expect(sys.getsockname(net, c, me, false)).toMatchObject({ addr: '192.0.2.2' });
    // A host's 127.0.0.1 is its own; ours does not reach it.
    const c2 = open(AF_INET, SOCK_STREAM);
    expect(sys.connect(net, c2, me, false, inet('127.0.0.1', 80))).toBe(-EAGAIN);
    env.drain(1e9);
    expect(sys.connect(net, c2, me, false, inet('127.0.0.1', 80))).toBe(-ECONNREFUSED);
  });
});

describe('ss snapshot', () => {
  it('lists listeners, connections and orphans (TIME-WAIT) with queues and inodes', () => {
    const { env, net, open } = setup();
    const l = open(AF_INET, SOCK_STREAM);
    sys.bind(net, l, me, false, inet('0.0.0.0', 8080));
    sys.listen(net, l, me, false, 5);
    const c = open(AF_INET, SOCK_STREAM);
    sys.connect(net, c, me, true, inet('127.0.0.1', 8080));
    env.drain(1e6);
    sys.sendto(net, c, me, false, enc('abc'), 0);
    env.drain(1e6);
    let open_: Sock[] = [l.ops as Sock, c.ops as Sock];
    const lines = () => sys.snapshot(net, open_).map((i) => `${i.proto} ${i.state} ${i.recvQ} ${i.sendQ} ${i.local.replace(/:3\d{4}$/, ':E')} ${i.peer.replace(/:3\d{4}$/, ':E')} ${i.ino > 0}`);
    expect(lines()).toEqual([
      'tcp LISTEN 1 5 0.0.0.0:8080 0.0.0.0:* true',
      'tcp ESTAB 0 0 127.0.0.1:E 127.0.0.1:8080 true',
      'tcp ESTAB 3 0 127.0.0.1:8080 127.0.0.1:E false',
    ]);
    c.ops.release!(c);
    open_ = [l.ops as Sock];
    env.drain(50e6); // the server's ACK of the FIN is delayed (40 ms)
    expect(lines()).toEqual([
      'tcp LISTEN 1 5 0.0.0.0:8080 0.0.0.0:* true',
      'tcp FIN-WAIT-2 0 0 127.0.0.1:E 127.0.0.1:8080 false',
      'tcp CLOSE-WAIT 3 0 127.0.0.1:8080 127.0.0.1:E false',
    ]);
  });
});
