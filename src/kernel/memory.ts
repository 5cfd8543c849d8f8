/**
 * Memory accounting for /proc and ps: what a process holds is its image
 * (plain data, decision 2 of DESIGN.md) plus what its program charged with
 * memcharge. The image is measured by walking it and pricing each value as
 * a 64-bit JS engine lays it out (object header and slots, string bytes,
 * Map/Set entries, typed-array storage); code is shared by every process
 * and is not counted, as shared text is not in a process's own pages.
 */
import type { Process } from './proc.ts';

const OBJECT = 24;
const SLOT = 8;
const ARRAY = 48;
const STRING = 16;
const MAP_ENTRY = 40;
const SET_ENTRY = 24;
const TYPED = 64;
/** A number that is not a small integer is boxed on the heap. */
const HEAP_NUMBER = 16;
/** A walk stops here; an image past this many values is priced at what was seen. */
const MAX_VALUES = 2_000_000;

/** Estimated bytes held by the plain-data graph reachable from `root` (each value once). */
export function imageBytes(root: unknown): number {
  const seen = new Set<object>();
  const todo: unknown[] = [root];
  let bytes = 0;
  while (todo.length && seen.size < MAX_VALUES) {
    const v = todo.pop();
    if (typeof v === 'string') {
      bytes += STRING + v.length;
      continue;
    }
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || Math.abs(v) > 0x3fffffff) bytes += HEAP_NUMBER;
      continue;
    }
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    bytes += objectBytes(v, todo);
  }
  return bytes;
}

/** The bytes of one object itself; what it refers to goes on `todo`. */
function objectBytes(v: object, todo: unknown[]): number {
  if (ArrayBuffer.isView(v)) return TYPED + v.byteLength;
  if (v instanceof ArrayBuffer) return TYPED + v.byteLength;
  if (Array.isArray(v)) {
    for (const x of v) if (typeof x === 'object' || typeof x === 'string' || typeof x === 'number') todo.push(x);
    return ARRAY + SLOT * v.length;
  }
  if (v instanceof Map) {
    for (const [k, x] of v) todo.push(k, x);
    return OBJECT + MAP_ENTRY * v.size;
  }
  if (v instanceof Set) {
    for (const x of v) todo.push(x);
    return OBJECT + SET_ENTRY * v.size;
  }
  // A running generator or a function is program code, shared: not priced.
  if (typeof (v as { next?: unknown }).next === 'function' && typeof (v as { throw?: unknown }).throw === 'function') return 0;
  let n = 0;
  for (const k in v) {
    n++;
    const x = (v as Record<string, unknown>)[k];
    if (typeof x === 'object' || typeof x === 'string' || typeof x === 'number') todo.push(x);
  }
  return OBJECT + SLOT * n;
}

const PAGE = 4096;

/** Resident bytes of `p` as /proc reports them: its image plus what it charged, in whole 4 KiB pages. */
export function processBytes(p: Process): number {
  if (p.state === 'zombie') return 0;
  return Math.ceil((imageBytes(p.image) + p.memBytes) / PAGE) * PAGE;
}
