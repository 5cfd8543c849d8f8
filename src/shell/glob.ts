/**
 * Pathname expansion (bash(1) "Pathname Expansion"): each `/`-separated
 * segment of a pattern is matched against a directory's names; with
 * `globstar` a segment `**` stands for any number of directories. Options:
 * dotglob, nocaseglob, extglob, nullglob and failglob (the last two are the
 * caller's). Results are sorted by code point (C.UTF-8 collation).
 */
import type { Gen } from '../programs/runtime.ts';
import type { ExpandHost } from './expand.ts';
import { EXT_OPS, groupEnd } from './pattern-compile.ts';
import { hasGlob, matchGen, skipDotName, unescapePattern } from './pattern.ts';

interface GlobOpts {
  dot: boolean;
  nocase: boolean;
  extglob: boolean;
  globstar: boolean;
}

/** Split a pattern at its slashes, keeping extglob groups whole. */
function splitSegments(pat: string, extglob: boolean): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i]!;
    if (c === '\\') i++;
    else if (extglob && EXT_OPS.includes(c) && pat[i + 1] === '(') {
      const g = groupEnd(pat, i + 1, pat.length);
      if (g) i = g.close;
    } else if (c === '/') {
      out.push(pat.slice(start, i));
      start = i + 1;
    }
  }
  out.push(pat.slice(start));
  return out;
}

const join = (base: string, n: string): string => (base === '' ? n : base.endsWith('/') ? base + n : base + '/' + n);

/** Pathname expansion of a pattern against the file system, sorted. */
export function* glob(h: ExpandHost, pat: string): Gen<string[]> {
  const o: GlobOpts = {
    dot: h.st.shopt.get('dotglob') ?? false,
    nocase: h.st.shopt.get('nocaseglob') ?? false,
    extglob: h.st.shopt.get('extglob') ?? false,
    globstar: h.st.shopt.get('globstar') ?? false,
  };
  const abs = pat.startsWith('/');
  const segs = splitSegments(pat, o.extglob).filter((s, i) => s !== '' || i === 0);
  const trailingSlash = pat.endsWith('/');
  let paths: string[] = [abs ? '/' : ''];
  for (let i = abs ? 1 : 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const next: string[] = [];
    for (const base of paths) {
      if (o.globstar && seg === '**') next.push(...(yield* starStar(h, base, i === segs.length - 1, trailingSlash, o)));
      else next.push(...(yield* matchSegment(h, base, seg, o)));
    }
    paths = next;
    if (!paths.length) return [];
  }
  if (trailingSlash) {
    const dirs: string[] = [];
    for (const p of paths) {
      if (p.endsWith('/')) dirs.push(p);
      else if (yield* h.exists(p + '/.')) dirs.push(p + '/');
    }
    paths = dirs;
  }
  return [...new Set(paths)].sort(compareNames);
}

/** The names in `base` that one segment matches, joined to base. */
function* matchSegment(h: ExpandHost, base: string, seg: string, o: GlobOpts): Gen<string[]> {
  if (!hasGlob(seg, o.extglob)) {
    const lit = unescapePattern(seg);
    return (yield* h.exists(join(base, lit) || '.')) ? [join(base, lit)] : [];
  }
  const names = yield* h.readdir(base === '' ? '.' : base);
  if (!names) return [];
  const out: string[] = [];
  const tick = (n: number): Gen<void> => h.tick(n);
  const opts = { nocase: o.nocase, extglob: o.extglob, period: !o.dot };
  for (const n of names) {
    if (n.startsWith('.') && !o.dot && skipDotName(seg, o.extglob)) continue;
    if (yield* matchGen(seg, n, opts, tick)) out.push(join(base, n));
  }
  return out;
}

/**
 * globstar's `**`: base and every directory below it (not through symbolic
 * links, nor into dot-directories without dotglob); as the last segment also
 * every file below (or with a trailing slash every link to a directory), and
 * base itself as "base/".
 */
function* starStar(h: ExpandHost, base: string, last: boolean, trailingSlash: boolean, o: GlobOpts): Gen<string[]> {
  const out: string[] = [];
  if (!last) out.push(base);
  else if (base !== '') out.push(base.endsWith('/') ? base : base + '/');
  const walk = function* (dir: string): Gen<void> {
    const names = yield* h.readdir(dir === '' ? '.' : dir);
    if (!names) return;
    yield* h.tick(names.length);
    for (const n of names.sort(compareNames)) {
      if (n.startsWith('.') && !o.dot) continue;
      const p = join(dir, n);
      const isDir = yield* h.isDir(p);
      if (last && !trailingSlash) out.push(p);
      else if (isDir || (last && (yield* h.exists(p + '/.')))) out.push(p);
      if (isDir) yield* walk(p);
    }
  };
  yield* walk(base);
  return out;
}

export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
