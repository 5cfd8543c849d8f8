/** Column and character filters: cut tr paste comm nl fold expand uniq. */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { parseCmd, readInput, splitLines, usageError } from './lib/io.ts';

/** Read all inputs' lines; errors reported GNU-style. */
function* inputLines(ctx: Ctx, files: string[]): Gen<{ lines: string[]; status: number }> {
  const lines: string[] = [];
  let status = 0;
  for (const f of files.length > 0 ? files : ['-']) {
    const d = yield* readInput(ctx, f);
    if (typeof d === 'number') { yield* ctx.perror(f, d); status = 1; continue; }
    lines.push(...splitLines(fromUtf8(d)));
    yield* ctx.tick(d.length >> 8);
  }
  return { lines, status };
}

/** Parse a cut list "1,3-5,7-" into a predicate over 1-based positions. */
export function parseList(s: string): ((n: number) => boolean) | string {
  const ranges: Array<[number, number]> = [];
  for (const part of s.split(/[,\s]/)) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '') ) return part === '-' || part === '' ? 'invalid range with no endpoint: -' : `invalid byte/character position '${part}'`;
    const a = m[1] === '' ? 1 : Number(m[1]);
    const b = m[2] === '' ? a : m[3] === '' ? Infinity : Number(m[3]);
    if (a === 0 || b === 0) return 'fields and positions are numbered from 1';
    if (b < a) return 'invalid decreasing range';
    ranges.push([a, b]);
  }
  return (n) => ranges.some(([a, b]) => n >= a && n <= b);
}

const cut = defineProgram('cut', function* (ctx) {
  const c = yield* parseCmd(ctx, {
    short: 'b:c:f:d:sn',
    long: { bytes: 'b:', characters: 'c:', fields: 'f:', delimiter: 'd:', 'only-delimited': 's', complement: 'complement', 'output-delimiter': 'output-delimiter:' },
  });
  if (typeof c === 'number') return c;
  const mode = c.o.last('b', 'c', 'f');
  if (!mode) return yield* usageError(ctx, 'you must specify a list of bytes, characters, or fields');
  const d = c.o.get('d') ?? '\t';
  if (d.length > 1) return yield* usageError(ctx, 'the delimiter must be a single character');
  if (c.o.has('d') && mode !== 'f') return yield* usageError(ctx, 'an input delimiter may be specified only when operating on fields');
  const sel0 = parseList(c.o.get(mode)!);
  if (typeof sel0 === 'string') return yield* usageError(ctx, sel0);
  const comp = c.o.has('complement');
  const sel = (n: number): boolean => sel0(n) !== comp;
  const { lines, status } = yield* inputLines(ctx, c.args);
  const od = c.o.get('output-delimiter');
  for (const line of lines) {
    if (mode === 'f') {
      if (!line.includes(d)) { if (!c.o.has('s')) yield* ctx.out(line + '\n'); continue; }
      const parts = line.split(d).filter((_, i) => sel(i + 1));
      yield* ctx.out(parts.join(od ?? d) + '\n');
    } else {
      const chars = [...line];
      let out = '';
      let prev = false;
      chars.forEach((ch, i) => {
        const s = sel(i + 1);
        if (s && od !== undefined && !prev && out !== '') out += od;
        if (s) out += ch;
        prev = s;
      });
      yield* ctx.out(out + '\n');
    }
    yield* ctx.tick();
  }
  return status;
});

const CLASSES: Record<string, string> = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', lower: 'abcdefghijklmnopqrstuvwxyz', digit: '0123456789',
  space: ' \t\n\v\f\r', blank: ' \t', punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  xdigit: '0123456789ABCDEFabcdef', cntrl: Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\x7f',
};
CLASSES.alpha = CLASSES.upper! + CLASSES.lower!;
CLASSES.alnum = CLASSES.digit! + CLASSES.alpha!;
CLASSES.print = Array.from({ length: 95 }, (_, i) => String.fromCharCode(i + 32)).join('');
CLASSES.graph = CLASSES.print.slice(1);

/** Expand a tr SET (ranges, classes, escapes, [c*n]) to its characters. */
export function expandSet(s: string): string[] | string {
  const out: string[] = [];
  const unesc = (i: number): [string, number] => {
    if (s[i] !== '\\' || i + 1 >= s.length) return [s[i]!, i + 1];
    const n = s[i + 1]!;
    const m = /^[0-7]{1,3}/.exec(s.slice(i + 1));
    if (m) return [String.fromCharCode(parseInt(m[0], 8)), i + 1 + m[0].length];
    const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\' };
    return [map[n] ?? n, i + 2];
  };
  let i = 0;
  while (i < s.length) {
    const cls = /^\[:(\w+):\]/.exec(s.slice(i));
    if (cls) {
      const set = CLASSES[cls[1]!];
      if (set === undefined) return `invalid character class '${cls[1]}'`;
      out.push(...set); i += cls[0].length; continue;
    }
    const rep = /^\[(.)\*(\d*)\]/.exec(s.slice(i));
    if (rep) { out.push(...Array<string>(Number(rep[2] || 0) || 1).fill(rep[1]!)); i += rep[0].length; continue; }
    const [ch, j] = unesc(i);
    if (s[j] === '-' && j + 1 < s.length) {
      const [hi, k] = unesc(j + 1);
      const a = ch.charCodeAt(0), b = hi.charCodeAt(0);
      if (b < a) return `range-endpoints of '${ch}-${hi}' are in reverse collating sequence order`;
      for (let x = a; x <= b; x++) out.push(String.fromCharCode(x));
      i = k; continue;
    }
    out.push(ch); i = j;
  }
  return out;
}

const tr = defineProgram('tr', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'cCdst', long: { complement: 'c', delete: 'd', 'squeeze-repeats': 's', truncate: 't' } });
  if (typeof c === 'number') return c;
  const del = c.o.has('d'), sq = c.o.has('s'), comp = c.o.has('c') || c.o.has('C');
  const a = c.args;
  if (a.length === 0) return yield* usageError(ctx, 'missing operand');
  const need = del ? (sq ? 2 : 1) : sq ? 1 : 2;
  if (a.length < need) {
    return yield* usageError(ctx, `missing operand after ${ctx.q(a[a.length - 1]!)}\n${need === 2 && !del ? 'Two strings must be given when translating.' : 'Two strings must be given when both deleting and squeezing repeats.'}`.replace(/\n(.*)$/, '\n$1'));
  }
  if (a.length > Math.max(need, sq && !del ? 2 : need)) {
    return yield* usageError(ctx, `extra operand ${ctx.q(a[need]!)}${del && !sq ? '\nOnly one string may be given when deleting without squeezing repeats.' : ''}`);
  }
  const s1 = expandSet(a[0]!);
  const s2 = a[1] !== undefined ? expandSet(a[1]) : [];
  if (typeof s1 === 'string') { yield* ctx.err(`${ctx.prog}: ${s1}\n`); return 1; }
  if (typeof s2 === 'string') { yield* ctx.err(`${ctx.prog}: ${s2}\n`); return 1; }
  const in1 = new Set(s1);
  const member = (ch: string): boolean => in1.has(ch) !== comp;
  const map = new Map<string, string>();
  if (!del && a.length >= 2 && !comp) {
    if (s2.length === 0) { yield* ctx.err('tr: when not truncating set1, string2 must be non-empty\n'); return 1; }
    s1.forEach((ch, i) => map.set(ch, s2[Math.min(i, s2.length - 1)]!));
  }
  const sqSet = new Set(a.length >= 2 ? s2 : s1);
  const data = yield* readInput(ctx, '-');
  if (typeof data === 'number') { yield* ctx.perror('read error', data); return 1; }
  let out = '';
  let last = '';
  for (let i = 0; i < data.length; i++) {
    let ch = String.fromCharCode(data[i]!);
    if (del && member(ch)) continue;
    if (!del && a.length >= 2) {
      if (comp) { if (member(ch)) ch = s2[s2.length - 1]!; } else ch = map.get(ch) ?? ch;
    }
    const squeezable = sq && (a.length < 2 && comp ? !in1.has(ch) : sqSet.has(ch));
    if (squeezable && ch === last) continue;
    last = ch;
    out += ch;
    if ((i & 4095) === 0) yield* ctx.tick();
  }
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i) & 255;
  yield* ctx.out(bytes);
  return 0;
});

const paste = defineProgram('paste', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'd:sz', long: { delimiters: 'd:', serial: 's' } });
  if (typeof c === 'number') return c;
  const ds = [...(c.o.get('d') ?? '\t').replace(/\\(.)/g, (_, x: string) => ({ n: '\n', t: '\t', '0': '' } as Record<string, string>)[x] ?? x)];
  if (ds.length === 0) ds.push('');
  const files = c.args.length > 0 ? c.args : ['-'];
  const cols: string[][] = [];
  let status = 0;
  const dashes = files.filter((f) => f === '-').length;
  let dashIdx = 0;
  let stdin: string[] | null = null;
  for (const f of files) {
    if (f === '-' && stdin === null) {
      const d = yield* readInput(ctx, '-');
      stdin = typeof d === 'number' ? [] : splitLines(fromUtf8(d));
    }
    if (f === '-') {
      const k = dashIdx++;
      cols.push(c.o.has('s') ? (k === 0 ? stdin! : []) : stdin!.filter((_, i) => i % dashes === k));
      continue;
    }
    const d = yield* readInput(ctx, f);
    if (typeof d === 'number') { yield* ctx.perror(f, d); return 1; }
    cols.push(splitLines(fromUtf8(d)));
  }
  if (c.o.has('s')) {
    for (const col of cols) yield* ctx.out(col.map((l, i) => (i === 0 ? '' : ds[(i - 1) % ds.length]) + l).join('') + '\n');
    return status;
  }
  const n = Math.max(0, ...cols.map((x) => x.length));
  for (let i = 0; i < n; i++) {
    yield* ctx.out(cols.map((col, j) => (j === 0 ? '' : ds[(j - 1) % ds.length]) + (col[i] ?? '')).join('') + '\n');
  }
  status = 0;
  return status;
});

const comm = defineProgram('comm', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: '123', long: { 'output-delimiter': 'od:', 'check-order': 'co', 'nocheck-order': 'nco' } });
  if (typeof c === 'number') return c;
  if (c.args.length < 2) return yield* usageError(ctx, c.args.length === 0 ? 'missing operand' : `missing operand after ${ctx.q(c.args[0]!)}`);
  const A = yield* inputLines(ctx, [c.args[0]!]);
  const B = yield* inputLines(ctx, [c.args[1]!]);
  if (A.status || B.status) return 1;
  const sep = c.o.get('od') ?? '\t';
  const show = [!c.o.has('1'), !c.o.has('2'), !c.o.has('3')];
  const col = (k: number, s: string): string => {
    if (!show[k]) return '';
    let pre = '';
    for (let j = 0; j < k; j++) if (show[j]) pre += sep;
    return pre + s + '\n';
  };
  let i = 0, j = 0;
  const a = A.lines, b = B.lines;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) yield* ctx.out(col(0, a[i++]!));
    else if (i >= a.length || b[j]! < a[i]!) yield* ctx.out(col(1, b[j++]!));
    else { yield* ctx.out(col(2, a[i]!)); i++; j++; }
  }
  return 0;
});

const nl = defineProgram('nl', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'b:w:s:v:i:n:', long: { 'body-numbering': 'b:', 'number-width': 'w:', 'number-separator': 's:', 'starting-line-number': 'v:', 'line-increment': 'i:', 'number-format': 'n:' } });
  if (typeof c === 'number') return c;
  const style = c.o.get('b') ?? 't';
  const w = Number(c.o.get('w') ?? 6);
  const sep = c.o.get('s') ?? '\t';
  let n = Number(c.o.get('v') ?? 1);
  const inc = Number(c.o.get('i') ?? 1);
  const fmt = c.o.get('n') ?? 'rn';
  const { lines, status } = yield* inputLines(ctx, c.args);
  for (const l of lines) {
    const number = style === 'a' || (style === 't' && l !== '');
    if (!number) { yield* ctx.out(' '.repeat(w + sep.length) + l + '\n'); continue; }
    const s = fmt === 'ln' ? String(n).padEnd(w) : fmt === 'rz' ? String(n).padStart(w, '0') : String(n).padStart(w);
    yield* ctx.out(s + sep + l + '\n');
    n += inc;
  }
  return status;
});

const fold = defineProgram('fold', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'w:sb', long: { width: 'w:', spaces: 's', bytes: 'b' }, numbersAreOperands: false });
  if (typeof c === 'number') return c;
  const w = Number(c.o.get('w') ?? 80);
  const { lines, status } = yield* inputLines(ctx, c.args);
  for (const l0 of lines) {
    let l = l0;
    let out = '';
    while (l.length > w) {
      let cut = w;
      if (c.o.has('s')) { const sp = l.lastIndexOf(' ', w - 1); if (sp >= 0) cut = sp + 1; }
      out += l.slice(0, cut) + '\n';
      l = l.slice(cut);
    }
    yield* ctx.out(out + l + '\n');
  }
  return status;
});

const expand = defineProgram('expand', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 't:i', long: { tabs: 't:', initial: 'i' } });
  if (typeof c === 'number') return c;
  const t = Number(c.o.get('t') ?? 8);
  const { lines, status } = yield* inputLines(ctx, c.args);
  for (const l of lines) {
    let out = '';
    for (const ch of l) out += ch === '\t' ? ' '.repeat(t - (out.length % t)) : ch;
    yield* ctx.out(out + '\n');
  }
  return status;
});

const uniq = defineProgram('uniq', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'cduif:s:w:', long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i', 'skip-fields': 'f:', 'skip-chars': 's:', 'check-chars': 'w:' } });
  if (typeof c === 'number') return c;
  const f = Number(c.o.get('f') ?? 0), s = Number(c.o.get('s') ?? 0);
  const w = c.o.has('w') ? Number(c.o.get('w')) : Infinity;
  const key = (l: string): string => {
    let k = l;
    for (let i = 0; i < f; i++) k = k.replace(/^[ \t]*[^ \t]*/, '');
    k = k.slice(s).slice(0, w);
    return c.o.has('i') ? k.toLowerCase() : k;
  };
  const { lines, status } = yield* inputLines(ctx, c.args.slice(0, 1));
  if (status) return 1;
  const out: string[] = [];
  const emit = (line: string, n: number): void => {
    if (c.o.has('d') && n < 2) return;
    if (c.o.has('u') && n > 1) return;
    out.push(c.o.has('c') ? `${String(n).padStart(7)} ${line}\n` : line + '\n');
  };
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (j < lines.length && key(lines[j]!) === key(lines[i]!)) j++;
    emit(lines[i]!, j - i);
    i = j;
    yield* ctx.tick();
  }
  yield* ctx.out(out.join(''));
  return 0;
});

/** Install paths of the programs in this file. */
export function text2Programs(): Record<string, Program> {
  return {
    '/usr/bin/cut': cut, '/usr/bin/tr': tr, '/usr/bin/paste': paste, '/usr/bin/comm': comm, '/usr/bin/nl': nl,
    '/usr/bin/fold': fold, '/usr/bin/expand': expand, '/usr/bin/uniq': uniq,
  };
}
