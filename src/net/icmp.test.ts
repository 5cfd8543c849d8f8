/** ICMP echo: ping sockets, raw sockets, hosts answering, unreachable destinations. */
import { describe, expect, it } from 'vitest';
import { EAGAIN, EINVAL, ENETUNREACH, EPERM } from '../abi/errno.ts';
import { AF_INET, IPPROTO_ICMP, SOCK_DGRAM, SOCK_RAW } from '../abi/socket.ts';
import type { SockAddr } from '../abi/sys.ts';
import { OpenFile } from '../kernel/file.ts';
import { fillChecksum, inetChecksum } from './icmp.ts';
import * as sys from './syscalls.ts';
import { fakeCaller, testStack } from './testing.ts';

const user = fakeCaller(100, 1000), root = fakeCaller(1, 0);
const inet = (addr: string): SockAddr => ({ family: 'inet', addr, port: 0 });

/** An echo request: type 8, id 0 (the kernel sets it), `seq`, 56 bytes of data. */
function echo(seq: number, fill = 0x10): Uint8Array {
  const b = new Uint8Array(64);
  b[0] = 8;
  b[6] = seq >> 8;
  b[7] = seq & 255;
  for (let i = 8; i < 64; i++) b[i] = (fill + i - 8) & 255;
  return b;
}

function setup() {
  const t = testStack();
  const open = (type: number, who = user): OpenFile | number => {
    const s = sys.socket(t.net, null, who, false, AF_INET, type, IPPROTO_ICMP);
    return typeof s === 'number' ? s : new OpenFile(s, 2, 'socket:');
  };
  const ping = (): OpenFile => open(SOCK_DGRAM) as OpenFile;
  return { ...t, open, ping };
}

describe('ping sockets (SOCK_DGRAM, IPPROTO_ICMP)', () => {
  it('loopback: the reply comes back after two one-way latencies, with the socket\'s identifier', () => {
    const { env, net, ping } = setup();
    const a = ping(), b = ping();
    expect(sys.sendto(net, a, user, false, echo(1), 0, inet('127.0.0.1'))).toBe(64);
    expect(sys.sendto(net, b, user, false, echo(7), 0, inet('127.0.0.1'))).toBe(64);
    expect(sys.getsockname(net, a, user, false)).toEqual({ family: 'inet', addr: '0.0.0.0', port: 1 });
    expect(sys.getsockname(net, b, user, false)).toEqual({ family: 'inet', addr: '0.0.0.0', port: 2 });
    env.advance(19_999);
    expect(sys.recvfrom(net, a, user, false, 200, 0)).toBe(-EAGAIN);
    env.advance(20_000);
    const r = sys.recvfrom(net, a, user, false, 200, 0);
    if (typeof r === 'number') throw new Error(`recv ${r}`);
    expect(r.addr).toEqual({ family: 'inet', addr: '127.0.0.1', port: 0 });
    expect([r.data[0], r.data[1], r.data[4], r.data[5], r.data[6], r.data[7]]).toEqual([0, 0, 0, 1, 0, 1]);
    expect(inetChecksum(r.data)).toBe(0);
    expect([...r.data.subarray(8)]).toEqual([...echo(1).subarray(8)]);
    expect(net.log.since().map((e) => `${e.timeNs} ${e.iface} ${e.src.addr} > ${e.dst.addr} ${e.note} len ${e.len}`)).toEqual([
      '0 lo 127.0.0.1 > 127.0.0.1 echo request, id 1, seq 1 len 56',
      '0 lo 127.0.0.1 > 127.0.0.1 echo request, id 2, seq 7 len 56',
      '10000 lo 127.0.0.1 > 127.0.0.1 echo reply, id 1, seq 1 len 56',
      '10000 lo 127.0.0.1 > 127.0.0.1 echo reply, id 2, seq 7 len 56',
    ]);
    const r2 = sys.recvfrom(net, b, user, false, 200, 0);
    expect(typeof r2 === 'number' ? r2 : r2.data[7]).toBe(7);
  });

  it('simulated hosts answer after their latency; the machine answers on its own eth0 address', () => {
    const { env, net, ping } = setup();
    net.addHost('far.example', '198.51.100.9');
    const a = ping();
    sys.sendto(net, a, user, false, echo(1), 0, inet('198.51.100.9'));
    sys.sendto(net, a, user, false, echo(2), 0, inet('192.0.2.2'));
    env.drain();
    const got: string[] = [];
    for (let r = sys.recvfrom(net, a, user, false, 200, 0); typeof r !== 'number'; r = sys.recvfrom(net, a, user, false, 200, 0)) {
      got.push(`${r.addr?.family === 'inet' ? r.addr.addr : ''} seq ${r.data[7]}`);
    }
    expect(got).toEqual(['192.0.2.2 seq 2', '198.51.100.9 seq 1']);
    expect(net.log.since().map((e) => `${e.timeNs} ${e.iface} ${e.src.addr} > ${e.dst.addr} ${e.note}`)).toEqual([
      '0 eth0 192.0.2.2 > 198.51.100.9 echo request, id 1, seq 1',
      '0 lo 192.0.2.2 > 192.0.2.2 echo request, id 1, seq 2',
      '10000 lo 192.0.2.2 > 192.0.2.2 echo reply, id 1, seq 2',
      '20000000 eth0 198.51.100.9 > 192.0.2.2 echo reply, id 1, seq 1',
    ]);
  });

  it('nobody answers for an unused address on an outside subnet; elsewhere there is no route', () => {
    const { env, net, ping } = setup();
    const a = ping();
    expect(sys.sendto(net, a, user, false, echo(1), 0, inet('203.0.113.200'))).toBe(64);
    expect(sys.sendto(net, a, user, false, echo(1), 0, inet('10.0.0.1'))).toBe(-ENETUNREACH);
    expect(sys.connect(net, a, user, false, inet('8.8.8.8'))).toBe(-ENETUNREACH);
    env.drain();
    expect(sys.recvfrom(net, a, user, false, 200, 0)).toBe(-EAGAIN);
    expect(net.log.since().map((e) => `${e.iface} ${e.note}`)).toEqual(['eth0 echo request, id 1, seq 1']);
  });

  it('accepts only echo requests of at least 8 bytes', () => {
    const { net, ping } = setup();
    const a = ping();
    const reply = echo(1);
    reply[0] = 0;
    expect(sys.sendto(net, a, user, false, reply, 0, inet('127.0.0.1'))).toBe(-EINVAL);
    expect(sys.sendto(net, a, user, false, new Uint8Array([8, 0, 0, 0]), 0, inet('127.0.0.1'))).toBe(-EINVAL);
  });
});

describe('raw ICMP sockets', () => {
  it('are for root only', () => {
    const { open } = setup();
    expect(open(SOCK_RAW)).toBe(-EPERM);
    expect(typeof open(SOCK_RAW, root)).toBe('object');
  });

  it('see every ICMP packet reaching the machine, IPv4 header first; a bad checksum is dropped', () => {
    const { env, net, open } = setup();
    const raw = open(SOCK_RAW, root) as OpenFile;
    const bad = echo(5);
    bad[4] = 0x12;
    expect(sys.sendto(net, raw, root, false, bad, 0, inet('127.0.0.1'))).toBe(64);
    const good = echo(6);
    good[4] = 0x12;
    fillChecksum(good);
    sys.sendto(net, raw, root, false, good, 0, inet('127.0.0.1'));
    env.drain();
    const seen: string[] = [];
    for (let r = sys.recvfrom(net, raw, root, false, 200, 0); typeof r !== 'number'; r = sys.recvfrom(net, raw, root, false, 200, 0)) {
      const d = r.data;
      seen.push(`${d.length} v${d[0]! >> 4} ttl ${d[8]} proto ${d[9]} type ${d[20]} id ${(d[24]! << 8) | d[25]!} seq ${d[27]} ipck ${inetChecksum(d.subarray(0, 20))}`);
    }
    expect(seen).toEqual(['84 v4 ttl 64 proto 1 type 8 id 4608 seq 6 ipck 0', '84 v4 ttl 64 proto 1 type 0 id 4608 seq 6 ipck 0']);
  });
});
