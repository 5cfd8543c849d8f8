/**
 * A NetEnv for tests: its own virtual clock and timer queue, a seeded PRNG,
 * a waker that records wake-ups, and a tiny file table for /etc/hosts.
 */
import type { Caller } from '../kernel/file.ts';
import type { NetEnv, NetOptions } from './stack.ts';
import { NetStack } from './stack.ts';

export class FakeEnv implements NetEnv {
  now = 0;
  private timers: Array<{ id: number; at: number; cb: () => void }> = [];
  private nextId = 1;
  private rng: number;
  readonly kills: Array<[number, number]> = [];
  readonly woken: number[] = [];
  readonly files = new Map<string, string>();
  bindSocketPath?: (path: string, uid: number, gid: number) => number;
  lookupSocketPath?: (path: string, uid: number, gid: number) => number;
  readonly waker = { wake: (pid: number): void => void this.woken.push(pid) };

  constructor(seed = 1) {
    this.rng = seed >>> 0;
  }

  nowNs(): number {
    return this.now;
  }

  setTimer(atNs: number, cb: () => void): number {
    const id = this.nextId++;
    this.timers.push({ id, at: atNs, cb });
    this.timers.sort((a, b) => a.at - b.at || a.id - b.id);
    return id;
  }

  clearTimer(id: number): void {
    this.timers = this.timers.filter((t) => t.id !== id);
  }

  random32(): number {
    this.rng = (this.rng + 0x9e3779b9) >>> 0;
    let z = this.rng;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  }

  kill(pid: number, sig: number): void {
    this.kills.push([pid, sig]);
  }

  readFile(path: string): string | null {
    return this.files.get(path) ?? null;
  }

  /** Run the earliest timer (advancing the clock to it); false when none is left. */
  step(): boolean {
    const t = this.timers.shift();
    if (!t) return false;
    this.now = Math.max(this.now, t.at);
    t.cb();
    return true;
  }

  /** Run timers up to virtual time `untilNs` (inclusive); the clock ends there. */
  advance(untilNs: number): void {
    while (this.timers.length && this.timers[0]!.at <= untilNs) this.step();
    this.now = Math.max(this.now, untilNs);
  }

  /** Run timers until `cond()` holds or `maxNs` of virtual time pass. */
  runUntil(cond: () => boolean, maxNs = 600e9): boolean {
    const end = this.now + maxNs;
    while (!cond()) {
      if (!this.timers.length || this.timers[0]!.at > end) return cond();
      this.step();
    }
    return true;
  }

  /** Run every pending timer until the queue drains (or `maxNs` passes). */
  drain(maxNs = 600e9): void {
    this.runUntil(() => false, maxNs);
  }
}

export function fakeCaller(pid = 100, euid = 1000): Caller {
  return { pid, pgid: pid, sid: pid, uid: euid, euid, gid: euid, egid: euid, groups: [], ignoresOrBlocks: () => false };
}

/**
 * A stack on a FakeEnv. Loopback has a 10 µs latency here unless `opts`
 * says otherwise, so tests can step one segment at a time; the machine's
 * loopback delivers as the sending call returns (latency 0).
 */
export function testStack(opts: NetOptions = {}, seed = 1): { env: FakeEnv; net: NetStack } {
  const env = new FakeEnv(seed);
  env.files.set('/etc/hosts', '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n');
  return { env, net: new NetStack(env, { loLatencyNs: 10_000, ...opts }) };
}
