/**
 * fixtures/linux-facts.pl run against net/ through the syscall layer: the
 * same steps, printed the same way, must give the lines real Linux gave
 * (fixtures/linux-facts.out).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strerror } from '../abi/errno.ts';
import { AF_INET, MSG_DONTWAIT, SOCK_DGRAM, SOCK_STREAM, SOL_SOCKET, SO_RCVBUF, SO_REUSEADDR,
  SO_SNDBUF } from '../abi/socket.ts';
import type { SockAddr } from '../abi/sys.ts';
import { OpenFile } from '../kernel/file.ts';
import * as sys from './syscalls.ts';
import { fakeCaller, testStack } from './testing.ts';

const out = readFileSync(new URL('./fixtures/linux-facts.out', import.meta.url), 'utf8');

function run(): string {
  const { env, net } = testStack();
  const me = fakeCaller(100, 1000);
  const lines: string[] = [];
  const say = (s: string): number => lines.push(s);
  const undef = (r: number): string => `undef ${strerror(r)}`;
  /** A blocking call: the kernel would park and re-issue it; here time runs until it completes. */
  const blocking = <T>(call: () => T): T => {
    for (;;) {
      const r = call();
      if (!sys.mustPark(r, false) || !env.step()) return r;
    }
  };
  const sleep = (s: number): void => env.advance(env.now + s * 1e9);
  const open = (type: number): OpenFile => {
    const s = sys.socket(net, null, me, false, AF_INET, type, 0);
    if (typeof s === 'number') throw new Error(`socket ${s}`);
    return new OpenFile(s, 2, 'socket:');
  };
  const inet = (port: number): SockAddr => ({ family: 'inet', addr: '127.0.0.1', port });
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  const text = (r: unknown): string => new TextDecoder().decode((r as { data: Uint8Array }).data);
  const B = 47100;

  const s = open(SOCK_STREAM), u = open(SOCK_DGRAM);
  say(`tcp sndbuf ${sys.getsockopt(net, s, me, false, SOL_SOCKET, SO_SNDBUF)} rcvbuf ${sys.getsockopt(net, s, me, false, SOL_SOCKET, SO_RCVBUF)}`);
  say(`udp sndbuf ${sys.getsockopt(net, u, me, false, SOL_SOCKET, SO_SNDBUF)} rcvbuf ${sys.getsockopt(net, u, me, false, SOL_SOCKET, SO_RCVBUF)}`);

  const c = open(SOCK_DGRAM);
  sys.connect(net, c, me, false, inet(B + 1));
  say(`send1 ${sys.sendto(net, c, me, false, enc('x'), 0)}`);
  sleep(0.1);
  let r: unknown = sys.recvfrom(net, c, me, true, 10, MSG_DONTWAIT);
  say(`recv ${typeof r === 'number' ? undef(r) : 'ok'}`);
  r = sys.recvfrom(net, c, me, true, 10, MSG_DONTWAIT);
  say(`recv2 ${typeof r === 'number' ? undef(r) : 'ok'}`);
  sys.sendto(net, c, me, false, enc('x'), 0);
  sleep(0.1);
  const w = sys.sendto(net, c, me, false, enc('x'), 0);
  say(`send after icmp ${w < 0 ? undef(w) : w}`);

  const srv = open(SOCK_DGRAM), cl = open(SOCK_DGRAM);
  sys.bind(net, srv, me, false, inet(B + 2));
  sys.connect(net, cl, me, false, inet(B + 2));
  sys.sendto(net, cl, me, false, enc('hello world'), 0);
  sys.sendto(net, cl, me, false, enc('second'), 0);
  sleep(0.05);
  say(`trunc [${text(blocking(() => sys.recvfrom(net, srv, me, false, 5, 0)))}]`);
  say(`next [${text(blocking(() => sys.recvfrom(net, srv, me, false, 100, 0)))}]`);

  const l = open(SOCK_STREAM);
  sys.setsockopt(net, l, me, false, SOL_SOCKET, SO_REUSEADDR, 1);
  sys.bind(net, l, me, false, inet(B + 3));
  sys.listen(net, l, me, false, 5);
  const t = open(SOCK_STREAM);
  blocking(() => sys.connect(net, t, me, false, inet(B + 3)));
  const a = blocking(() => sys.accept(net, l, me, false)) as { sock: OpenFile['ops'] };
  a.sock.release!(null as never);
  sleep(0.05);
  let n = sys.sendto(net, t, me, false, enc('one'), 0);
  say(`w1 ${n < 0 ? undef(n) : n}`);
  sleep(0.05);
  n = sys.sendto(net, t, me, false, enc('two'), 0);
  say(`w2 ${n < 0 ? undef(n) : n}`);
  r = blocking(() => sys.recvfrom(net, t, me, false, 10, 0));
  say(`r ${typeof r === 'number' ? undef(r) : (r as { data: Uint8Array }).data.length}`);

  const t2 = open(SOCK_STREAM);
  blocking(() => sys.connect(net, t2, me, false, inet(B + 3)));
  const a2 = blocking(() => sys.accept(net, l, me, false)) as { sock: OpenFile['ops'] };
  sys.sendto(net, t2, me, false, enc('unread'), 0);
  sleep(0.05);
  a2.sock.release!(null as never);
  sleep(0.05);
  for (const label of ['r1', 'r2']) {
    r = blocking(() => sys.recvfrom(net, t2, me, false, 10, 0));
    say(`${label} ${typeof r === 'number' ? undef(r) : (r as { data: Uint8Array }).data.length}`);
  }
  n = sys.sendto(net, t2, me, false, enc('x'), 0);
  say(`w ${n < 0 ? undef(n) : n}`);

  const l3 = open(SOCK_STREAM);
  sys.bind(net, l3, me, false, inet(B + 4));
  sys.listen(net, l3, me, false, 5);
  const t3 = open(SOCK_STREAM);
  blocking(() => sys.connect(net, t3, me, false, inet(B + 4)));
  const a3 = blocking(() => sys.accept(net, l3, me, false)) as { sock: OpenFile['ops'] };
  a3.sock.release!(null as never);
  l3.ops.release!(l3);
  sleep(0.05);
  t3.ops.release!(t3);
  sleep(0.05);
  for (const [label, reuse] of [['plain', false], ['reuse', true]] as const) {
    const x = open(SOCK_STREAM);
    if (reuse) sys.setsockopt(net, x, me, false, SOL_SOCKET, SO_REUSEADDR, 1);
    const b = sys.bind(net, x, me, false, inet(B + 4));
    say(`rebind ${label}: ${b < 0 ? strerror(b) : 'ok'}`);
  }
  const c4 = open(SOCK_STREAM);
  const cr = blocking(() => sys.connect(net, c4, me, false, inet(B + 99)));
  say(`refused: ${strerror(cr)}`);
  return lines.join('\n') + '\n';
}

describe('behaviour recorded from Linux', () => {
  it('matches fixtures/linux-facts.out line for line', () => {
    expect(run()).toBe(out);
  });
});
