// Data::Dumper 2.184 output (the XS Dumpxs path perl 5.36 uses) over a neutral value model.
//
// The model. A perl scalar is a DValue:
//   {t:'undef'} | {t:'str', v} | {t:'num', v, kind} | {t:'ref', id, blessed?, to?}
// `num` is a scalar with a numeric flag: kind 'iv'/'uv' for integers (SvIOK), 'nv' for a
// pure float (NOK without POK); v is its decimal text (for nv: its perl stringification).
// A ref names its referent by `id` (equal ids = same referent); `to` describes the referent
// the first time it appears in a walk and may be omitted afterwards:
//   {t:'array', items} | {t:'hash', entries: [key, value][]} | {t:'code'} | {t:'scalar', v}

import { cmpStr } from '../astral.ts';

export type DValue =
  | { t: 'undef' }
  | { t: 'str'; v: string }
  | { t: 'num'; v: string; kind: 'iv' | 'uv' | 'nv' }
  | { t: 'ref'; id: number; blessed?: string; to?: DReferent };

export type DReferent =
  | { t: 'array'; items: DValue[] }
  | { t: 'hash'; entries: [string, DValue][] }
  | { t: 'code' }
  | { t: 'scalar'; v: DValue };

export interface DumperConfig {
  Indent?: number;
  Terse?: boolean | number;
  Useqq?: boolean | number;
  Sortkeys?: boolean | number;
  Quotekeys?: boolean | number;
  Deepcopy?: boolean | number;
  Pad?: string;
  Varname?: string;
  Trailingcomma?: boolean | number;
  Pair?: string;
  /** Data::Dumper->new(VALUES, NAMES): names for the values ("x" or "$x"); Varname numbering for the rest. */
  Names?: string[];
}

interface Ctx {
  indent: number;
  useqq: boolean;
  sortkeys: boolean;
  quotekeys: boolean;
  deepcopy: boolean;
  pad: string;
  trailing: boolean;
  pair: string;
  seen: Map<number, string>;
  referents: Map<number, DReferent>;
  /** ids of refs being dumped (ancestors), for Deepcopy's cycle check. */
  active: Set<number>;
}

const SAFE_DECIMAL = /^(?:0|-?[1-9]\d{0,8})$/;

/** Single-quoted perl literal ('it\'s'). */
function singleQuote(s: string): string {
  return "'" + s.replace(/([\\'])/g, '\\$1') + "'";
}

/** Double-quoted literal as Dumper writes it: Useqq escapes, or only wide-char escapes for UTF-8 strings. */
function doubleQuote(s: string, useqq: boolean): string {
  let out = '';
  const wide = /[^\x00-\xff]/.test(s);
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (ch === '\\' || ch === '"' || ch === '$' || ch === '@') out += '\\' + ch;
    else if (c > 255 || (wide && c > 127)) out += '\\x{' + c.toString(16) + '}';
    else if (!useqq) out += ch;
    else if (ESC[ch] !== undefined) out += ESC[ch];
    else if (c < 32 || c === 127) out += '\\' + (/[0-9]/.test(s[i + 1] ?? '') || c === 127 ? c.toString(8).padStart(3, '0') : c.toString(8));
    else if (c > 127) out += '\\' + c.toString(8);
    else out += ch;
  }
  return '"' + out + '"';
}

const ESC: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\f': '\\f', '\b': '\\b', '\x07': '\\a', '\x1b': '\\e' };

function quoteString(s: string, ctx: Ctx): string {
  if (ctx.useqq || /[^\x00-\xff]/.test(s)) return doubleQuote(s, ctx.useqq);
  return singleQuote(s);
}

function scalarText(v: DValue, ctx: Ctx): string {
  switch (v.t) {
    case 'undef':
      return 'undef';
    case 'num':
      if (v.kind !== 'nv') return v.v.length > 10 ? "'" + v.v + "'" : v.v;
      return ctx.useqq && SAFE_DECIMAL.test(v.v) ? v.v : quoteString(v.v, ctx);
    case 'str':
      return ctx.useqq && SAFE_DECIMAL.test(v.v) ? v.v : quoteString(v.v, ctx);
    case 'ref':
      return '';
  }
}

function keyText(k: string, ctx: Ctx): string {
  if (!ctx.quotekeys && (/^[A-Za-z_]\w*$/.test(k) || SAFE_DECIMAL.test(k))) return k;
  return quoteString(k, ctx);
}

/** Path of a child element: $VAR1->[0] at the top, then $VAR1->[0]{'k'}. */
function childPath(path: string, sub: string): string {
  return /^\$[A-Za-z_]\w*$/.test(path) || path.startsWith('${') ? path + '->' + sub : path + sub;
}

function newline(ctx: Ctx, col: number, level: number): string {
  if (ctx.indent === 0) return '';
  return '\n' + ctx.pad + ' '.repeat(ctx.indent >= 2 ? col : 2 * level);
}

function dumpValue(v: DValue, path: string, col: number, level: number, ctx: Ctx): string {
  if (v.t !== 'ref') return scalarText(v, ctx);
  if (v.to && !ctx.referents.has(v.id)) ctx.referents.set(v.id, v.to);
  const seenAt = ctx.seen.get(v.id);
  if (seenAt !== undefined && (!ctx.deepcopy || ctx.active.has(v.id))) return seenAt;
  const to = ctx.referents.get(v.id);
  if (!to) return 'undef';
  if (seenAt === undefined) ctx.seen.set(v.id, path);
  ctx.active.add(v.id);
  const head = v.blessed !== undefined ? 'bless( ' : '';
  const body = dumpReferent(to, path, col + head.length, level, ctx, v.blessed !== undefined);
  ctx.active.delete(v.id);
  return v.blessed !== undefined ? head + body + ', ' + singleQuote(v.blessed) + ' )' : body;
}

function dumpReferent(to: DReferent, path: string, col: number, level: number, ctx: Ctx, blessed: boolean): string {
  switch (to.t) {
    case 'code':
      return 'sub { "DUMMY" }';
    case 'scalar':
      if (blessed && to.v.t !== 'ref') return 'do{\\(my $o = ' + scalarText(to.v, ctx) + ')}';
      return '\\' + dumpValue(to.v, '${' + path + '}', col + 2, level + 1, ctx);
    case 'array':
      return dumpList(to.items.map((item, k) => ({ key: '', value: item, path: childPath(path, `[${k}]`) })), '[', ']', col, level, ctx);
    case 'hash': {
      const entries = ctx.sortkeys ? [...to.entries].sort((a, b) => cmpStr(a[0], b[0])) : to.entries;
      return dumpList(
        entries.map(([k, value]) => {
          const kt = keyText(k, ctx);
          // Dumpxs indents a value by the key's length plus 4, whatever Pair is
          return { key: kt + ctx.pair, keyWidth: kt.length + 4, value, path: childPath(path, `{${kt}}`) };
        }),
        '{',
        '}',
        col,
        level,
        ctx,
      );
    }
  }
}

function dumpList(items: { key: string; keyWidth?: number; value: DValue; path: string }[], open: string, close: string, col: number, level: number, ctx: Ctx): string {
  if (items.length === 0) return open + close;
  const inner = newline(ctx, col + 2, level + 1);
  const parts = items.map((it) => it.key + dumpValue(it.value, it.path, col + 2 + (it.keyWidth ?? 0), level + 1, ctx));
  const tail = ctx.trailing && ctx.indent >= 1 ? ',' : '';
  return open + inner + parts.join(',' + inner) + tail + newline(ctx, col, level) + close;
}

/**
 * Data::Dumper->new(values)->Dump with the given settings (defaults: Indent 2, Quotekeys 1,
 * Varname "VAR", Pair " => "). Returns the whole text perl prints.
 */
export function dumper(values: readonly DValue[], config: DumperConfig = {}): string {
  const ctx: Ctx = {
    indent: config.Indent ?? 2,
    useqq: !!config.Useqq,
    sortkeys: !!config.Sortkeys,
    quotekeys: config.Quotekeys === undefined ? true : !!config.Quotekeys,
    deepcopy: !!config.Deepcopy,
    pad: config.Pad ?? '',
    trailing: !!config.Trailingcomma,
    pair: config.Pair ?? ' => ',
    seen: new Map(),
    referents: new Map(),
    active: new Set(),
  };
  const terse = !!config.Terse;
  const varname = config.Varname ?? 'VAR';
  let out = '';
  values.forEach((v, k) => {
    const given = config.Names?.[k];
    const name = given ? (given.startsWith('$') ? given : '$' + given.replace(/^[*]/, '')) : '$' + varname + (k + 1);
    const prefix = terse ? '' : name + ' = ';
    const body = dumpValue(v, name, prefix.length, 0, ctx);
    out += ctx.pad + prefix + body + (terse ? '' : ';') + (ctx.indent === 0 ? '' : '\n');
  });
  return out;
}
