/** Parameter expansion: ${name...} lookups and their operators (bash(1) "Parameter Expansion"). */
import type { Gen } from '../programs/runtime.ts';
import type { ParamExp, Word } from './parse/ast.ts';
import { ExpandError, expandParts, expandPattern, expandString, valueSegs, type ExpandHost, type Seg } from './expand.ts';
import { caseWith, mapMatch, substituteWith, trimWith, type RepPiece } from './param-match.ts';
import { getScalar, keysOf, lookup, rawLookup, setElement, setScalar, valuesOf, visibleNames, VarError } from './vars.ts';
import { quoteValue, declareLine } from './quote.ts';
import { decodeAnsiEscape } from './parse/scanner.ts';
import { joinBytes } from '../programs/lib/bytes.ts';

/** A parameter's value: one string (undefined = unset) or a list ($@, ${a[@]}). */
export type PVal = { k: 'one'; s: string | undefined } | { k: 'many'; arr: string[]; star: boolean };

const one = (s: string | undefined): PVal => ({ k: 'one', s });

function subscriptKind(idx: Word | undefined): '@' | '*' | null {
  if (!idx || idx.parts.length !== 1) return null;
  const p = idx.parts[0]!;
  return p.t === 'lit' && (p.v === '@' || p.v === '*') ? p.v : null;
}

/** Evaluate an array subscript: arithmetic for indexed arrays, a string for associative ones. */
export function* subscript(h: ExpandHost, name: string, idx: Word): Gen<string> {
  const v = lookup(h.st, name);
  const text = yield* expandString(h, idx, true);
  if (v?.val?.k === 'assoc') return text;
  let n = Number(h.arith(text));
  if (n < 0 && v?.val?.k === 'idx') {
    const keys = [...v.val.v.keys()];
    const max = keys.length ? Math.max(...keys) : -1;
    n = max + 1 + n;
    if (n < 0) throw new ExpandError(`${name}: bad array subscript`, 1);
  }
  return String(n);
}

function positional(h: ExpandHost, name: string): string | undefined {
  if (name === '0') return h.st.argv0;
  const n = Number(name);
  return h.st.positional[n - 1];
}

/** The raw value of ${name} / ${name[i]} / $@ before any operator. */
export function* rawValue(h: ExpandHost, name: string, idx: Word | undefined): Gen<PVal> {
  if (name === '@' || name === '*') return { k: 'many', arr: [...h.st.positional], star: name === '*' };
  if (name === '#') return one(String(h.st.positional.length));
  if (name === '?') return one(String(h.st.status));
  if (/^[0-9]+$/.test(name)) return one(positional(h, name));
  const sp = h.special(name);
  if (sp !== undefined && !idx) return one(sp);
  const kind = subscriptKind(idx);
  const sa = h.specialArray?.(name);
  if (sa) {
    if (kind) return { k: 'many', arr: sa, star: kind === '*' };
    return one(sa[idx ? Number(yield* subscript(h, name, idx)) : 0]);
  }
  const v = lookup(h.st, name);
  if (kind) {
    if (name === 'PIPESTATUS' || !v?.val) return { k: 'many', arr: v?.val ? valuesOf(v.val) : [], star: kind === '*' };
    return { k: 'many', arr: valuesOf(v.val), star: kind === '*' };
  }
  if (idx) {
    const key = yield* subscript(h, name, idx);
    if (!v?.val) return one(undefined);
    if (v.val.k === 'idx') return one(v.val.v.get(Number(key)));
    if (v.val.k === 'assoc') return one(v.val.v.get(key));
    return one(key === '0' ? v.val.v : undefined);
  }
  return one(getScalar(h.st, name));
}

/** ${p} before its operator, with ${#...}, ${!...} and unset-variable checks applied. */
export function* paramValue(h: ExpandHost, p: ParamExp): Gen<PVal> {
  if (p.op?.k === 'transform' && p.op.op.startsWith('bad:')) {
    throw new ExpandError(`${p.op.op.slice(4) || '${}'}: bad substitution`, 1);
  }
  if (p.prefixList) {
    return { k: 'many', arr: visibleNames(h.st).filter((n) => n.startsWith(p.name) && lookup(h.st, n)?.val), star: p.prefixList === '*' };
  }
  if (p.indirect) {
    const nr = p.index ? undefined : rawLookup(h.st, p.name);
    if (nr?.nameref && nr.val?.k === 'str') return one(nr.val.v);
    const kind = subscriptKind(p.index);
    if (kind) {
      const v = lookup(h.st, p.name);
      return { k: 'many', arr: v?.val ? keysOf(v.val) : [], star: kind === '*' };
    }
    const target = yield* rawValue(h, p.name, p.index);
    const ref = target.k === 'one' ? target.s : target.arr.join(' ');
    if (ref === undefined) {
      if (h.st.opts.nounset) throw new ExpandError(`${p.name}: unbound variable`, 127);
      return one(undefined);
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$/s.exec(ref);
    if (!m && !/^([0-9]+|[@*#?$!-])$/.test(ref)) throw new ExpandError(`${ref}: invalid indirect expansion`, 1);
    const idx = m?.[2] !== undefined ? { parts: [{ t: 'lit' as const, v: m[2] }] } : undefined;
    return yield* rawValue(h, m ? m[1]! : ref, idx);
  }
  const v = yield* rawValue(h, p.name, p.index);
  if (p.length) {
    if (v.k === 'many') return one(String(v.arr.length));
    checkUnset(h, p, v);
    return one(String([...(v.s ?? '')].length));
  }
  return v;
}

function checkUnset(h: ExpandHost, p: ParamExp, v: PVal): void {
  if (!h.st.opts.nounset || v.k === 'many' || v.s !== undefined) return;
  if (p.op?.k === 'default') return;
  if (p.name === '@' || p.name === '*') return;
  const shown = p.index ? `${p.name}[${flat(p.index)}]` : p.name === '!' ? '!' : p.name;
  throw new ExpandError(`${shown}: unbound variable`, 127);
}

function flat(w: Word): string {
  return w.parts.map((x) => ('v' in x ? x.v : '')).join('');
}

const isEmpty = (v: PVal, colon: boolean): boolean =>
  v.k === 'one' ? v.s === undefined || (colon && v.s === '') : v.arr.length === 0 || (colon && v.arr.every((s) => s === '') && v.arr.length <= 1);

function mapVal(v: PVal, f: (s: string) => string): PVal {
  if (v.k === 'one') return v.s === undefined ? v : one(f(v.s));
  return { ...v, arr: v.arr.map(f) };
}

/** Apply ${p}'s operator; word-producing operators (-, +) return segments directly. */
export function* applyOp(h: ExpandHost, p: ParamExp, v: PVal, inDq: boolean): Gen<PVal | { segs: Seg[] }> {
  const op = p.op;
  const extglob = h.st.shopt.get('extglob') ?? false;
  if (!op || p.length) {
    checkUnset(h, p, v);
    return v;
  }
  switch (op.k) {
    case 'default': {
      const empty = isEmpty(v, op.colon);
      if (op.kind === '+') return empty ? { segs: [] } : { segs: argSegs(yield* expandParts(h, op.arg.parts, inDq, false), inDq) };
      if (!empty) return v;
      if (op.kind === '-') return { segs: argSegs(yield* expandParts(h, op.arg.parts, inDq, false), inDq) };
      const text = yield* expandString(h, op.arg, inDq);
      if (op.kind === '?') {
        const msg = text || (op.colon ? 'parameter null or not set' : 'parameter not set');
        throw new ExpandError(`${p.name}: ${msg}`, 127);
      }
      yield* assignDefault(h, p, text);
      return one(text);
    }
    case 'trim': {
      checkUnset(h, p, v);
      const pat = yield* expandPattern(h, op.pat, false);
      return yield* mapMatch(h, v, pat, { extglob }, (m) => trimWith(m, op.side, op.longest));
    }
    case 'subst': {
      checkUnset(h, p, v);
      const pat = yield* expandPattern(h, op.pat, false);
      const rep = op.rep ? yield* replacement(h, op.rep) : [];
      if (pat === '' && op.anchor === '') return v;
      const nocase = h.st.shopt.get('nocasematch') ?? false;
      return yield* mapMatch(h, v, pat, { extglob, nocase }, (m) => substituteWith(m, rep, op.all, op.anchor, pat.startsWith('*')));
    }
    case 'slice':
      checkUnset(h, p, v);
      return yield* slice(h, p, v, op.offset, op.length);
    case 'case': {
      checkUnset(h, p, v);
      const pat = op.pat ? yield* expandPattern(h, op.pat, false) : '?';
      return yield* mapMatch(h, v, pat, { extglob }, (m) => caseWith(m, op.upper, op.all));
    }
    case 'transform':
      checkUnset(h, p, v);
      return transform(h, p, v, op.op);
  }
}

/** Unquoted ${x:-word}: the word's unquoted text is subject to word splitting. */
function argSegs(segs: Seg[], inDq: boolean): Seg[] {
  if (inDq) return segs;
  return segs.map((s) => ('brk' in s || s.q ? s : { ...s, sp: true }));
}

function* assignDefault(h: ExpandHost, p: ParamExp, text: string): Gen<void> {
  if (/^[0-9@*#?$!-]/.test(p.name)) throw new ExpandError(`$${p.name}: cannot assign in this way`, 1);
  try {
    if (p.index) setElement(h.st, p.name, yield* subscript(h, p.name, p.index), text);
    else setScalar(h.st, p.name, text);
  } catch (e) {
    if (e instanceof VarError) throw new ExpandError(e.message, 1);
    throw e;
  }
}

/** The replacement word's pieces: unquoted `&` stands for the match, inside double quotes too. */
function* replacement(h: ExpandHost, w: Word): Gen<RepPiece[]> {
  const segs = yield* expandParts(h, w.parts, false, false);
  const out: RepPiece[] = [];
  for (const seg of segs) {
    if ('brk' in seg) {
      out.push({ s: ' ' });
      continue;
    }
    if (seg.q) {
      out.push({ s: seg.s });
      continue;
    }
    let buf = '';
    for (let i = 0; i < seg.s.length; i++) {
      const c = seg.s[i]!;
      if (c === '\\' && (seg.s[i + 1] === '&' || seg.s[i + 1] === '\\')) buf += seg.s[++i];
      else if (c === '&') {
        out.push({ s: buf }, { amp: true });
        buf = '';
      } else buf += c;
    }
    out.push({ s: buf });
  }
  return out;
}

function* slice(h: ExpandHost, p: ParamExp, v: PVal, offW: Word, lenW: Word | null): Gen<PVal> {
  const off = Number(h.arith(yield* expandString(h, offW, true)));
  const len = lenW ? Number(h.arith(yield* expandString(h, lenW, true))) : null;
  const cut = <T>(arr: T[], base: number): T[] | null => {
    let start = off < 0 ? arr.length + off : off - base;
    if (start < 0) {
      if (off < 0) return [];
      start = 0;
    }
    if (len === null) return arr.slice(start);
    if (len < 0) {
      const end = arr.length + len;
      if (end < start) return null;
      return arr.slice(start, end);
    }
    return arr.slice(start, start + len);
  };
  if (v.k === 'many') {
    const isPos = p.name === '@' || p.name === '*';
    const list = isPos ? [h.st.argv0, ...v.arr] : v.arr;
    const r = cut(list, 0);
    if (r === null) throw new ExpandError(`${len}: substring expression < 0`, 1);
    return { ...v, arr: r };
  }
  if (v.s === undefined) return v;
  const r = cut([...v.s], 0);
  if (r === null) throw new ExpandError(`${len}: substring expression < 0`, 1);
  return one(r.join(''));
}

function transform(h: ExpandHost, p: ParamExp, v: PVal, op: string): PVal {
  switch (op) {
    case 'Q': return v.k === 'one' && v.s === undefined ? v : mapVal(v, quoteValue);
    case 'E': return mapVal(v, (s) => {
      let out = '';
      for (let i = 0; i < s.length; i++) {
        if (s[i] === '\\') {
          const [t, n] = decodeAnsiEscape(s, i + 1);
          out += t;
          i += n;
        } else out += s[i];
      }
      const nul = out.indexOf('\0');
      return joinBytes(nul < 0 ? out : out.slice(0, nul));
    });
    case 'U': return mapVal(v, (s) => s.toUpperCase());
    case 'L': return mapVal(v, (s) => s.toLowerCase());
    case 'u': return mapVal(v, (s) => s.charAt(0).toUpperCase() + s.slice(1));
    case 'A': return v.k === 'one' && v.s !== undefined ? one(declareLine(h.st, p.name, true)) : v;
    case 'a': {
      const x = lookup(h.st, p.name);
      let f = '';
      if (x?.val?.k === 'idx') f += 'a';
      if (x?.val?.k === 'assoc') f += 'A';
      if (x?.integer) f += 'i';
      if (x?.readonly) f += 'r';
      if (x?.exported) f += 'x';
      return one(f);
    }
    case 'P': return mapVal(v, (s) => h.prompt(s));
    case 'K': return v;
  }
  throw new ExpandError(`\${${p.name}@${op}}: bad substitution`, 1);
}

export { valueSegs };
