/** Stream filters: cat head tail tee wc tac rev. */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { LineReader, concat, openInput, parseCmd, readInput, splitLines } from './lib/io.ts';
import { strerror, EISDIR } from '../abi/errno.ts';
import { O_WRONLY, O_CREAT, O_TRUNC, O_APPEND } from '../abi/fcntl.ts';
import { S_ISREG } from '../abi/stat.ts';

function catLine(line: string, o: { n: boolean; b: boolean; E: boolean; T: boolean; v: boolean }, num: { n: number }): string {
  const nl = line.endsWith('\n');
  let body = nl ? line.slice(0, -1) : line;
  if (o.v || o.T) {
    let s = '';
    for (const ch of body) {
      const c = ch.charCodeAt(0);
      if (ch === '\t') s += o.T ? '^I' : ch;
      else if (o.v && c < 32) s += '^' + String.fromCharCode(c + 64);
      else if (o.v && c === 127) s += '^?';
      else s += ch;
    }
    body = s;
  }
  let pre = '';
  if (o.b ? line !== '\n' : o.n) pre = `${String(num.n++).padStart(6)}\t`;
  return pre + body + (nl ? (o.E ? '$\n' : '\n') : '');
}

const cat = defineProgram('cat', function* (ctx) {
  const c = yield* parseCmd(ctx, {
    short: 'AbeEnstTuv',
    long: { 'show-all': 'A', 'number-nonblank': 'b', 'show-ends': 'E', number: 'n', 'squeeze-blank': 's', 'show-tabs': 'T', 'show-nonprinting': 'v' },
  });
  if (typeof c === 'number') return c;
  const h = (k: string): boolean => c.o.has(k);
  const o = { n: h('n') || h('b'), b: h('b'), E: h('E') || h('A') || h('e'), T: h('T') || h('A') || h('t'), v: h('v') || h('A') || h('e') || h('t') };
  const plain = !o.n && !o.E && !o.T && !o.v && !h('s');
  const files = c.args.length > 0 ? c.args : ['-'];
  const num = { n: 1 };
  let status = 0;
  let blank = false;
  for (const f of files) {
    const fd = yield* openInput(ctx, f);
    if (fd < 0) { yield* ctx.perror(f, fd); status = 1; continue; }
    if (plain) {
      for (;;) {
        const r = yield* ctx.read(fd, 65536);
        if (typeof r === 'number') { yield* ctx.perror(f, r); status = 1; break; }
        if (r.length === 0) break;
        const w = yield* ctx.write(1, r);
        if (w < 0) { yield* ctx.perror('write error', w); return 1; }
      }
    } else {
      const rd = new LineReader(ctx, fd);
      for (;;) {
        const line = yield* rd.next();
        if (line === null) break;
        if (typeof line === 'number') { yield* ctx.perror(f, line); status = 1; break; }
        if (h('s') && line === '\n') { if (blank) continue; blank = true; } else blank = false;
        yield* ctx.out(catLine(line, o, num));
        if (fd === 0) yield* ctx.flush();
      }
    }
    if (fd !== 0) ctx.sys.close(fd);
  }
  return status;
});

/** Parse head/tail counts: "5", "+5", "-5", "1k", "2M". */
function parseCount(s: string): { n: number; sign: string } | null {
  const m = /^([+-]?)(\d+)(b|kB|k|K|KiB|MB|M|MiB|GB|G)?$/.exec(s);
  if (!m) return null;
  const mult: Record<string, number> = { b: 512, kB: 1000, k: 1024, K: 1024, KiB: 1024, MB: 1e6, M: 1048576, MiB: 1048576, GB: 1e9, G: 1073741824 };
  return { n: Number(m[2]) * (m[3] ? mult[m[3]]! : 1), sign: m[1]! };
}

/** Turn obsolete "-5" / "+5" forms into -n. */
function obsolete(argv: string[]): string[] {
  const a = argv.slice(1);
  if (a.length > 0 && /^-\d+[cbkmlf]?$/.test(a[0]!)) {
    const m = /^-(\d+)([cbkmlf]?)$/.exec(a[0]!)!;
    const rest = m[2] === 'f' ? ['-f'] : [];
    a.splice(0, 1, m[2] === 'c' ? '-c' : '-n', m[1]!, ...rest);
  }
  return a;
}

function* headerFor(ctx: Ctx, name: string, first: boolean): Gen<void> {
  yield* ctx.out(`${first ? '' : '\n'}==> ${name === '-' ? 'standard input' : name} <==\n`);
}

const head = defineProgram('head', function* (ctx) {
  ctx.argv.splice(1, ctx.argv.length, ...obsolete(ctx.argv));
  const c = yield* parseCmd(ctx, { short: 'n:c:qvz', long: { lines: 'n:', bytes: 'c:', quiet: 'q', silent: 'q', verbose: 'v' } });
  if (typeof c === 'number') return c;
  const mode = c.o.last('n', 'c') ?? 'n';
  const spec = c.o.get(mode) ?? '10';
  const cnt = parseCount(spec);
  if (!cnt) {
    yield* ctx.err(`${ctx.prog}: invalid number of ${mode === 'n' ? 'lines' : 'bytes'}: ${ctx.q(spec)}\n`);
    return 1;
  }
  const files = c.args.length > 0 ? c.args : ['-'];
  const headers = c.o.has('v') || (files.length > 1 && !c.o.has('q'));
  let status = 0;
  let first = true;
  for (const f of files) {
    const fd = yield* openInput(ctx, f);
    if (fd < 0) { yield* ctx.err(`${ctx.prog}: cannot open '${f}' for reading: ${strerror(fd)}\n`); status = 1; continue; }
    if (headers) yield* headerFor(ctx, f, first);
    first = false;
    const r = cnt.sign === '-' ? yield* headAllBut(ctx, fd, mode, cnt.n) : yield* headFirst(ctx, fd, mode, cnt.n);
    if (r < 0) { yield* ctx.err(`${ctx.prog}: error reading '${f}': ${strerror(r)}\n`); status = 1; }
    if (fd !== 0) ctx.sys.close(fd);
  }
  return status;
});

function* headFirst(ctx: Ctx, fd: number, mode: string, n: number): Gen<number> {
  if (mode === 'c') {
    let left = n;
    while (left > 0) {
      const r = yield* ctx.read(fd, Math.min(left, 65536));
      if (typeof r === 'number') return r;
      if (r.length === 0) break;
      yield* ctx.out(r);
      left -= r.length;
    }
    return 0;
  }
  const rd = new LineReader(ctx, fd);
  for (let i = 0; i < n; i++) {
    const l = yield* rd.nextBytes();
    if (l === null) break;
    if (typeof l === 'number') return l;
    yield* ctx.out(l);
  }
  return 0;
}

function* headAllBut(ctx: Ctx, fd: number, mode: string, n: number): Gen<number> {
  const all = yield* ctx.readAll(fd);
  if (typeof all === 'number') return all;
  if (mode === 'c') { yield* ctx.out(all.subarray(0, Math.max(0, all.length - n))); return 0; }
  const lines = splitBytesLines(all);
  yield* ctx.out(concat(lines.slice(0, Math.max(0, lines.length - n))));
  return 0;
}

function splitBytesLines(b: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let s = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 10) { out.push(b.subarray(s, i + 1)); s = i + 1; }
  if (s < b.length) out.push(b.subarray(s));
  return out;
}

/** The part of `all` tail prints. */
function tailSlice(all: Uint8Array, mode: string, cnt: { n: number; sign: string }): Uint8Array {
  if (mode === 'c') return cnt.sign === '+' ? all.subarray(Math.max(0, cnt.n - 1)) : all.subarray(Math.max(0, all.length - cnt.n));
  const lines = splitBytesLines(all);
  if (cnt.sign === '+') return concat(lines.slice(Math.max(0, cnt.n - 1)));
  return concat(lines.slice(Math.max(0, lines.length - cnt.n)));
}

const tail = defineProgram('tail', function* (ctx) {
  ctx.argv.splice(1, ctx.argv.length, ...obsolete(ctx.argv));
  const c = yield* parseCmd(ctx, {
    short: 'n:c:qvfFs:',
    long: { lines: 'n:', bytes: 'c:', quiet: 'q', silent: 'q', verbose: 'v', follow: 'f::', retry: 'retry', 'sleep-interval': 's:', pid: 'pid:' },
  });
  if (typeof c === 'number') return c;
  const mode = c.o.last('n', 'c') ?? 'n';
  const spec = c.o.get(mode) ?? '10';
  const cnt = parseCount(spec);
  if (!cnt) { yield* ctx.err(`${ctx.prog}: invalid number of ${mode === 'n' ? 'lines' : 'bytes'}: ${ctx.q(spec)}\n`); return 1; }
  const follow = c.o.has('f') || c.o.has('F');
  const files = c.args.length > 0 ? c.args : ['-'];
  const headers = c.o.has('v') || (files.length > 1 && !c.o.has('q'));
  let status = 0;
  let first = true;
  const followed: Array<{ name: string; fd: number; size: number }> = [];
  for (const f of files) {
    const fd = yield* openInput(ctx, f);
    if (fd < 0) { yield* ctx.err(`${ctx.prog}: cannot open '${f}' for reading: ${strerror(fd)}\n`); status = 1; continue; }
    const all = yield* ctx.readAll(fd);
    if (typeof all === 'number') { yield* ctx.err(`${ctx.prog}: error reading '${f}': ${strerror(all)}\n`); status = 1; continue; }
    if (headers) yield* headerFor(ctx, f, first);
    first = false;
    yield* ctx.out(tailSlice(all, mode, cnt));
    const st = ctx.sys.fstat(fd);
    if (follow && fd !== 0 && typeof st !== 'number' && S_ISREG(st.mode)) followed.push({ name: f, fd, size: all.length });
    else if (fd !== 0) ctx.sys.close(fd);
  }
  yield* ctx.flush();
  if (followed.length === 0) return status;
  const interval = Number(c.o.get('s') ?? '1') * 1000;
  return yield* followLoop(ctx, followed, headers, interval);
});

function* followLoop(ctx: Ctx, files: Array<{ name: string; fd: number; size: number }>, headers: boolean, ms: number): Gen<number> {
  let lastShown = files[files.length - 1]!.name;
  for (;;) {
    for (const f of files) {
      const st = ctx.sys.fstat(f.fd);
      if (typeof st !== 'number' && st.size < f.size) {
        yield* ctx.err(`${ctx.prog}: ${f.name}: file truncated\n`);
        ctx.sys.lseek(f.fd, 0, 0);
        f.size = 0;
      }
      const r = yield* ctx.read(f.fd, 65536);
      if (typeof r === 'number' || r.length === 0) continue;
      f.size += r.length;
      if (headers && lastShown !== f.name) { yield* ctx.out(`\n==> ${f.name} <==\n`); lastShown = f.name; }
      yield* ctx.out(r);
      yield* ctx.flush();
    }
    yield* ctx.sleep(ms);
  }
}

const tee = defineProgram('tee', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'aip', long: { append: 'a', 'ignore-interrupts': 'i' } });
  if (typeof c === 'number') return c;
  const flags = O_WRONLY | O_CREAT | (c.o.has('a') ? O_APPEND : O_TRUNC);
  const fds: Array<[string, number]> = [];
  let status = 0;
  for (const f of c.args) {
    const fd = yield* ctx.call(() => ctx.sys.open(f, flags, 0o666));
    if (fd < 0) { yield* ctx.perror(f, fd); status = 1; } else fds.push([f, fd]);
  }
  for (;;) {
    const r = yield* ctx.read(0, 65536);
    if (typeof r === 'number') { yield* ctx.perror('read error', r); return 1; }
    if (r.length === 0) break;
    yield* ctx.write(1, r);
    for (const [, fd] of fds) yield* ctx.write(fd, r);
  }
  for (const [, fd] of fds) ctx.sys.close(fd);
  return status;
});

interface Counts { l: number; w: number; c: number; m: number; L: number }

function countBytes(b: Uint8Array): Counts {
  let l = 0, w = 0, inWord = false;
  for (const x of b) {
    if (x === 10) l++;
    const sp = x === 32 || (x >= 9 && x <= 13);
    if (sp) inWord = false; else if (!inWord) { inWord = true; w++; }
  }
  const text = fromUtf8(b);
  let L = 0;
  for (const line of text.split('\n')) L = Math.max(L, line.replace(/\t/g, '        ').length);
  return { l, w, c: b.length, m: [...text].length, L };
}

const wc = defineProgram('wc', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'clmwL', long: { bytes: 'c', lines: 'l', chars: 'm', words: 'w', 'max-line-length': 'L' } });
  if (typeof c === 'number') return c;
  let keys = (['l', 'w', 'm', 'c', 'L'] as const).filter((k) => c.o.has(k));
  if (keys.length === 0) keys = ['l', 'w', 'c'];
  const files = c.args.length > 0 ? c.args : ['-'];
  let status = 0;
  let width = 1;
  let sizes = 0;
  for (const f of files) {
    const st = f === '-' ? ctx.sys.fstat(0) : ctx.sys.stat(f);
    if (typeof st !== 'number') { if (S_ISREG(st.mode)) sizes += st.size; else width = 7; }
  }
  width = Math.max(width, String(sizes).length);
  if (keys.length === 1 && files.length === 1) width = 1;
  const row = (r: Counts, name: string | null): string => keys.map((k) => String(r[k]).padStart(width)).join(' ') + (name === null ? '' : ` ${name}`) + '\n';
  const t: Counts = { l: 0, w: 0, c: 0, m: 0, L: 0 };
  for (const f of files) {
    const data = yield* readInput(ctx, f);
    if (typeof data === 'number') {
      yield* ctx.perror(f, data);
      status = 1;
      continue;
    }
    const r = countBytes(data);
    t.l += r.l; t.w += r.w; t.c += r.c; t.m += r.m; t.L = Math.max(t.L, r.L);
    yield* ctx.out(row(r, f === '-' && c.args.length === 0 ? null : f));
    yield* ctx.tick(data.length >> 8);
  }
  if (files.length > 1) yield* ctx.out(row(t, 'total'));
  return status;
});

function* wholeLines(ctx: Ctx, files: string[], each: (lines: string[]) => string): Gen<number> {
  let status = 0;
  for (const f of files.length > 0 ? files : ['-']) {
    const data = yield* readInput(ctx, f);
    if (typeof data === 'number') {
      yield* ctx.perror(f, data === -EISDIR ? -EISDIR : data);
      status = 1;
      continue;
    }
    yield* ctx.out(each(splitLines(fromUtf8(data))));
  }
  return status;
}

const tac = defineProgram('tac', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'bs:r' });
  if (typeof c === 'number') return c;
  return yield* wholeLines(ctx, c.args, (ls) => ls.reverse().map((l) => l + '\n').join(''));
});

const rev = defineProgram('rev', function* (ctx) {
  return yield* wholeLines(ctx, ctx.argv.slice(1), (ls) => ls.map((l) => [...l].reverse().join('') + '\n').join(''));
});

/** Install paths of the programs in this file. */
export function textPrograms(): Record<string, Program> {
  return { '/bin/cat': cat, '/usr/bin/head': head, '/usr/bin/tail': tail, '/usr/bin/tee': tee, '/usr/bin/wc': wc, '/usr/bin/tac': tac, '/usr/bin/rev': rev };
}
