/**
 * What the network tools share: name and service lookups, a connect with a
 * timeout (non-blocking connect, then poll), and small text helpers.
 */
import { EINPROGRESS, EINTR, ETIMEDOUT } from '../abi/errno.ts';
import { F_GETFL, F_SETFL, O_NONBLOCK, O_RDONLY } from '../abi/fcntl.ts';
import { POLLOUT } from '../abi/poll.ts';
import { SOL_SOCKET, SO_ERROR } from '../abi/socket.ts';
import type { SockAddr } from '../abi/sys.ts';
import { fromUtf8, type Ctx, type Gen } from '../programs/runtime.ts';
export { concat } from '../programs/lib/io.ts';

/** Whole file as text, or null. */
export function* readText(ctx: Ctx, path: string): Gen<string | null> {
  const fd = ctx.sys.open(path, O_RDONLY);
  if (fd < 0) return null;
  const r = yield* ctx.readAll(fd);
  ctx.sys.close(fd);
  return typeof r === 'number' ? null : fromUtf8(r);
}

export interface ServiceEntry { name: string; port: number; proto: string; aliases: string[] }

/** /etc/services as entries. */
export function parseServices(text: string | null): ServiceEntry[] {
  const out: ServiceEntry[] = [];
  for (const raw of (text ?? '').split('\n')) {
    const f = raw.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
    const m = f.length >= 2 ? /^(\d+)\/(\w+)$/.exec(f[1]!) : null;
    if (m) out.push({ name: f[0]!, port: Number(m[1]), proto: m[2]!, aliases: f.slice(2) });
  }
  return out;
}

/** Milliseconds of the monotonic clock. */
export function nowMs(ctx: Ctx): number {
  const [s, ns] = ctx.sys.clockGettime('monotonic');
  return s * 1000 + ns / 1e6;
}

/**
 * connect(2) that gives up after `timeoutMs` (< 0: the system's own
 * timeout). Returns 0 or -errno (-ETIMEDOUT when our limit passed).
 */
export function* connectTimeout(ctx: Ctx, fd: number, addr: SockAddr, timeoutMs: number): Gen<number> {
  if (timeoutMs < 0) return yield* ctx.call(() => ctx.sys.connect(fd, addr));
  const fl = ctx.sys.fcntl(fd, F_GETFL);
  ctx.sys.fcntl(fd, F_SETFL, fl | O_NONBLOCK);
  let r = ctx.sys.connect(fd, addr);
  if (r === -EINPROGRESS) {
    const deadline = nowMs(ctx) + timeoutMs;
    for (;;) {
      const left = Math.max(0, Math.ceil(deadline - nowMs(ctx)));
      const fds = [{ fd, events: POLLOUT, revents: 0 }];
      const n = yield* ctx.poll(fds, left);
      if (n === -EINTR) continue;
      if (n === 0) {
        r = -ETIMEDOUT;
        break;
      }
      const err = ctx.sys.getsockopt(fd, SOL_SOCKET, SO_ERROR);
      r = err > 0 ? -err : 0;
      break;
    }
  }
  ctx.sys.fcntl(fd, F_SETFL, fl);
  return r;
}

/** Right-align or left-align in a field. */
export const padL = (s: string | number, n: number): string => String(s).padStart(n);
export const padR = (s: string | number, n: number): string => String(s).padEnd(n);

