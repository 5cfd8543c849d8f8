/**
 * glob() and <*.c>: File::Glob's csh_glob as perl uses it by default —
 * whitespace separates patterns (quotes group), braces expand, `~` is the
 * home directory, `\` quotes, a pattern without * ? [ is returned as it is
 * (GLOB_NOMAGIC), matches are sorted case-insensitively (GLOB_ALPHASORT),
 * and a leading dot must be matched explicitly. In scalar context each
 * call site iterates over its list and returns undef at its end.
 */
import { O_RDONLY } from '../abi/fcntl.ts';
import { def } from './builtins.ts';
import { dirEntries } from './builtins-io.ts';
import { fromBytes } from './io.ts';
import { gvFetch } from './symbols.ts';
import { newSv, type Av } from './values.ts';
import { val, valStr, type Item } from './scalar.ts';
import type { Vm } from './vm.ts';

const MAGIC = /[*?[]/;

/** The words of a glob argument: split on whitespace, quotes keep spaces. */
function words(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let have = false;
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else cur += c === '\\' && quote === '"' && i + 1 < s.length ? s[++i]! : c;
    } else if (c === '"' || c === "'") { quote = c; have = true; }
    else if (/\s/.test(c)) { if (have) out.push(cur); cur = ''; have = false; }
    else { cur += c; have = true; if (c === '\\' && i + 1 < s.length) cur += s[++i]!; }
  }
  if (have) out.push(cur);
  return out;
}

/** Brace expansion: "a{b,c{d,e}}f" → abf acdf acef; "{}" stays literal. */
function braces(p: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') { i++; continue; }
    if (c === '{') {
      if (p[i + 1] === '}') { i++; continue; }
      if (depth++ === 0) open = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      const parts: string[] = [];
      let d = 0;
      let start = open + 1;
      for (let j = open + 1; j < i; j++) {
        const cj = p[j]!;
        if (cj === '\\') { j++; continue; }
        if (cj === '{') d++;
        else if (cj === '}') d--;
        else if (cj === ',' && d === 0) { parts.push(p.slice(start, j)); start = j + 1; }
      }
      parts.push(p.slice(start, i));
      const pre = p.slice(0, open);
      const post = p.slice(i + 1);
      return parts.flatMap((mid) => braces(pre + mid + post));
    }
  }
  return [p];
}

function unquote(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** Does `name` match the one-segment pattern `pat` (* ? [...] and \ quoting)? */
export function segmentMatch(pat: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const c = pat[p];
    if (c === '*') { starP = ++p; starN = n; continue; }
    if (c !== undefined) {
      const step = matchOne(pat, p, name[n]!);
      if (step > 0) { p += step; n++; continue; }
    }
    if (starP < 0) return false;
    p = starP;
    n = ++starN;
  }
  while (pat[p] === '*') p++;
  return p === pat.length;
}

/** Length of the pattern element at `p` if it matches `ch`, else 0. */
function matchOne(pat: string, p: number, ch: string): number {
  const c = pat[p]!;
  if (c === '?') return 1;
  if (c === '\\' && p + 1 < pat.length) return pat[p + 1] === ch ? 2 : 0;
  if (c === '[') {
    let i = p + 1;
    const negate = pat[i] === '!' || pat[i] === '^';
    if (negate) i++;
    let hit = false;
    let first = true;
    for (; i < pat.length && (first || pat[i] !== ']'); i++, first = false) {
      let lo = pat[i]!;
      if (lo === '\\' && i + 1 < pat.length) lo = pat[++i]!;
      if (pat[i + 1] === '-' && i + 2 < pat.length && pat[i + 2] !== ']') {
        let hi = pat[i + 2]!;
        i += 2;
        if (hi === '\\' && i + 1 < pat.length) hi = pat[++i]!;
        if (ch >= lo && ch <= hi) hit = true;
      } else if (ch === lo) hit = true;
    }
    if (i >= pat.length) return c === ch ? 1 : 0; // no closing ]: a literal [
    return hit !== negate ? i + 1 - p : 0;
  }
  return c === ch ? 1 : 0;
}

function listDir(vm: Vm, dir: string): string[] | null {
  const names = dirEntries(vm, dir === '' ? '.' : dir);
  return typeof names === 'number' ? null : names;
}

/** Paths matching one expanded pattern (with magic). */
function expand(vm: Vm, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const dirOnly = pattern.length > 1 && pattern.endsWith('/');
  const segs = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let paths = [absolute ? '/' : ''];
  for (let i = absolute ? 1 : 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const last = i === segs.length - 1;
    const next: string[] = [];
    for (const base of paths) {
      const join = (name: string): string => (base === '' ? name : base.endsWith('/') ? base + name : `${base}/${name}`);
      if (!MAGIC.test(seg)) {
        const p = join(unquote(seg));
        if (last && !dirOnly ? typeof vm.sys.lstat(p) !== 'number' : isDir(vm, p)) next.push(p);
        continue;
      }
      for (const name of listDir(vm, base) ?? []) {
        if (name.startsWith('.') && !seg.startsWith('.') && !seg.startsWith('\\.')) continue;
        if (!segmentMatch(seg, name)) continue;
        const p = join(name);
        if ((last && !dirOnly) || isDir(vm, p)) next.push(p);
      }
    }
    paths = next;
  }
  return (dirOnly ? paths.map((p) => `${p}/`) : paths).sort(alphaSort);
}

function isDir(vm: Vm, p: string): boolean {
  const st = vm.sys.stat(p);
  return typeof st !== 'number' && (st.mode & 0o170000) === 0o040000;
}

function alphaSort(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function tilde(vm: Vm, w: string): string {
  const m = /^~([^/]*)/.exec(w);
  if (!m) return w;
  let home: string | undefined;
  if (m[1] === '') home = gvFetch(vm, 'main::ENV', true)!.hv?.h.get('HOME')?.v as string | undefined;
  else home = homeOf(vm, m[1]!);
  return home === undefined ? w : home + w.slice(m[0].length);
}

function homeOf(vm: Vm, user: string): string | undefined {
  const fd = vm.sys.open('/etc/passwd', O_RDONLY);
  if (fd < 0) return undefined;
  let text = '';
  for (;;) {
    const b = vm.sys.read(fd, 65536);
    if (typeof b === 'number' || b.length === 0) break;
    text += fromBytes(b);
  }
  vm.sys.close(fd);
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f[0] === user && f.length >= 6) return f[5];
  }
  return undefined;
}

/** Every path a glob argument names, in csh_glob's order. */
export function globList(vm: Vm, arg: string): string[] {
  const out: string[] = [];
  for (const w of words(arg)) {
    for (const p of braces(w)) {
      const t = tilde(vm, p);
      if (MAGIC.test(t)) out.push(...expand(vm, t));
      else out.push(unquote(t));
    }
  }
  return out;
}

def('glob', (vm, args, want, pc, f) => {
  const x = args[0] as Item | undefined;
  const arg = x === undefined ? valStr(vm, gvFetch(vm, 'main::_', true)!.sv?.v) : valStr(vm, val(vm, x));
  if (want === 2) return globList(vm, arg);
  const key = `glob:${f.unit}:${pc}`;
  let iter = vm.img.states.get(key) as Av | undefined;
  if (!iter) {
    iter = { t: 'a', a: globList(vm, arg).map((s) => newSv(s)), rc: 1 };
    vm.img.states.set(key, iter);
  }
  const next = iter.a.shift();
  if (!next) { vm.img.states.delete(key); return undefined; }
  return next.v;
});
