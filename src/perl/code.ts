/**
 * Compiled code: immutable and shared by every process running it. Images
 * refer to code only by (unit id, sub index), never hold it.
 */

/** One compiled sub (index 0 of a unit is the file's main body). */
export interface CompiledSub {
  readonly name: string;
  readonly pkg: string;
  readonly file: string;
  readonly code: number[];
  readonly consts: unknown[];
  nPad: number;
  readonly padNames: string[];
  /** Closure captures: at creation, outer pad[outer] is stored in captured[i]; at call it lands in pad[inner]. */
  readonly captures: { outer: number; inner: number }[];
  proto?: string;
  readonly line: number;
  /** Index of the enclosing sub in the unit (-1 for the main body). */
  readonly parent: number;
  /** Its loops, for last/next reaching them from a called sub: code range, stack depth, scope slot, jump targets. */
  readonly loops?: LoopRange[];
}

export interface LoopRange { label?: string; from: number; to: number; depth: number; floorSlot: number; next: number; last: number; bodySlot?: number; redo?: number }

export interface Unit {
  readonly id: number;
  readonly file: string;
  readonly subs: CompiledSub[];
  /** Named subs to install at load: sub index and full name (`form`: a format, for the glob's format slot). */
  readonly named: { sub: number; name: string; form?: boolean }[];
  /** Text after __END__/__DATA__. */
  readonly data: string | null;
  readonly pkgAtData: string;
}

const UNITS: Unit[] = [];
const BY_SOURCE = new Map<string, number>();

/** Register a compiled unit; returns its id. */
export function addUnit(make: (id: number) => Unit, cacheKey?: string): number {
  const id = UNITS.length;
  UNITS.push(make(id));
  if (cacheKey !== undefined) BY_SOURCE.set(cacheKey, id);
  return id;
}

export function cachedUnit(cacheKey: string): number | undefined {
  return BY_SOURCE.get(cacheKey);
}

export function unit(id: number): Unit {
  return UNITS[id]!;
}

export function subOf(unitId: number, sub: number): CompiledSub {
  return UNITS[unitId]!.subs[sub]!;
}
