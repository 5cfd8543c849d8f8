/** diff(1) (normal, -u, -q) and column(1) -t. */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { parseCmd, readInput, splitLines } from './lib/io.ts';
import { strftime } from './lib/time.ts';
import { strerror } from '../abi/errno.ts';

type Op = { t: '=' | '-' | '+'; a: number; b: number };

/** Edit script between a and b by longest common subsequence (charges a step per row). */
export function* editScript(ctx: Ctx, a: string[], b: string[]): Gen<Op[]> {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf), B = b.slice(pre, b.length - suf);
  const n = A.length, m = B.length;
  const L = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) L[i * (m + 1) + j] = A[i] === B[j] ? L[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(L[(i + 1) * (m + 1) + j]!, L[i * (m + 1) + j + 1]!);
    yield* ctx.tick(1 + (m >> 6));
  }
  const ops: Op[] = [];
  for (let k = 0; k < pre; k++) ops.push({ t: '=', a: k, b: k });
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && A[i] === B[j]) { ops.push({ t: '=', a: pre + i, b: pre + j }); i++; j++; }
    else if (j < m && (i >= n || L[i * (m + 1) + j + 1]! >= L[(i + 1) * (m + 1) + j]!)) { ops.push({ t: '+', a: pre + i, b: pre + j }); j++; }
    else { ops.push({ t: '-', a: pre + i, b: pre + j }); i++; }
  }
  for (let k = 0; k < suf; k++) ops.push({ t: '=', a: a.length - suf + k, b: b.length - suf + k });
  // GNU lists deletions before insertions within a change
  for (let s = 0; s < ops.length; s++) {
    if (ops[s]!.t === '=') continue;
    let e = s;
    while (e < ops.length && ops[e]!.t !== '=') e++;
    const seg = ops.slice(s, e);
    const sorted = [...seg.filter((o) => o.t === '-'), ...seg.filter((o) => o.t === '+')];
    ops.splice(s, e - s, ...sorted);
    s = e;
  }
  return ops;
}

const range = (start: number, count: number): string => (count === 1 ? `${start}` : `${start},${start + count - 1}`);

function normalDiff(ops: Op[], a: string[], b: string[]): string {
  let out = '';
  for (let s = 0; s < ops.length; s++) {
    if (ops[s]!.t === '=') continue;
    let e = s;
    while (e < ops.length && ops[e]!.t !== '=') e++;
    const del = ops.slice(s, e).filter((o) => o.t === '-');
    const ins = ops.slice(s, e).filter((o) => o.t === '+');
    const seg = ops.slice(s, e);
    const a0 = Math.min(...seg.map((o) => o.a)), b0 = Math.min(...seg.map((o) => o.b));
    if (del.length > 0 && ins.length > 0) out += `${range(a0 + 1, del.length)}c${range(b0 + 1, ins.length)}\n`;
    else if (del.length > 0) out += `${range(a0 + 1, del.length)}d${b0}\n`;
    else out += `${a0}a${range(b0 + 1, ins.length)}\n`;
    for (const d of del) out += `< ${a[d.a]}\n`;
    if (del.length > 0 && ins.length > 0) out += '---\n';
    for (const d of ins) out += `> ${b[d.b]}\n`;
    s = e - 1;
  }
  return out;
}

function unifiedDiff(ops: Op[], a: string[], b: string[], ctxN: number): string {
  let out = '';
  const changes = ops.map((o, i) => (o.t !== '=' ? i : -1)).filter((i) => i >= 0);
  let k = 0;
  while (k < changes.length) {
    const start = Math.max(0, changes[k]! - ctxN);
    let end = changes[k]!;
    while (k < changes.length && changes[k]! <= end + 2 * ctxN + 1) { end = changes[k]!; k++; }
    const stop = Math.min(ops.length, end + ctxN + 1);
    const hunk = ops.slice(start, stop);
    const aLines = hunk.filter((o) => o.t !== '+').length, bLines = hunk.filter((o) => o.t !== '-').length;
    const aStart = Math.min(...hunk.map((o) => o.a)) + (aLines === 0 ? 0 : 1), bStart = Math.min(...hunk.map((o) => o.b)) + (bLines === 0 ? 0 : 1);
    out += `@@ -${aLines === 1 ? aStart : `${aStart},${aLines}`} +${bLines === 1 ? bStart : `${bStart},${bLines}`} @@\n`;
    for (const o of hunk) out += o.t === '=' ? ` ${a[o.a]}\n` : o.t === '-' ? `-${a[o.a]}\n` : `+${b[o.b]}\n`;
  }
  return out;
}

const diff = defineProgram('diff', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'uU:qsiwbBNr', long: { unified: 'U::', brief: 'q', 'report-identical-files': 's', 'ignore-case': 'i', 'ignore-all-space': 'w', 'ignore-space-change': 'b', color: 'color::' } }, 2);
  if (typeof c === 'number') return c;
  if (c.args.length < 2) { yield* ctx.err(`${ctx.prog}: ${c.args.length === 0 ? 'missing operand' : `missing operand after ${ctx.q(c.args[0]!)}`}\n${ctx.prog}: Try '${ctx.prog} --help' for more information.\n`); return 2; }
  if (c.args.length > 2) { yield* ctx.err(`${ctx.prog}: extra operand ${ctx.q(c.args[2]!)}\n${ctx.prog}: Try '${ctx.prog} --help' for more information.\n`); return 2; }
  const [fa, fb] = c.args as [string, string];
  const da = yield* readInput(ctx, fa);
  if (typeof da === 'number') { yield* ctx.err(`${ctx.prog}: ${fa}: ${strerror(da)}\n`); return 2; }
  const db = yield* readInput(ctx, fb);
  if (typeof db === 'number') { yield* ctx.err(`${ctx.prog}: ${fb}: ${strerror(db)}\n`); return 2; }
  const a = splitLines(fromUtf8(da)), b = splitLines(fromUtf8(db));
  const norm = (s: string): string => {
    let x = s;
    if (c.o.has('i')) x = x.toLowerCase();
    if (c.o.has('w')) x = x.replace(/\s+/g, '');
    else if (c.o.has('b')) x = x.replace(/\s+/g, ' ').replace(/ $/, '');
    return x;
  };
  const ops = yield* editScript(ctx, a.map(norm), b.map(norm));
  const differs = ops.some((o) => o.t !== '=');
  if (!differs) { if (c.o.has('s')) yield* ctx.out(`Files ${fa} and ${fb} are identical\n`); return 0; }
  if (c.o.has('q')) { yield* ctx.out(`Files ${fa} and ${fb} differ\n`); return 1; }
  if (c.o.has('u') || c.o.has('U')) {
    const stamp = (f: string): string => {
      const st = ctx.sys.stat(f);
      if (typeof st === 'number') return '';
      const s = Math.floor(st.mtimeMs / 1000);
      return strftime('%Y-%m-%d %H:%M:%S.%N %z', s, Math.round((st.mtimeMs - s * 1000) * 1e6));
    };
    yield* ctx.out(`--- ${fa}\t${stamp(fa)}\n+++ ${fb}\t${stamp(fb)}\n`);
    yield* ctx.out(unifiedDiff(ops, a, b, Number(c.o.get('U') ?? 3)));
  } else yield* ctx.out(normalDiff(ops, a, b));
  const noNl = (d: Uint8Array): boolean => d.length > 0 && d[d.length - 1] !== 10;
  if (noNl(da) || noNl(db)) yield* ctx.out('\\ No newline at end of file\n');
  return 1;
});

const column = defineProgram('column', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'ts:o:c:x', long: { table: 't', separator: 's:', 'output-separator': 'o:' } });
  if (typeof c === 'number') return c;
  const lines: string[] = [];
  for (const f of c.args.length > 0 ? c.args : ['-']) {
    const d = yield* readInput(ctx, f);
    if (typeof d === 'number') { yield* ctx.err(`${ctx.prog}: ${f}: ${strerror(d)}\n`); return 1; }
    lines.push(...splitLines(fromUtf8(d)));
  }
  if (!c.o.has('t')) { for (const l of lines) if (l.trim() !== '') yield* ctx.out(l + '\n'); return 0; }
  const sep = c.o.get('s');
  const rows = lines.filter((l) => l.trim() !== '').map((l) => (sep === undefined ? l.trim().split(/\s+/) : l.split(new RegExp(`[${sep.replace(/[\]\\^-]/g, '\\$&')}]+`))));
  const ncol = Math.max(0, ...rows.map((r) => r.length));
  const w = Array.from({ length: ncol }, (_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const os = c.o.get('o') ?? '  ';
  for (const r of rows) yield* ctx.out(r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(w[i]! - [...cell].length) + os)).join('') + '\n');
  return 0;
});

export function diffPrograms(): Record<string, Program> {
  return { '/usr/bin/diff': diff, '/usr/bin/column': column };
}
