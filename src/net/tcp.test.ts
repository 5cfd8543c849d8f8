/**
 * TCP by state: each factory builds its state from the one before it
 * (closed -> listen -> syn-sent/syn-received -> established -> fin-wait-1 ->
 * fin-wait-2 -> time-wait), and the packet log is checked segment by segment.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EADDRINUSE, EAGAIN, ECONNREFUSED, ECONNRESET, EINPROGRESS, EALREADY, EISCONN, ENOTCONN, EPIPE,
  ETIMEDOUT } from '../abi/errno.ts';
import { MSG_NOSIGNAL, SHUT_WR, SOL_SOCKET, SO_ERROR, SO_REUSEADDR } from '../abi/socket.ts';
import { SIGPIPE } from '../abi/signals.ts';
import type { Caller } from '../kernel/file.ts';
import type { PacketEvent } from './packet-log.ts';
import type { NetStack } from './stack.ts';
import { TcpSock } from './tcp-socket.ts';
import { FakeEnv, fakeCaller, testStack } from './testing.ts';
import type { NetOptions } from './stack.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();
const user: Caller = fakeCaller(100, 1000);

function newTcp(net: NetStack): TcpSock {
  return new TcpSock(net, net.machine, net.newTcb(net.machine));
}

/** tcpdump-like lines with sequence numbers relative to each side's ISN. */
function segments(events: PacketEvent[], client?: number, all: PacketEvent[] = events): string[] {
  const isn = new Map<string, number>();
  for (const e of all) if (e.flags.includes('S')) isn.set(`${e.src.addr}:${e.src.port}`, e.seq);
  const name = (a: { addr: string; port: number }): string =>
    `${a.addr}:${a.port === client ? 'C' : a.port}`;
  return events.map((e) => {
    const from = `${e.src.addr}:${e.src.port}`, to = `${e.dst.addr}:${e.dst.port}`;
    if (e.flags.includes('S')) isn.set(from, e.seq);
    const rel = (v: number, side: string): number => (isn.has(side) ? (v - isn.get(side)!) >>> 0 : v);
    const ack = e.flags.includes('.') ? ` ack ${rel(e.ack, to)}` : '';
    const t = `${(e.timeNs / 1000).toFixed(0)}us`;
    const note = e.note ? ` ${e.note}` : '';
    return `${t} ${name(e.src)} > ${name(e.dst)} [${e.flags}] seq ${rel(e.seq, from)}${ack} win ${e.win} len ${e.len}${note}`;
  });
}

// ---- state factories

function closed(opts: NetOptions = {}) {
  const { env, net } = testStack(opts);
  const server = newTcp(net);
  return { env, net, server };
}

function listening(backlog = 5, opts: NetOptions = {}) {
  const s = closed(opts);
  expect(s.server.bind({ family: 'inet', addr: '127.0.0.1', port: 8080 }, user)).toBe(0);
  expect(s.server.listen(backlog)).toBe(0);
  return s;
}

function synSent(opts: NetOptions = {}) {
  const s = listening(5, opts);
  const client = newTcp(s.net);
  expect(client.connect({ family: 'inet', addr: '127.0.0.1', port: 8080 }, true, user)).toBe(-EINPROGRESS);
  return { ...s, client, cport: client.tcb.local.port };
}

function synReceived() {
  const s = synSent();
  s.env.step(); // the SYN arrives; the listener answers SYN,ACK
  const child = [...s.server.listener!.pending][0]!;
  return { ...s, child };
}

function established() {
  const s = synReceived();
  s.env.runUntil(() => s.server.listener!.acceptQueue.length === 1);
  const a = s.server.accept();
  if (typeof a === 'number') throw new Error(`accept ${a}`);
  return { ...s, conn: a.sock as TcpSock, peerAddr: a.addr };
}

function finWait1() {
  const s = established();
  expect(s.client.shutdown(SHUT_WR)).toBe(0);
  return s;
}

function finWait2() {
  const s = finWait1();
  s.env.runUntil(() => s.client.tcb.state === 'FIN-WAIT-2');
  return s;
}

function timeWait() {
  const s = finWait2();
  s.conn.release(null as never);
  s.env.runUntil(() => s.client.tcb.state === 'TIME-WAIT');
  return s;
}

// ---- the tests

describe('CLOSED (no listener)', () => {
  it('a SYN to a closed port is answered with RST,ACK and connect fails with ECONNREFUSED', () => {
    const { env, net } = closed();
    const c = newTcp(net);
    expect(c.connect({ family: 'inet', addr: '127.0.0.1', port: 9 }, false, user)).toBe(-EAGAIN);
    env.drain();
    expect(c.connect({ family: 'inet', addr: '127.0.0.1', port: 9 }, false, user)).toBe(-ECONNREFUSED);
    expect(segments(net.log.since(), net.log.since()[0]!.src.port)).toEqual([
      '0us 127.0.0.1:C > 127.0.0.1:9 [S] seq 0 win 65535 len 0 mss 65496',
      '10us 127.0.0.1:9 > 127.0.0.1:C [R.] seq 0 ack 1 win 0 len 0',
    ]);
    // The port was chosen by connect, so it is given back.
    expect(c.getsockname()).toEqual({ family: 'inet', addr: '0.0.0.0', port: 0 });
  });

  it('ephemeral ports lie in 32768-60999 and follow the seed', () => {
    const a = synSent(), b = synSent();
    expect(a.cport).toBeGreaterThanOrEqual(32768);
    expect(a.cport).toBeLessThanOrEqual(60999);
    expect(b.cport).toBe(a.cport);
  });
});

describe('LISTEN', () => {
  it('binding the same port again fails with EADDRINUSE', () => {
    const { net } = listening();
    const other = newTcp(net);
    expect(other.bind({ family: 'inet', addr: '0.0.0.0', port: 8080 }, user)).toBe(-EADDRINUSE);
  });

  it('ports below 1024 need root', () => {
    const { net } = closed();
    expect(newTcp(net).bind({ family: 'inet', addr: '0.0.0.0', port: 80 }, user)).toBe(-13);
    expect(newTcp(net).bind({ family: 'inet', addr: '0.0.0.0', port: 80 }, fakeCaller(1, 0))).toBe(0);
  });

  it('accept without a connection would block', () => {
    const { server } = listening();
    expect(server.accept()).toBe(-EAGAIN);
  });

  it('with the accept queue full (backlog+1 waiting), SYNs go unanswered and are retransmitted', () => {
    const { env, net, server } = listening(1);
    const clients = [0, 1, 2].map(() => newTcp(net));
    for (const c of clients) {
      c.connect({ family: 'inet', addr: '127.0.0.1', port: 8080 }, true, user);
      env.advance(env.now + 1e6);
    }
    env.advance(500e6);
    expect(clients.map((c) => c.tcb.state)).toEqual(['ESTABLISHED', 'ESTABLISHED', 'SYN-SENT']);
    expect(server.listener!.acceptQueue.length).toBe(2);
    env.advance(1.5e9); // the third client's SYN is sent again after 1 s, and dropped again
    const third = clients[2]!.tcb.local.port;
    const syns = () => net.log.since().filter((e) => e.src.port === third && e.flags === 'S').map((e) => e.timeNs);
    expect(syns()).toEqual([2e6, 1002e6]);
    expect(server.accept()).not.toBe(-EAGAIN); // room again: the next retransmission gets in
    env.advance(4e9);
    expect(syns()).toEqual([2e6, 1002e6, 3002e6]);
    expect(clients[2]!.tcb.state).toBe('ESTABLISHED');
  });
});

describe('SYN-SENT', () => {
  it('non-blocking connect: EINPROGRESS, then EALREADY, then 0, then EISCONN', () => {
    const { env, client } = synSent();
    const to = { family: 'inet', addr: '127.0.0.1', port: 8080 } as const;
    expect(client.connect(to, true, user)).toBe(-EALREADY);
    env.drain();
    expect(client.getsockopt(SOL_SOCKET, SO_ERROR)).toBe(0);
    expect(client.connect(to, true, user)).toBe(0);
    expect(client.connect(to, true, user)).toBe(-EISCONN);
  });

  it('an address nobody answers: SYN retransmits, then ETIMEDOUT (shortened to 2 retries)', () => {
    const { env, net } = testStack({ tcp: { synRetries: 2 } });
    const c = newTcp(net);
    const to = { family: 'inet', addr: '192.0.2.77', port: 80 } as const;
    expect(c.connect(to, false, user)).toBe(-EAGAIN);
    env.drain();
    expect(env.now).toBe(7e9); // 1 + 2 + 4 s
    expect(c.connect(to, false, user)).toBe(-ETIMEDOUT);
    expect(net.log.since().map((e) => `${e.timeNs / 1e9}s ${e.iface} ${e.src.addr} > ${e.dst.addr}:${e.dst.port} [${e.flags}]`))
      .toEqual([0, 1, 3].map((t) => `${t}s eth0 192.0.2.2 > 192.0.2.77:80 [S]`));
  });

  it("Linux's default gives up after 127 s", () => {
    const { env, net } = testStack();
    const c = newTcp(net);
    c.connect({ family: 'inet', addr: '198.51.100.9', port: 80 }, true, user);
    env.drain();
    expect(env.now).toBe(127e9);
    expect(c.getsockopt(SOL_SOCKET, SO_ERROR)).toBe(ETIMEDOUT);
  });
});

describe('SYN-RECEIVED', () => {
  it('the child answers SYN,ACK and is not yet acceptable', () => {
    const s = synReceived();
    expect(s.child.state).toBe('SYN-RECEIVED');
    expect(s.server.accept()).toBe(-EAGAIN);
  });
});

describe('ESTABLISHED', () => {
  it('the handshake is exactly SYN, SYN-ACK, ACK', () => {
    const s = established();
    expect(segments(s.net.log.since(), s.cport)).toEqual([
      '0us 127.0.0.1:C > 127.0.0.1:8080 [S] seq 0 win 65535 len 0 mss 65496',
      '10us 127.0.0.1:8080 > 127.0.0.1:C [S.] seq 0 ack 1 win 65535 len 0 mss 65496',
      '20us 127.0.0.1:C > 127.0.0.1:8080 [.] seq 1 ack 1 win 131072 len 0',
    ]);
    expect(s.peerAddr).toEqual({ family: 'inet', addr: '127.0.0.1', port: s.cport });
    expect(s.client.getpeername()).toEqual({ family: 'inet', addr: '127.0.0.1', port: 8080 });
  });

  it('a data exchange: each write is one segment, acknowledged at once', () => {
    const s = established();
    const start = s.net.log.cursor - 1;
    expect(s.client.send(enc.encode('hello\n'), 0, undefined, user)).toBe(6);
    s.env.drain();
    const got = s.conn.recv(100, 0);
    expect(typeof got === 'number' ? got : dec.decode(got.data)).toBe('hello\n');
    expect(s.conn.send(enc.encode('Echo: hello\n'), 0, undefined, user)).toBe(12);
    s.env.drain();
    expect(segments(s.net.log.since(start), s.cport, s.net.log.since()).map((l) => l.replace(/^\d+us /, ''))).toEqual([
      '127.0.0.1:C > 127.0.0.1:8080 [P.] seq 1 ack 1 win 131072 len 6',
      '127.0.0.1:8080 > 127.0.0.1:C [.] seq 1 ack 7 win 131066 len 0',
      '127.0.0.1:8080 > 127.0.0.1:C [P.] seq 1 ack 7 win 131072 len 12',
      '127.0.0.1:C > 127.0.0.1:8080 [.] seq 7 ack 13 win 131060 len 0',
    ]);
  });

  it('closing with unread data sends RST: the peer reads ECONNRESET, then EOF', () => {
    const s = established();
    s.client.send(enc.encode('unread'), 0, undefined, user);
    s.env.drain();
    s.conn.release(null as never);
    expect(s.net.log.since().at(-1)!.flags).toBe('R.');
    s.env.drain();
    expect(s.client.recv(10, 0)).toBe(-ECONNRESET);
    expect(s.client.recv(10, 0)).toEqual({ data: new Uint8Array(0) });
    // The first write after the reset reports... nothing pending: EPIPE and SIGPIPE.
    expect(s.client.send(enc.encode('x'), 0, undefined, user)).toBe(-EPIPE);
    expect(s.env.kills).toEqual([[100, SIGPIPE]]);
  });

  it('writing to a peer that closed: the first write is answered by RST, the next fails with EPIPE', () => {
    const s = established();
    s.conn.release(null as never); // FIN
    s.env.drain();
    expect(s.client.tcb.state).toBe('CLOSE-WAIT');
    expect(s.client.recv(10, 0)).toEqual({ data: new Uint8Array(0) });
    expect(s.client.send(enc.encode('one'), 0, undefined, user)).toBe(3);
    s.env.drain();
    expect(s.net.log.since().at(-1)!.flags).toBe('R');
    expect(s.client.send(enc.encode('two'), MSG_NOSIGNAL, undefined, user)).toBe(-EPIPE);
    expect(s.env.kills).toEqual([]);
    expect(s.client.send(enc.encode('three'), 0, undefined, user)).toBe(-EPIPE);
    expect(s.env.kills).toEqual([[100, SIGPIPE]]);
  });

  it('flow control: a writer blocks when the reader does not read (rmem + the send buffer grown at establishment)', () => {
    const s = established();
    const chunk = new Uint8Array(65536);
    let total = 0;
    for (let n = 0; n !== -EAGAIN; ) {
      n = s.client.send(chunk, 0, undefined, user);
      if (n > 0) total += n;
      s.env.drain();
    }
    // tcp_sndbuf_expand on loopback: 2 * 10 segments * (128 KiB + 256) = 2626560.
    expect(s.client.tcb.wmem).toBe(2626560);
    expect(total).toBe(131072 + 2626560);
    expect(s.conn.tcb.rcvBuf.length).toBe(131072);
    expect(s.client.tcb.sndBuf.length).toBe(2626560);
  });

  it('4 MB through a slow reader arrives whole and in order', () => {
    const s = established();
    const size = 4 * 1024 * 1024;
    const src = new Uint8Array(size);
    for (let i = 0; i < size; i++) src[i] = (i * 7 + (i >> 13)) & 255;
    const dst = new Uint8Array(size);
    let sent = 0, got = 0, rounds = 0;
    while (got < size) {
      if (sent < size) {
        const n = s.client.send(src.subarray(sent), 0, undefined, user);
        if (n > 0) sent += n;
        if (sent === size) s.client.shutdown(SHUT_WR);
      }
      s.env.advance(s.env.now + 50_000);
      const r = s.conn.recv(3000, 0); // the slow reader takes 3000 bytes per turn
      if (typeof r !== 'number') {
        dst.set(r.data, got);
        got += r.data.length;
      }
      rounds++;
    }
    expect(Buffer.from(dst).equals(Buffer.from(src))).toBe(true);
    s.env.drain();
    expect(s.conn.recv(10, 0)).toEqual({ data: new Uint8Array(0) });
    expect(rounds).toBeGreaterThan(size / 3000);
  });
});

describe('FIN-WAIT-1 and FIN-WAIT-2', () => {
  it('half-close: the client still reads after shutdown(SHUT_WR)', () => {
    const s = finWait2();
    expect(s.conn.tcb.state).toBe('CLOSE-WAIT');
    expect(s.conn.recv(10, 0)).toEqual({ data: new Uint8Array(0) });
    expect(s.conn.send(enc.encode('late'), 0, undefined, user)).toBe(4);
    s.env.drain();
    const r = s.client.recv(10, 0);
    expect(typeof r === 'number' ? r : dec.decode(r.data)).toBe('late');
  });

  it('FIN-WAIT-1 moves to FIN-WAIT-2 when the FIN is acknowledged', () => {
    const s = finWait1();
    expect(s.client.tcb.state).toBe('FIN-WAIT-1');
    s.env.drain();
    expect(s.client.tcb.state).toBe('FIN-WAIT-2');
  });
});

describe('TIME-WAIT', () => {
  it('the close is exactly FIN, ACK, FIN, ACK and the active closer waits 60 s', () => {
    const s = established();
    const start = s.net.log.cursor - 1;
    s.client.release(null as never);
    s.env.drain(1e9);
    s.conn.release(null as never);
    s.env.advance(s.env.now + 1e6);
    expect(segments(s.net.log.since(start), s.cport, s.net.log.since()).map((l) => l.replace(/^\d+us /, ''))).toEqual([
      '127.0.0.1:C > 127.0.0.1:8080 [F.] seq 1 ack 1 win 131072 len 0',
      '127.0.0.1:8080 > 127.0.0.1:C [.] seq 1 ack 2 win 131072 len 0',
      '127.0.0.1:8080 > 127.0.0.1:C [F.] seq 1 ack 2 win 131072 len 0',
      '127.0.0.1:C > 127.0.0.1:8080 [.] seq 2 ack 2 win 131072 len 0',
    ]);
    expect(s.client.tcb.state).toBe('TIME-WAIT');
    expect(s.conn.tcb.state).toBe('CLOSED');
    const t = s.env.now;
    s.env.drain();
    expect(s.client.tcb.state).toBe('CLOSED');
    expect(s.env.now - t).toBeGreaterThan(59e9);
  });

  it('a server that closed first holds its port: rebinding needs SO_REUSEADDR on both', () => {
    const s = established();
    s.conn.release(null as never); // the server closes first: its side ends in TIME-WAIT
    s.server.release(null as never);
    s.env.drain(1e6);
    s.client.release(null as never);
    s.env.drain(1e6);
    expect(s.conn.tcb.state).toBe('TIME-WAIT');
    const again = newTcp(s.net);
    again.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
    // The old socket had no SO_REUSEADDR, so even a new one with it cannot share.
    expect(again.bind({ family: 'inet', addr: '0.0.0.0', port: 8080 }, user)).toBe(-EADDRINUSE);
    s.env.drain();
    expect(again.bind({ family: 'inet', addr: '0.0.0.0', port: 8080 }, user)).toBe(0);
  });

  it('with SO_REUSEADDR on the old listener and the new socket, rebinding works at once', () => {
    const { env, net } = testStack();
    const server = newTcp(net);
    server.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
    server.bind({ family: 'inet', addr: '0.0.0.0', port: 9900 }, user);
    server.listen(5);
    const c = newTcp(net);
    c.connect({ family: 'inet', addr: '127.0.0.1', port: 9900 }, true, user);
    env.drain(1e6);
    const a = server.accept() as unknown as { sock: TcpSock };
    a.sock.release(null as never);
    server.release(null as never);
    env.drain(1e6);
    c.release(null as never);
    env.drain(1e6);
    expect(a.sock.tcb.state).toBe('TIME-WAIT');
    const plain = newTcp(net);
    expect(plain.bind({ family: 'inet', addr: '0.0.0.0', port: 9900 }, user)).toBe(-EADDRINUSE);
    const reuse = newTcp(net);
    reuse.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
    expect(reuse.bind({ family: 'inet', addr: '0.0.0.0', port: 9900 }, user)).toBe(0);
    expect(reuse.listen(5)).toBe(0);
  });

  it('timeWait factory', () => {
    const s = timeWait();
    expect(s.client.tcb.state).toBe('TIME-WAIT');
    expect(s.client.recv(5, 0)).toEqual({ data: new Uint8Array(0) });
    expect(s.client.send(enc.encode('x'), MSG_NOSIGNAL, undefined, user)).toBe(-EPIPE);
  });
});

describe('unconnected sockets', () => {
  it('read gives ENOTCONN, write EPIPE with SIGPIPE, getpeername ENOTCONN', () => {
    const { env, net } = closed();
    const s = newTcp(net);
    expect(s.recv(10, 0)).toBe(-ENOTCONN);
    expect(s.send(enc.encode('x'), 0, undefined, user)).toBe(-EPIPE);
    expect(env.kills).toEqual([[100, SIGPIPE]]);
    expect(s.getpeername()).toBe(-ENOTCONN);
  });
});

// ---- property: random schedules of two peers

type Op =
  | { side: 0 | 1; op: 'write'; n: number }
  | { side: 0 | 1; op: 'read'; n: number }
  | { side: 0 | 1; op: 'shutwr' }
  | { side: 0 | 1; op: 'close' }
  | { op: 'tick'; us: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ side: fc.constantFrom(0 as const, 1 as const), op: fc.constant('write' as const), n: fc.integer({ min: 1, max: 200_000 }) }),
  fc.record({ side: fc.constantFrom(0 as const, 1 as const), op: fc.constant('read' as const), n: fc.integer({ min: 1, max: 100_000 }) }),
  fc.record({ side: fc.constantFrom(0 as const, 1 as const), op: fc.constant('shutwr' as const) }),
  fc.record({ side: fc.constantFrom(0 as const, 1 as const), op: fc.constant('close' as const) }),
  fc.record({ op: fc.constant('tick' as const), us: fc.integer({ min: 1, max: 5000 }) }),
);

function pattern(side: number, from: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = ((from + i) * (side ? 13 : 7) + side) % 251;
  return out;
}

function runSchedule(ops: Op[]): void {
  const s = established();
  const env: FakeEnv = s.env;
  const socks = [s.client, s.conn];
  const written = [0, 0], read = [0, 0];
  const closedSide = [false, false], eof = [false, false], failed = [false, false];
  const readInto = (side: 0 | 1, n: number): void => {
    const r = socks[side]!.recv(n, 0);
    if (typeof r === 'number') {
      if (r !== -EAGAIN) failed[side] = true;
      return;
    }
    if (r.data.length === 0) eof[side] = true;
    // Property: what one side reads is exactly the next bytes the other wrote.
    expect(Buffer.from(r.data).equals(Buffer.from(pattern(1 - side, read[side]!, r.data.length)))).toBe(true);
    read[side]! += r.data.length;
    expect(read[side]!).toBeLessThanOrEqual(written[1 - side]!);
  };
  for (const o of ops) {
    if (o.op === 'tick') {
      env.advance(env.now + o.us * 1000);
      continue;
    }
    if (closedSide[o.side]) continue;
    const sock = socks[o.side]!;
    if (o.op === 'write') {
      const n = sock.send(pattern(o.side, written[o.side]!, o.n), MSG_NOSIGNAL, undefined, user);
      if (n > 0) written[o.side]! += n;
    } else if (o.op === 'read') readInto(o.side, o.n);
    else if (o.op === 'shutwr') sock.shutdown(SHUT_WR);
    else {
      sock.release(null as never);
      closedSide[o.side] = true;
    }
  }
  // Finale: both stop writing and read to the end.
  for (const side of [0, 1] as const) if (!closedSide[side]) socks[side]!.shutdown(SHUT_WR);
  for (let guard = 0; guard < 100_000; guard++) {
    env.advance(env.now + 100_000);
    for (const side of [0, 1] as const) {
      if (!closedSide[side] && !eof[side] && !failed[side]) readInto(side, 1 << 20);
    }
    const open = [0, 1].filter((i) => !closedSide[i] && !eof[i] && !failed[i]);
    if (open.length === 0) break;
  }
  const aborted = failed[0] || failed[1] || closedSide[0] || closedSide[1];
  // Without an abort, nothing written is lost: each side read all the other wrote.
  if (!aborted) expect(read).toEqual([written[1], written[0]]);
  for (const side of [0, 1] as const) if (!closedSide[side]) socks[side]!.release(null as never);
  s.server.release(null as never);
  env.drain();
  // Both ends agree the connection is over and nothing is left behind.
  expect(s.net.machine.tcpConns.size).toBe(0);
  expect(s.net.machine.ports.tcp.size).toBe(0);
}

describe('property: random schedules', () => {
  it('no byte is lost, duplicated or reordered, and both sides reach the same end', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => runSchedule(ops)), { numRuns: 150 });
  });
});
