/**
 * The matcher for extglob patterns and for positional questions ("which ends
 * does the pattern reach from here?"). Instead of backtracking it computes,
 * for a start position, the set of end positions a pattern element can reach
 * (sets are sorted lists of half-open intervals), so alternatives and
 * repetitions never multiply: the work is polynomial in the subject's length.
 * Results per (group, start) are memoized; that also makes the computation
 * resumable: when a slice of steps is spent it throws MatchBudget at the next
 * new memo entry, and a rerun finds the finished entries again.
 */
import { charMatches, type Compiled, type MatchOpts, type PNode } from './pattern-compile.ts';

/** Thrown when the current slice of steps is spent; the caller ticks and asks again. */
export class MatchBudget {}
const BUDGET = new MatchBudget();

/** Sorted, disjoint, non-adjacent half-open intervals [a0, b0, a1, b1, ...]. */
type Ivals = number[];

/** Add the point p (not below any point already present) to an interval list. */
function pushPoint(out: Ivals, p: number): void {
  const n = out.length;
  if (n && out[n - 1] === p) out[n - 1] = p + 1;
  else if (!n || out[n - 1]! < p) out.push(p, p + 1);
}

/** Union of interval lists. */
function union(sets: Ivals[]): Ivals {
  const live = sets.filter((s) => s.length > 0);
  if (live.length <= 1) return live[0] ?? [];
  const pairs: [number, number][] = [];
  for (const s of live) for (let i = 0; i < s.length; i += 2) pairs.push([s[i]!, s[i + 1]!]);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: Ivals = [];
  for (const [a, b] of pairs) {
    const n = out.length;
    if (n && a <= out[n - 1]!) out[n - 1] = Math.max(out[n - 1]!, b);
    else out.push(a, b);
  }
  return out;
}

/** A repetition's loop over positions: reached-coverage differences, the next position, the ends so far. */
interface RepeatState {
  p: number;
  diff: Int32Array;
  hi: number;
  q: number;
  cover: number;
  out: Ivals;
}

/** Whether p lies in one of the intervals (binary search). */
function has(s: Ivals, p: number): boolean {
  let lo = 0, hi = s.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p < s[2 * mid]!) hi = mid - 1;
    else if (p >= s[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

export class Matcher {
  readonly n: number;
  /** Steps taken so far (the caller charges them to its process). */
  steps = 0;
  private sliceEnd = Infinity;
  private progress = false;
  private readonly fold: boolean;
  /** A leading '.' of the subject may be matched only by a literal '.'. */
  private readonly dot0: boolean;
  private readonly topMemo: (Ivals | undefined)[] = [];
  private readonly extMemo: (Ivals | undefined)[][];
  private readonly altMemo: (Ivals | undefined)[][];
  private readonly partial = new Map<number, RepeatState>();

  /** A matcher of one compiled pattern against one subject (as code points). */
  constructor(
    private readonly pat: Compiled,
    readonly chars: string[],
    o: MatchOpts,
  ) {
    this.n = chars.length;
    this.fold = o.nocase ?? false;
    this.dot0 = (o.period ?? false) && chars[0] === '.';
    this.extMemo = Array.from({ length: pat.exts }, () => []);
    this.altMemo = Array.from({ length: pat.exts }, () => []);
  }

  /** Allow `steps` more steps before MatchBudget is thrown (after some progress). */
  slice(steps: number): void {
    this.sliceEnd = this.steps + steps;
    this.progress = false;
  }

  /** Whether the pattern matches chars[start, end). */
  matches(start: number, end: number): boolean {
    return has(this.ends(start), end);
  }

  /** The largest end the pattern reaches from start, or -1. */
  longest(start: number): number {
    const s = this.ends(start);
    return s.length ? s[s.length - 1]! - 1 : -1;
  }

  /** The smallest end the pattern reaches from start, or -1. */
  shortest(start: number): number {
    const s = this.ends(start);
    return s.length ? s[0]! : -1;
  }

  /** The substring chars[a, b). */
  text(a: number, b: number): string {
    return this.chars.slice(a, b).join('');
  }

  private ends(start: number): Ivals {
    let r = this.topMemo[start];
    if (r) return r;
    this.enter();
    r = this.seqEnds(this.pat.seq, start);
    this.topMemo[start] = r;
    this.progress = true;
    return r;
  }

  private enter(): void {
    if (this.progress && this.steps >= this.sliceEnd) throw BUDGET;
  }

  private seqEnds(seq: PNode[], start: number): Ivals {
    let s: Ivals = [start, start + 1];
    for (const node of seq) {
      s = this.step(node, s);
      if (!s.length) break;
    }
    return s;
  }

  /** The ends reachable by `node` from any position in `from`. */
  private step(node: PNode, from: Ivals): Ivals {
    this.steps++;
    if (node.k === 'star') {
      let lo = from[0]!;
      if (lo === 0 && this.dot0) {
        lo = from[1]! > 1 ? 1 : (from[2] ?? -1);
        if (lo < 0) return [];
      }
      return [lo, this.n + 1];
    }
    if (node.k === 'ext') {
      const parts: Ivals[] = [];
      for (let i = 0; i < from.length; i += 2) {
        for (let p = from[i]!; p < from[i + 1]!; p++) parts.push(this.extEnds(node, p));
      }
      this.steps += parts.length;
      return union(parts);
    }
    const out: Ivals = [];
    for (let i = 0; i < from.length; i += 2) {
      const hi = Math.min(from[i + 1]!, this.n);
      this.steps += hi - from[i]!;
      for (let p = from[i]!; p < hi; p++) {
        if (p === 0 && this.dot0 && node.k !== 'lit') continue;
        if (charMatches(node, this.chars[p]!, this.fold)) pushPoint(out, p + 1);
      }
    }
    return out;
  }

  /** Ends of a group started at p, by its operator. */
  private extEnds(node: PNode & { k: 'ext' }, p: number): Ivals {
    const memo = this.extMemo[node.id]!;
    let r = memo[p];
    if (r) return r;
    this.enter();
    switch (node.op) {
      case '@': r = this.altEnds(node, p); break;
      case '?': r = union([[p, p + 1], this.altEnds(node, p)]); break;
      case '+': r = this.repeat(node, p, false); break;
      case '*': r = this.repeat(node, p, true); break;
      case '!': r = this.negate(node, p); break;
    }
    memo[p] = r;
    this.progress = true;
    return r;
  }

  /** Ends of any one alternative of a group started at p. */
  private altEnds(node: PNode & { k: 'ext' }, p: number): Ivals {
    const memo = this.altMemo[node.id]!;
    let r = memo[p];
    if (r) return r;
    this.enter();
    r = union(node.alts.map((alt) => this.seqEnds(alt, p)));
    memo[p] = r;
    this.progress = true;
    return r;
  }

  /**
   * One or more (zero or more with `empty`) alternatives in a row from p:
   * positions are visited in ascending order (every alternative's ends lie at
   * or after its start), coverage kept as a difference array. A loop cut
   * short by MatchBudget keeps its state and continues where it stopped.
   */
  private repeat(node: PNode & { k: 'ext' }, p: number, empty: boolean): Ivals {
    const key = node.id * (this.n + 2) + p;
    let st = this.partial.get(key);
    if (!st) {
      const first = this.altEnds(node, p);
      if (!first.length) return empty ? [p, p + 1] : [];
      st = { p, diff: new Int32Array(Math.min(64, this.n - p + 2)), hi: p, q: p - 1, cover: 0, out: [] };
      if (empty) this.cover(st, [p, p + 1]);
      this.cover(st, first);
      st.q = p;
    }
    try {
      for (; st.q <= st.hi; st.q++) {
        const q = st.q;
        const cover = st.cover + st.diff[q - p]!;
        if (cover > 0) {
          pushPoint(st.out, q);
          if (q > p) this.cover(st, this.altEnds(node, q));
        }
        st.cover = cover;
        this.steps++;
      }
    } catch (e) {
      this.partial.set(key, st);
      throw e;
    }
    this.partial.delete(key);
    return st.out;
  }

  /** Mark the ends of s (those after the current position) as reached. */
  private cover(st: RepeatState, s: Ivals): void {
    for (let i = 0; i < s.length; i += 2) {
      const a = Math.max(s[i]!, st.q + 1), b = s[i + 1]!;
      if (a >= b) continue;
      if (b - st.p >= st.diff.length) {
        const grown = new Int32Array(Math.min(Math.max(2 * st.diff.length, b - st.p + 1), this.n - st.p + 2));
        grown.set(st.diff);
        st.diff = grown;
      }
      st.diff[a - st.p]!++;
      st.diff[b - st.p]!--;
      st.hi = Math.max(st.hi, b - 1);
    }
    this.steps += s.length;
  }

  /** Every end from p that no alternative reaches (bash: `!(…)` never takes a leading dot). */
  private negate(node: PNode & { k: 'ext' }, p: number): Ivals {
    if (p === 0 && this.dot0) return [];
    const yes = this.altEnds(node, p);
    const out: Ivals = [];
    let at = p;
    for (let i = 0; i < yes.length; i += 2) {
      if (yes[i]! > at) out.push(at, yes[i]!);
      at = Math.max(at, yes[i + 1]!);
    }
    if (at <= this.n) out.push(at, this.n + 1);
    this.steps += yes.length + 1;
    return out;
  }
}
