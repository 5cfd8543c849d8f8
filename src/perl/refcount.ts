/**
 * Reference counting as perl does it: every owner (a pad slot, an array or
 * hash slot, a reference value held in a scalar, a closure capture, a
 * mortal on the tmps stack) holds one count. When a count reaches zero the
 * thing is freed at once: a blessed object with DESTROY gets its DESTROY
 * queued to run before the next instruction, a filehandle is queued for
 * close (its flush may block). Cycles are never freed until global
 * destruction. The JS garbage collector plays no part.
 */
import type { Image } from './image.ts';
import type { Referent, Sv, Val, Ref } from './values.ts';
import { isRef } from './values.ts';

/** What refcounting needs from the VM. */
export interface RcHost {
  img: Image;
  /** DESTROY method for a class, or null. */
  hasDestroy(cls: string): boolean;
}

export function incref(r: Referent): void {
  r.rc++;
}

/** Drop one count; free the referent when none are left. */
export function decref(h: RcHost, r: Referent): void {
  if (--r.rc > 0) return;
  if (r.rc < 0) { r.rc = 0; return; }
  free(h, r);
}

/** Free a referent whose count reached zero. */
export function free(h: RcHost, r: Referent): void {
  if (r.blessed !== undefined && !r.destroyed && h.hasDestroy(r.blessed)) {
    r.destroyed = true;
    r.rc = 1; // held by the pending DESTROY call
    h.img.pending.push({ depth: h.img.frames.length, k: 'destroy', obj: r, cls: r.blessed });
    return;
  }
  clearWeak(r);
  if (r.blessed !== undefined) h.img.objects.delete(r);
  switch (r.t) {
    case 's': {
      const v = r.v;
      r.v = undefined;
      if (isRef(v) && !v.weak) decref(h, v.to);
      return;
    }
    case 'a': {
      const items = r.a;
      r.a = [];
      for (const e of items) if (e) decref(h, e);
      return;
    }
    case 'h': {
      const items = [...r.h.values()];
      r.h = new Map();
      for (const e of items) decref(h, e);
      return;
    }
    case 'c':
      for (const c of r.captured) decref(h, c);
      r.captured = [];
      return;
    case 'g':
      for (const slot of [r.sv, r.av, r.hv, r.cv, r.io]) if (slot) decref(h, slot);
      r.sv = r.av = r.hv = r.cv = r.io = undefined;
      return;
    case 'io':
      if (r.mode !== 'closed') h.img.pending.push({ depth: h.img.frames.length, k: 'close', io: r });
      return;
  }
}

/** Weak references to a referent (kept on the referent so they can be cleared). */
type WithWeak = Referent & { weakRefs?: Sv[] };

function clearWeak(r: Referent): void {
  const w = (r as WithWeak).weakRefs;
  if (!w) return;
  for (const sv of w) if (isRef(sv.v) && sv.v.to === r) sv.v = undefined;
  (r as WithWeak).weakRefs = undefined;
}

/** Scalar::Util::weaken: the scalar's reference stops owning its referent. */
export function weaken(h: RcHost, sv: Sv): void {
  const v = sv.v;
  if (!isRef(v) || v.weak) return;
  const ref: Ref = { t: 'r', to: v.to, weak: true };
  sv.v = ref;
  const w = v.to as WithWeak;
  (w.weakRefs ??= []).push(sv);
  decref(h, v.to);
}

/** Store a value in a scalar container, adjusting counts (perl's sv_setsv). */
export function setSv(h: RcHost, sv: Sv, v: Val): void {
  const old = sv.v;
  if (isRef(v)) {
    incref(v.to);
    if (v.weak) v = { t: 'r', to: v.to };
  }
  sv.v = v;
  if (isRef(old) && !old.weak) decref(h, old.to);
}

/** Make a temporary own one count until the next statement boundary. */
export function mortal<T extends Referent>(h: RcHost, r: T): T {
  r.rc++;
  h.img.tmps.push(r);
  return r;
}

/** A new mortal reference to `r`. */
export function mortalRef(h: RcHost, r: Referent): Ref {
  mortal(h, r);
  return { t: 'r', to: r };
}

/** FREETMPS: release temporaries above `floor`. */
export function freeTmps(h: RcHost, floor: number): void {
  const t = h.img.tmps;
  while (t.length > floor) decref(h, t.pop()!);
}
