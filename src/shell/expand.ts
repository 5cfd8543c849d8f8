/**
 * Word expansion in bash's order (bash(1) EXPANSION): brace, tilde,
 * parameter/command/arithmetic substitution, word splitting on IFS, pathname
 * expansion, quote removal. Generators, because command substitution runs
 * processes; the interpreter supplies those services through ExpandHost.
 */
import type { Gen } from '../programs/runtime.ts';
import type { List, ParamExp, Word, WordPart } from './parse/ast.ts';
import type { ShellState } from './state.ts';
import { braceExpand } from './brace.ts';
import { escapePattern, hasGlob } from './pattern.ts';
import { compareNames, glob } from './glob.ts';
import { getScalar, lookup } from './vars.ts';
import { paramValue, applyOp, type PVal } from './param.ts';

export class ExpandError {
  constructor(
    readonly message: string,
    /** exit status when it aborts a non-interactive shell */
    readonly status: number,
    /** false when only the command fails and a script goes on (failglob) */
    readonly fatal = true,
  ) {}
}

export interface ExpandHost {
  st: ShellState;
  /** Dynamic parameters: $$ $! $- RANDOM SECONDS LINENO BASHPID ...; undefined = not dynamic. */
  special(name: string): string | undefined;
  commandSubst(body: List): Gen<string>;
  procSubst(dir: '<' | '>', body: List): Gen<string>;
  /** Names in a directory (without . and ..), or null when unreadable. */
  readdir(path: string): Gen<string[] | null>;
  /** Whether a path exists (lstat), for glob segments without wildcards. */
  exists(path: string): Gen<boolean>;
  /** Whether a path is a directory itself (lstat: a symbolic link is not). */
  isDir(path: string): Gen<boolean>;
  home(user: string): string | null;
  /** Evaluate arithmetic text; throws ExpandError on failure. */
  arith(expr: string): string;
  /** Charge steps (default 1); may yield to be preempted. */
  tick(steps?: number): Gen<void>;
  /** Arrays the shell computes (FUNCNAME, BASH_LINENO, BASH_SOURCE); undefined for others. */
  specialArray?(name: string): string[] | undefined;
  /** Expand prompt escapes (${x@P}). */
  prompt(ps: string): string;
}

/** A piece of expanded text: quoted (no split/glob) or not, splittable or not; or a field break. */
export type Seg = { s: string; q: boolean; sp: boolean } | { brk: true };

export const isBrk = (s: Seg): s is { brk: true } => 'brk' in s;

export function ifsOf(st: ShellState): string {
  const v = getScalar(st, 'IFS');
  return v === undefined ? ' \t\n' : v;
}

/** Expand a word's parts into segments (no splitting yet). */
export function* expandParts(h: ExpandHost, parts: WordPart[], inDq: boolean, atStart = true): Gen<Seg[]> {
  const out: Seg[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    yield* h.tick();
    switch (p.t) {
      case 'lit': {
        if (i === 0 && atStart && !inDq && p.v.startsWith('~')) {
          const m = /^~([^/]*)/.exec(p.v)!;
          const home = tildeValue(h, m[1]!);
          if (home !== null) {
            out.push({ s: home, q: true, sp: false });
            if (p.v.length > m[0].length) out.push({ s: p.v.slice(m[0].length), q: false, sp: false });
            break;
          }
        }
        out.push({ s: p.v, q: inDq, sp: false });
        break;
      }
      case 'sq':
      case 'esc':
        out.push({ s: p.v, q: true, sp: false });
        break;
      case 'tilde': {
        const home = tildeValue(h, p.user);
        out.push({ s: home ?? '~' + p.user, q: true, sp: false });
        break;
      }
      case 'dq': {
        const inner = yield* expandParts(h, p.parts, true, false);
        const emptyAt = p.parts.some((x) => x.t === 'param' && isAtList(h, x.p)) && inner.length === 0;
        if (!emptyAt) out.push({ s: '', q: true, sp: false });
        out.push(...inner);
        break;
      }
      case 'param':
        out.push(...(yield* expandParamSegs(h, p.p, inDq)));
        break;
      case 'cmd': {
        const s = (yield* h.commandSubst(p.body)).replace(/\n+$/, '');
        out.push({ s, q: inDq, sp: !inDq });
        break;
      }
      case 'arith': {
        const text = yield* expandString(h, p.expr, true);
        out.push({ s: h.arith(text), q: inDq, sp: !inDq });
        break;
      }
      case 'procsub':
        out.push({ s: yield* h.procSubst(p.dir, p.body), q: true, sp: false });
        break;
    }
  }
  return out;
}

function isAtList(h: ExpandHost, p: ParamExp): boolean {
  if (p.name === '@' && !p.op && !p.length) return true;
  const idx = p.index?.parts;
  return !!idx && idx.length === 1 && idx[0]!.t === 'lit' && idx[0]!.v === '@' && !p.length && !p.op;
  void h;
}

function tildeValue(h: ExpandHost, user: string): string | null {
  if (user === '') return getScalar(h.st, 'HOME') ?? h.home('');
  if (user === '+') return getScalar(h.st, 'PWD') ?? null;
  if (user === '-') return getScalar(h.st, 'OLDPWD') ?? null;
  return h.home(user);
}

function* expandParamSegs(h: ExpandHost, p: ParamExp, inDq: boolean): Gen<Seg[]> {
  const base: PVal = yield* paramValue(h, p);
  const r = yield* applyOp(h, p, base, inDq);
  if ('segs' in r) return r.segs;
  return valueSegs(h, r, inDq);
}

/** Turn a parameter value into segments for its quoting context. */
export function valueSegs(h: ExpandHost, v: PVal, inDq: boolean): Seg[] {
  if (v.k === 'one') return v.s === undefined || (v.s === '' && !inDq) ? [] : [{ s: v.s, q: inDq, sp: !inDq }];
  if (inDq && v.star) return [{ s: v.arr.join(ifsOf(h.st).slice(0, 1)), q: true, sp: false }];
  const out: Seg[] = [];
  v.arr.forEach((s, i) => {
    if (i) out.push({ brk: true });
    out.push({ s, q: inDq, sp: !inDq });
  });
  return out;
}

interface Field {
  segs: { s: string; q: boolean }[];
  has: boolean;
}

/** IFS word splitting of segments into fields (POSIX 2.6.5). */
export function splitFields(segs: Seg[], ifs: string): Field[] {
  const fields: Field[] = [];
  let cur: Field | null = null;
  let lastWs = false;
  const ws = [...ifs].filter((c) => c === ' ' || c === '\t' || c === '\n').join('');
  const finish = (): void => {
    if (cur && (cur.has || cur.segs.some((x) => x.s !== ''))) fields.push(cur);
    cur = null;
  };
  for (const seg of segs) {
    if (isBrk(seg)) {
      finish();
      lastWs = false;
      continue;
    }
    if (!seg.sp || ifs === '') {
      cur ??= { segs: [], has: false };
      cur.segs.push({ s: seg.s, q: seg.q });
      if (seg.q) cur.has = true;
      lastWs = false;
      continue;
    }
    for (const c of seg.s) {
      if (ws.includes(c)) {
        if (cur) {
          finish();
          lastWs = true;
        }
      } else if (ifs.includes(c)) {
        if (cur) finish();
        else if (!lastWs) fields.push({ segs: [{ s: '', q: true }], has: true });
        lastWs = false;
      } else {
        cur ??= { segs: [], has: false };
        const last: { s: string; q: boolean } | undefined = cur.segs[cur.segs.length - 1];
        if (last && !last.q) last.s += c;
        else cur.segs.push({ s: c, q: false });
        lastWs = false;
      }
    }
  }
  finish();
  return fields;
}

/** Expand command words to argv fields (all expansions, splitting, globbing). */
export function* expandWords(h: ExpandHost, words: Word[]): Gen<string[]> {
  const out: string[] = [];
  for (const w0 of words) {
    const ws = h.st.opts.braceexpand ? braceExpand(w0) : [w0];
    for (const w of ws) {
      const segs = yield* expandParts(h, w.parts, false);
      for (const f of splitFields(segs, ifsOf(h.st))) out.push(...(yield* globField(h, f)));
    }
  }
  return out;
}

function* globField(h: ExpandHost, f: Field): Gen<string[]> {
  const text = f.segs.map((s) => s.s).join('');
  const extglob = h.st.shopt.get('extglob') ?? false;
  const active = extglob ? /[*?[]|[+@!]\(/ : /[*?[]/;
  if (h.st.opts.noglob || !f.segs.some((s) => !s.q && active.test(s.s))) return [text];
  const pat = f.segs.map((s) => (s.q ? escapePattern(s.s) : s.s)).join('');
  if (!hasGlob(pat, extglob)) return [pat.replace(/\\(.)/gs, '$1')];
  const matches = yield* glob(h, pat);
  if (matches.length) return matches;
  if (h.st.shopt.get('failglob')) throw new ExpandError(`no match: ${text}`, 1, false);
  if (h.st.shopt.get('nullglob')) return [];
  return [pat.replace(/\\(.)/gs, '$1')];
}

/** Expand a word to one string: no splitting or globbing ($@ joins with spaces). */
export function* expandString(h: ExpandHost, w: Word, inDq = false): Gen<string> {
  const segs = yield* expandParts(h, w.parts, inDq);
  return segs.map((s) => (isBrk(s) ? ' ' : s.s)).join('');
}

/** Expand a word into a pattern: quoted characters are escaped, the rest stays active. */
export function* expandPattern(h: ExpandHost, w: Word, inDq = false): Gen<string> {
  const segs = yield* expandParts(h, w.parts, inDq);
  return segs.map((s) => (isBrk(s) ? ' ' : s.q ? escapePattern(s.s) : s.s)).join('');
}

/** Expand a word that must yield a single field (redirection target). null when ambiguous. */
export function* expandSingle(h: ExpandHost, w: Word): Gen<string | null> {
  const r = yield* expandWords(h, [w]);
  return r.length === 1 ? r[0]! : null;
}

export { compareNames, glob, lookup };
