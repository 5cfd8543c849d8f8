/** join(1), as GNU coreutils: -t -1 -2 -j -a -v -e -o -i --header --check-order, with its disorder warnings. */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { helpOrVersion } from './lib/usage.ts';
import { readNamed } from './lib/read-named.ts';
import { strerror } from '../abi/errno.ts';
import { parseCmd, usageError } from './lib/io.ts';

interface Line { text: string; fields: string[] }

interface JoinOpts {
  sep: string | null; field: [number, number]; unpaired: [boolean, boolean]; paired: boolean;
  empty: string | null; format: Array<[number, number]> | 'auto' | null; icase: boolean; check: 'default' | 'on' | 'off';
}

/** Fields of a line: split at `sep`, or at runs of blanks with leading blanks skipped. */
function fields(text: string, sep: string | null): string[] {
  if (text === '') return [];
  if (sep !== null) return sep === '' ? [text] : text.split(sep);
  const t = text.replace(/^[ \t]+/, '');
  return t === '' ? [] : t.split(/[ \t]+/);
}

/** One input file read line by line, remembering the previous line for the order check. */
class Input {
  pos = 0;
  lineNo = 0;
  prev: Line | null = null;
  warned = false;
  constructor(readonly name: string, readonly lines: Line[], readonly which: 0 | 1) {}
}

/** Ends the join at a disorder under --check-order. */
class Disorder {}

class Joiner {
  /** Output lines and diagnostics in the order they happen: [fd, text]. */
  events: Array<[1 | 2, string]> = [];
  seenUnpairable = false;
  constructor(private readonly ctx: Ctx, readonly o: JoinOpts) {}

  key(l: Line, which: 0 | 1): string {
    const k = l.fields[this.o.field[which]] ?? '';
    return this.o.icase ? k.toLowerCase() : k;
  }

  cmp(a: Line, b: Line, wa: 0 | 1 = 0, wb: 0 | 1 = 1): number {
    const x = this.key(a, wa), y = this.key(b, wb);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /** Next line of `f` (null at the end), checking it against the previous one. */
  get(f: Input): Line | null {
    const l = f.lines[f.pos];
    if (l === undefined) return null;
    f.pos++;
    f.lineNo++;
    if (f.prev !== null && this.o.check !== 'off' && (this.o.check === 'on' || this.seenUnpairable) && !f.warned) {
      if (this.cmp(f.prev, l, f.which, f.which) > 0) {
        this.events.push([2, `${this.ctx.prog}: ${f.name}:${f.lineNo}: is not sorted: ${l.text}\n`]);
        f.warned = true;
        if (this.o.check === 'on') throw new Disorder();
      }
    }
    f.prev = l;
    return l;
  }

  /** GNU prjoin: each printed field that is missing or empty shows the -e text. */
  print(a: Line | null, b: Line | null): void {
    const sep = this.o.sep ?? ' ';
    const e = this.o.empty ?? '';
    const [f1, f2] = this.o.field;
    const parts: string[] = [];
    const put = (v: string | undefined): void => { parts.push(v === undefined || v === '' ? e : v); };
    let format = this.o.format;
    if (format !== null) {
      if (format === 'auto') format = this.autoFormat;
      for (const [file, n] of format) {
        if (file === 0) put(a ? a.fields[f1] : b?.fields[f2]);
        else put((file === 1 ? a : b)?.fields[n]);
      }
    } else {
      put(a ? a.fields[f1] : b?.fields[f2]);
      if (a) a.fields.forEach((x, i) => { if (i !== f1) put(x); });
      if (b) b.fields.forEach((x, i) => { if (i !== f2) put(x); });
    }
    this.events.push([1, parts.join(sep) + '\n']);
  }

  autoFormat: Array<[number, number]> = [];
}

function* runJoin(ctx: Ctx, j: Joiner, f1: Input, f2: Input): Gen<void> {
  const o = j.o;
  let s1: Line[] = [], s2: Line[] = [];
  const first = (f: Input): Line[] => { const l = j.get(f); return l ? [l] : []; };
  s1 = first(f1); s2 = first(f2);
  while (s1.length > 0 && s2.length > 0) {
    yield* ctx.tick();
    const diff = j.cmp(s1[0]!, s2[0]!);
    if (diff < 0) { if (o.unpaired[0]) j.print(s1[0]!, null); s1 = first(f1); j.seenUnpairable = true; continue; }
    if (diff > 0) { if (o.unpaired[1]) j.print(null, s2[0]!); s2 = first(f2); j.seenUnpairable = true; continue; }
    let eof1 = false, eof2 = false;
    for (;;) {
      const l = j.get(f1);
      if (!l) { eof1 = true; break; }
      s1.push(l);
      if (j.cmp(l, s2[0]!) !== 0) break;
    }
    for (;;) {
      const l = j.get(f2);
      if (!l) { eof2 = true; break; }
      s2.push(l);
      if (j.cmp(s1[0]!, l) !== 0) break;
    }
    const n1 = eof1 ? s1.length : s1.length - 1, n2 = eof2 ? s2.length : s2.length - 1;
    if (o.paired) for (let a = 0; a < n1; a++) for (let b = 0; b < n2; b++) j.print(s1[a]!, s2[b]!);
    s1 = eof1 ? [] : [s1[s1.length - 1]!];
    s2 = eof2 ? [] : [s2[s2.length - 1]!];
  }
  const checkTail = o.check !== 'off' && !(f1.warned && f2.warned);
  const tail = (f: Input, s: Line[], other: Line[], which: 0 | 1): void => {
    if (!(o.unpaired[which] || checkTail) || s.length === 0) return;
    const pr = (l: Line): void => (which === 0 ? j.print(l, null) : j.print(null, l));
    if (o.unpaired[which]) pr(s[0]!);
    if (other.length > 0) j.seenUnpairable = true;
    for (let l = j.get(f); l; l = j.get(f)) {
      if (o.unpaired[which]) pr(l);
      if (f.warned && !o.unpaired[which]) break;
    }
  };
  tail(f1, s1, s2, 0);
  tail(f2, s2, s1, 1);
}

function* parseJoinOpts(ctx: Ctx): Gen<{ o: JoinOpts; args: string[]; header: boolean } | number> {
  const c = yield* parseCmd(ctx, {
    short: 'a:e:ij:o:t:v:z1:2:',
    long: { 'ignore-case': 'i', 'check-order': 'check-order', 'nocheck-order': 'nocheck-order', header: 'header', 'zero-terminated': 'z', help: 'help', version: 'version' },
  });
  if (typeof c === 'number') return c;
  const hv = yield* helpOrVersion(ctx, c.o, 'Usage: join [OPTION]... FILE1 FILE2');
  if (hv !== null) return hv;
  const o: JoinOpts = { sep: null, field: [0, 0], unpaired: [false, false], paired: true, empty: null, format: null, icase: c.o.has('i'), check: 'default' };
  const bad = function* (msg: string): Gen<number> { yield* ctx.err(`${ctx.prog}: ${msg}\n`); return 1; };
  const fieldNo = (v: string): number | null => (/^\d+$/.test(v) && Number(v) > 0 ? Number(v) - 1 : null);
  for (const [k, v] of c.o.list) {
    if (k === 'a' || k === 'v') {
      if (v !== '1' && v !== '2') return yield* bad(`invalid field number: ${ctx.q(v!)}`);
      o.unpaired[Number(v) - 1] = true;
      if (k === 'v') o.paired = false;
    } else if (k === '1' || k === '2' || k === 'j') {
      const n = fieldNo(v!);
      if (n === null) return yield* bad(`invalid field number: ${ctx.q(v!)}`);
      if (k !== '2') o.field[0] = n;
      if (k !== '1') o.field[1] = n;
    } else if (k === 'e') o.empty = v!;
    else if (k === 't') o.sep = v!;
    else if (k === 'check-order') o.check = 'on';
    else if (k === 'nocheck-order') o.check = 'off';
    else if (k === 'z') return yield* bad('-z is not supported on this machine');
    else if (k === 'o') {
      if (v === 'auto') { o.format = 'auto'; continue; }
      const list: Array<[number, number]> = [];
      for (const spec of v!.split(/[ ,]+/)) {
        if (spec === '0') { list.push([0, 0]); continue; }
        const m = /^(\d+)\.(.*)$/.exec(spec);
        if (!m || (m[1] !== '1' && m[1] !== '2')) return yield* bad(`invalid file number in field spec: ${ctx.q(spec)}`);
        const n = fieldNo(m[2]!);
        if (n === null) return yield* bad(`invalid field number: ${ctx.q(m[2]!)}`);
        list.push([Number(m[1]), n]);
      }
      o.format = [...(Array.isArray(o.format) ? o.format : []), ...list];
    }
  }
  return { o, args: c.args, header: c.o.has('header') };
}

const join = defineProgram('join', function* (ctx) {
  const p = yield* parseJoinOpts(ctx);
  if (typeof p === 'number') return p;
  const { o, args } = p;
  if (args.length === 0) return yield* usageError(ctx, 'missing operand');
  if (args.length === 1) return yield* usageError(ctx, `missing operand after ${ctx.q(args[0]!)}`);
  if (args.length > 2) return yield* usageError(ctx, `extra operand '${args[2]}'`);
  const inputs: Input[] = [];
  for (const [i, name] of args.entries()) {
    const d = yield* readNamed(ctx, name);
    if (!(d instanceof Uint8Array)) {
      yield* ctx.err(d.stage === 'open' ? `${ctx.prog}: ${name}: ${strerror(d.errno)}\n` : `${ctx.prog}: read error: ${strerror(d.errno)}\n`);
      return 1;
    }
    const text = fromUtf8(d);
    const raw = text === '' ? [] : text.split('\n');
    if (text.endsWith('\n')) raw.pop();
    inputs.push(new Input(name, raw.map((t) => ({ text: t, fields: fields(t, o.sep) })), i as 0 | 1));
  }
  const j = new Joiner(ctx, o);
  const [f1, f2] = inputs as [Input, Input];
  j.autoFormat = [[0, 0], ...autoFields(f1, o.field[0], 1), ...autoFields(f2, o.field[1], 2)];
  if (p.header) {
    const h1 = f1.lines[0], h2 = f2.lines[0];
    if (h1 || h2) { j.print(h1 ?? null, h2 ?? null); f1.pos = f2.pos = 1; f1.lineNo = f2.lineNo = 1; }
  }
  let stopped = false;
  try {
    yield* runJoin(ctx, j, f1, f2);
  } catch (e) {
    if (!(e instanceof Disorder)) throw e;
    stopped = true;
  }
  for (const [fd, text] of j.events) {
    if (fd === 1) yield* ctx.out(text);
    else { yield* ctx.err(text); }
  }
  if (stopped) return 1;
  if (f1.warned || f2.warned) { yield* ctx.flush(); yield* ctx.err(`${ctx.prog}: input is not in sorted order\n`); return 1; }
  return 0;
});

function autoFields(f: Input, key: number, file: number): Array<[number, number]> {
  const n = f.lines[0]?.fields.length ?? 0;
  const out: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) if (i !== key) out.push([file, i]);
  return out;
}

export function joinPrograms(): Record<string, Program> {
  return { '/usr/bin/join': join };
}
