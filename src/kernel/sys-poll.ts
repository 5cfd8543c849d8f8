/**
 * poll(2), and through it select: readiness from each file's poll(), and a
 * wait on all their queues with an optional deadline.
 */
import { POLLNVAL } from '../abi/poll.ts';
import type { PollFd } from '../abi/sys.ts';
import type { Kernel } from './kernel.ts';
import type { Process } from './proc.ts';
import type { WaitQueue } from './wait-queue.ts';

const ALWAYS = 0x008 | 0x010 | 0x020; // POLLERR | POLLHUP | POLLNVAL are reported unasked

export function sysPoll(k: Kernel, p: Process, fds: PollFd[], timeoutMs: number): number {
  let ready = 0;
  const queues: WaitQueue[] = [];
  for (const pfd of fds) {
    pfd.revents = 0;
    if (pfd.fd < 0) continue;
    const e = p.fd(pfd.fd);
    if (!e) {
      pfd.revents = POLLNVAL;
      ready++;
      continue;
    }
    const m = e.file.ops.poll(e.file, p) & (pfd.events | ALWAYS);
    pfd.revents = m;
    if (m) ready++;
    if (!queues.includes(e.file.ops.wq)) queues.push(e.file.ops.wq);
  }
  const infl = p.inflight;
  if (ready > 0 || timeoutMs === 0) {
    p.inflight = null;
    return ready;
  }
  let deadline: number | undefined;
  if (timeoutMs > 0) {
    deadline = infl?.call === 'poll' ? infl.deadlineNs : k.clock.nowNs + Math.ceil(timeoutMs * 1e6);
    if (k.clock.nowNs >= deadline) {
      p.inflight = null;
      return 0;
    }
  }
  const r = k.block(p, queues, deadline);
  if (r !== -4 && deadline !== undefined) p.inflight = { call: 'poll', deadlineNs: deadline };
  return r;
}
