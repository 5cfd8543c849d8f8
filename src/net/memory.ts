/**
 * What a socket costs the kernel, priced the way the kernel prices process
 * images (kernel/memory.ts): the socket object, its control block, its wait
 * queue and its entries in the stack's tables. Things every socket shares
 * (the stack, the node, the host's timers, the kernel behind a waker) are
 * not counted, as Linux counts a struct sock and not the whole stack.
 */
import { imageBytes } from '../kernel/memory.ts';
import { connKey } from './addr.ts';
import type { Sock } from './sock.ts';
import { TcpSock } from './tcp-socket.ts';
import type { Tcb } from './tcp.ts';

/** Fields that point at shared structures, never priced with a socket. */
const SHARED = new Set(['net', 'node', 'host', 'waker', 'parent', 'reg', 'spawnChild', 'sendBare']);
/** One entry in a Map or Set of the stack (kernel/memory.ts prices them alike). */
const TABLE_ENTRY = 40;

export interface SockBytes {
  /** Everything the socket holds, buffers included. */
  total: number;
  /** Bytes of data queued in its send and receive buffers. */
  buffered: number;
}

/** Bytes held by `s` (see the file comment); `buffered` is the data part of it. */
export function socketBytes(s: Sock): SockBytes {
  const view = ownView(s, new Map());
  let total = imageBytes(view);
  let buffered = 0;
  if (s instanceof TcpSock) {
    buffered = s.tcb.rcvBuf.length + s.tcb.sndBuf.length;
    total += tableBytes(s.tcb);
  }
  return { total, buffered };
}

/** The 4-tuple table entry (its key string) and the port table entry of a connection. */
function tableBytes(tcb: Tcb): number {
  if (tcb.remote.port === 0) return TABLE_ENTRY;
  return 2 * TABLE_ENTRY + 16 + connKey(tcb.local, tcb.remote).length;
}

/** A copy of `v`'s own data with the shared fields left out, recursively; functions are code, not data. */
function ownView(v: unknown, seen: Map<object, unknown>): unknown {
  if (typeof v !== 'object' || v === null || ArrayBuffer.isView(v)) return v;
  const done = seen.get(v);
  if (done !== undefined) return done;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    seen.set(v, out);
    for (const x of v) out.push(ownView(x, seen));
    return out;
  }
  if (v instanceof Map) {
    const out = new Map<unknown, unknown>();
    seen.set(v, out);
    for (const [k, x] of v) out.set(ownView(k, seen), ownView(x, seen));
    return out;
  }
  if (v instanceof Set) {
    const out = new Set<unknown>();
    seen.set(v, out);
    for (const x of v) out.add(ownView(x, seen));
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(v, out);
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k];
    if (SHARED.has(k) || typeof x === 'function') continue;
    out[k] = ownView(x, seen);
  }
  return out;
}
