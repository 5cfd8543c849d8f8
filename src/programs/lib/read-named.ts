/** Reading a named input while telling a failed open from a failed read, as GNU's messages do. */
import type { Ctx, Gen } from '../runtime.ts';
import { openInput } from './io.ts';

export interface ReadFailure { stage: 'open' | 'read'; errno: number }

/** The whole of `name` ("-" is stdin), or where and why it failed (errno negative). */
export function* readNamed(ctx: Ctx, name: string): Gen<Uint8Array | ReadFailure> {
  const fd = yield* openInput(ctx, name);
  if (fd < 0) return { stage: 'open', errno: fd };
  const r = yield* ctx.readAll(fd);
  if (fd !== 0) ctx.sys.close(fd);
  return typeof r === 'number' ? { stage: 'read', errno: r } : r;
}
