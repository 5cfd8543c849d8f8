/**
 * Small programs for the inspector's tests and benchmark: a TCP echo server
 * and client, a daemon that detaches the classic way (fork, setsid, fork,
 * exit) and takes a lock on its PID file, and a bulk sender/sink pair for
 * throughput. Plus a machine with them installed and a recorder attached.
 */
import { AF_INET, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR } from '../abi/socket.ts';
import { LOCK_EX, LOCK_NB, O_CREAT, O_WRONLY } from '../abi/fcntl.ts';
import { Machine } from '../kernel/machine.ts';
import { defineProgram, fromUtf8, type Ctx, type Gen } from '../programs/runtime.ts';
import { EventRecorder } from './stream.ts';

const LOOP = '127.0.0.1';

function* listenOn(ctx: Ctx, port: number): Gen<number> {
  const s = ctx.sys.socket(AF_INET, SOCK_STREAM, 0);
  ctx.sys.setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1);
  const b = ctx.sys.bind(s, { family: 'inet', addr: LOOP, port });
  if (b < 0 || ctx.sys.listen(s, 5) < 0) {
    yield* ctx.perror('bind', b);
    return -1;
  }
  return s;
}

function* connectTo(ctx: Ctx, port: number): Gen<number> {
  const s = ctx.sys.socket(AF_INET, SOCK_STREAM, 0);
  const r = yield* ctx.call(() => ctx.sys.connect(s, { family: 'inet', addr: LOOP, port }));
  if (r < 0) {
    yield* ctx.perror('connect', r);
    return -1;
  }
  return s;
}

/** `echod PORT [COUNT]`: serve COUNT connections (default 1), echoing each until EOF. */
export const echod = defineProgram('echod', function* (ctx) {
  const s = yield* listenOn(ctx, Number(ctx.argv[1]));
  if (s < 0) return 1;
  for (let n = Number(ctx.argv[2] ?? 1); n > 0; n--) {
    const a = yield* ctx.call(() => ctx.sys.accept(s));
    if (typeof a === 'number') return 1;
    for (;;) {
      const d = yield* ctx.read(a.fd, 4096);
      if (typeof d === 'number' || d.length === 0) break;
      yield* ctx.write(a.fd, d);
    }
    ctx.sys.close(a.fd);
  }
  return 0;
});

/** `echo-client PORT TEXT...`: send each TEXT, print the echo, then close. */
export const echoClient = defineProgram('echo-client', function* (ctx) {
  const s = yield* connectTo(ctx, Number(ctx.argv[1]));
  if (s < 0) return 1;
  for (const text of ctx.argv.slice(2)) {
    yield* ctx.write(s, `${text}\n`);
    const d = yield* ctx.read(s, 4096);
    if (typeof d === 'number') return 1;
    yield* ctx.write(1, `echo: ${fromUtf8(d)}`);
  }
  ctx.sys.close(s);
  return 0;
});

/** `daemon PIDFILE`: fork, setsid, fork again, the middle one exits; the daemon locks PIDFILE and sleeps. */
export const daemon = defineProgram('daemon', function* (ctx) {
  const stage = ctx.argv[2] ?? 'start';
  if (stage === 'start') {
    ctx.spawn('/bin/daemon', ['daemon', ctx.argv[1]!, 'session'], []);
    return 0;
  }
  if (stage === 'session') {
    ctx.sys.setsid();
    ctx.spawn('/bin/daemon', ['daemon', ctx.argv[1]!, 'run'], []);
    return 0;
  }
  const fd = ctx.sys.open(ctx.argv[1]!, O_WRONLY | O_CREAT, 0o644);
  yield* ctx.flock(fd, LOCK_EX | LOCK_NB);
  yield* ctx.write(fd, `${ctx.sys.getpid()}\n`);
  for (;;) yield* ctx.sleep(1000);
});

/** `sink PORT`: accept one connection and read it to EOF; prints the byte count. */
export const sink = defineProgram('sink', function* (ctx) {
  const s = yield* listenOn(ctx, Number(ctx.argv[1]));
  if (s < 0) return 1;
  const a = yield* ctx.call(() => ctx.sys.accept(s));
  if (typeof a === 'number') return 1;
  let total = 0;
  for (;;) {
    const d = yield* ctx.read(a.fd, 65536);
    if (typeof d === 'number' || d.length === 0) break;
    total += d.length;
    yield* ctx.tick(Math.ceil(d.length / 4096));
  }
  yield* ctx.write(1, `${total}\n`);
  return 0;
});

/** `blast PORT BYTES`: connect and send BYTES in 16 KiB writes. */
export const blast = defineProgram('blast', function* (ctx) {
  const s = yield* connectTo(ctx, Number(ctx.argv[1]));
  if (s < 0) return 1;
  const chunk = new Uint8Array(16384).fill(0x61);
  for (let left = Number(ctx.argv[2]); left > 0; left -= chunk.length) {
    const w = yield* ctx.write(s, left >= chunk.length ? chunk : chunk.subarray(0, left));
    if (w < 0) return 1;
  }
  ctx.sys.close(s);
  return 0;
});

export interface TestMachine {
  m: Machine;
  rec: EventRecorder;
  /** Start argv as a child of init; its stdout and stderr go to `out`. */
  start(argv: string[]): number;
  out(): string;
}

/** A bare machine with the programs above in /bin and a recorder attached from boot. */
export function testMachine(seed = 1): TestMachine {
  const m = new Machine({ seed });
  m.mkdir('/home/user', { uid: 1000 });
  m.mkdir('/var/run', { mode: 0o1777 });
  for (const p of [echod, echoClient, daemon, sink, blast]) m.installProgram(`/bin/${p.name}`, p);
  const rec = new EventRecorder({ events: m.kernel.events, packets: m.net.log });
  let text = '';
  const put = (d: Uint8Array): void => void (text += fromUtf8(d));
  return { m, rec, start: (argv) => m.spawn(argv, { stdout: put, stderr: put }), out: () => text };
}

