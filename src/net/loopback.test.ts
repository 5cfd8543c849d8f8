/**
 * The machine's loopback (latency 0): what one socket call sends is in the
 * peer's queue when the call returns, as on Linux; a blocking connect
 * completes within the call. Also SO_REUSEPORT sharing and the
 * SO_RCVTIMEO clock kept per caller.
 */
import { describe, expect, it } from 'vitest';
import { EADDRINUSE, ECONNREFUSED } from '../abi/errno.ts';
import { AF_INET, SOCK_DGRAM, SOCK_STREAM, SOL_SOCKET, SO_RCVTIMEO, SO_REUSEPORT, SO_SNDBUF } from '../abi/socket.ts';
import type { SockAddr } from '../abi/sys.ts';
import { OpenFile } from '../kernel/file.ts';
import { ByteQueue } from './bytes.ts';
import { CommonOptions } from './sock.ts';
import * as sys from './syscalls.ts';
import { fakeCaller, testStack } from './testing.ts';
import type { TcpSock } from './tcp-socket.ts';

const me = fakeCaller(100, 1000);
const other = fakeCaller(101, 1001);
const inet = (addr: string, port: number): SockAddr => ({ family: 'inet', addr, port });
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

function machineStack() {
  const { env, net } = testStack({ loLatencyNs: 0 });
  const open = (type: number): OpenFile => {
    const s = sys.socket(net, null, me, false, AF_INET, type, 0);
    if (typeof s === 'number') throw new Error(`socket ${s}`);
    return new OpenFile(s, 2, 'socket:');
  };
  return { env, net, open };
}

describe('loopback with latency 0', () => {
  it('a blocking connect, a send and the peer\'s read each complete within one call', () => {
    const { net, open } = machineStack();
    const l = open(SOCK_STREAM), c = open(SOCK_STREAM);
    sys.bind(net, l, me, false, inet('127.0.0.1', 7000));
    sys.listen(net, l, me, false, 5);
    expect(sys.connect(net, c, me, false, inet('127.0.0.1', 7000))).toBe(0);
    const a = sys.accept(net, l, me, false);
    if (typeof a === 'number') throw new Error(`accept ${a}`);
    expect(sys.sendto(net, c, me, false, enc('hello'), 0)).toBe(5);
    const got = a.sock.read!(new OpenFile(a.sock, 2, ''), 100, me);
    expect(typeof got === 'number' ? got : dec(got)).toBe('hello');
    // The send buffer grew at establishment (tcp_sndbuf_expand), SO_SNDBUF pins it.
    expect((c.ops as TcpSock).tcb.wmem).toBe(2626560);
    expect(sys.setsockopt(net, c, me, false, SOL_SOCKET, SO_SNDBUF, 8192)).toBe(0);
    expect(sys.getsockopt(net, c, me, false, SOL_SOCKET, SO_SNDBUF)).toBe(16384);
  });

  it('a refused connect fails within the call; a datagram is queued by the time sendto returns', () => {
    const { net, open } = machineStack();
    expect(sys.connect(net, open(SOCK_STREAM), me, false, inet('127.0.0.1', 7001))).toBe(-ECONNREFUSED);
    const u = open(SOCK_DGRAM), v = open(SOCK_DGRAM);
    sys.bind(net, v, me, false, inet('127.0.0.1', 7002));
    sys.connect(net, u, me, false, inet('127.0.0.1', 7003)); // connected elsewhere
    expect(sys.sendto(net, u, me, false, enc('direct'), 0, inet('127.0.0.1', 7002))).toBe(6);
    const r = sys.recvfrom(net, v, me, false, 100, 0);
    expect(typeof r === 'number' ? r : dec(r.data)).toBe('direct');
  });
});

describe('SO_REUSEPORT', () => {
  it('lets two sockets of one user share a port; not when only one set it, nor across users', () => {
    const { net, open } = machineStack();
    const bindWith = (reuse: boolean, who = me): number => {
      const s = open(SOCK_STREAM);
      if (reuse) sys.setsockopt(net, s, who, false, SOL_SOCKET, SO_REUSEPORT, 1);
      const r = sys.bind(net, s, who, false, inet('127.0.0.1', 7010));
      return r < 0 ? r : sys.listen(net, s, who, false, 5);
    };
    expect(bindWith(true)).toBe(0);
    expect(bindWith(true)).toBe(0);
    expect(bindWith(false)).toBe(-EADDRINUSE);
    expect(bindWith(true, other)).toBe(-EADDRINUSE);
  });

  it('spreads connections over the listeners that share a port', () => {
    const { net, open } = machineStack();
    const ls = [open(SOCK_STREAM), open(SOCK_STREAM)];
    for (const l of ls) {
      sys.setsockopt(net, l, me, false, SOL_SOCKET, SO_REUSEPORT, 1);
      sys.bind(net, l, me, false, inet('127.0.0.1', 7020));
      sys.listen(net, l, me, false, 16);
    }
    for (let i = 0; i < 8; i++) expect(sys.connect(net, open(SOCK_STREAM), me, false, inet('127.0.0.1', 7020))).toBe(0);
    const accepted = ls.map((l) => {
      let n = 0;
      while (typeof sys.accept(net, l, me, false) !== 'number') n++;
      return n;
    });
    expect(accepted[0]! + accepted[1]!).toBe(8);
    expect(accepted[0]! > 0 && accepted[1]! > 0).toBe(true);
  });
});

describe('SO_RCVTIMEO clock', () => {
  it('starts at the first wait of a call, expires once, and restarts after the call settles', () => {
    const o = new CommonOptions();
    expect(o.waitUntil(1, 'r', 0)).toBeNull();
    o.set(SO_RCVTIMEO, 250_000); // 250 ms, kept in 4 ms ticks: 252 ms
    expect(o.get(SO_RCVTIMEO)).toBe(252_000);
    expect(o.waitUntil(1, 'r', 1e6)).toBe(253e6);
    expect(o.waitUntil(1, 'r', 100e6)).toBe(253e6);
    expect(o.waitUntil(2, 'r', 100e6)).toBe(352e6); // another caller has its own clock
    expect(o.waitUntil(1, 'r', 253e6)).toBe('expired');
    expect(o.waitUntil(1, 'r', 300e6)).toBe(552e6);
    o.settle(2, 'r');
    expect(o.waitUntil(2, 'r', 400e6)).toBe(652e6);
  });
});

describe('ByteQueue', () => {
  it('takes across chunks, hands out a whole chunk without copying, and keeps pushes apart from their source', () => {
    const q = new ByteQueue();
    const src = enc('abc');
    q.push(src);
    src[0] = 120; // a pushed copy does not see later writes
    q.pushOwned(enc('defg'));
    q.push(enc('hi'));
    expect(dec(q.peek(1, 4))).toBe('bcde');
    expect(dec(q.take(2))).toBe('ab');
    expect(dec(q.take(100))).toBe('cdefghi');
    expect(q.length).toBe(0);
    const owned = enc('whole');
    q.pushOwned(owned);
    expect(q.take(5)).toBe(owned);
  });
});
