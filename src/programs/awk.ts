/** awk(1): a small POSIX awk (mawk's behaviour) interpreting the AST of awk-parse.ts. */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { LineReader, openInput, readText } from './lib/io.ts';
import { compilePosix, search } from './lib/regex-bridge.ts';
import type { Regex } from './lib/regex-bridge.ts';
import { parseAwk, AwkSyntax } from './awk-parse.ts';
import type { AwkProgram, Expr, Stmt } from './awk-parse.ts';
import { AwkFatal, StrNum, compare, numToStr, sprintfAwk, toBool, toNum, toStr } from './awk-value.ts';
import { builtin, captureCommand } from './awk-builtins.ts';
import type { V } from './awk-value.ts';
import { O_WRONLY, O_CREAT, O_TRUNC, O_APPEND } from '../abi/fcntl.ts';
import { strerror } from '../abi/errno.ts';

class Next {}
class Exit { constructor(readonly code: number) {} }
class Break {}
class Continue {}
class Return { constructor(readonly v: V) {} }

type Arr = Map<string, V>;
interface Out { fd: number; pid: number }
interface In { lines: string[]; pos: number }

export class AwkVm {
  globals = new Map<string, V>();
  arrays = new Map<string, Arr>();
  frames: Array<Map<string, V | Arr>> = [];
  fields: string[] = [''];
  fieldsValid = true;
  record = '';
  recordValid = true;
  outs = new Map<string, Out>();
  ins = new Map<string, In>();
  res = new Map<string, Regex>();
  ranges: boolean[] = [];
  seed = 0;
  prevSeed = 0;
  rng = 0;
  main: { files: string[]; idx: number; reader: LineReader | null; fd: number; buf: string[] | null } = { files: [], idx: 0, reader: null, fd: -1, buf: null };

  constructor(readonly ctx: Ctx, readonly prog: AwkProgram) {
    const g = this.globals;
    for (const [k, v] of [['FS', ' '], ['OFS', ' '], ['ORS', '\n'], ['RS', '\n'], ['SUBSEP', '\x1c'], ['CONVFMT', '%.6g'], ['OFMT', '%.6g'], ['FILENAME', '']] as const) g.set(k, v);
    g.set('NR', 0); g.set('NF', 0); g.set('FNR', 0); g.set('RSTART', 0); g.set('RLENGTH', -1);
    const env = new Map<string, V>();
    for (const [k, v] of ctx.env) env.set(k, new StrNum(v));
    this.arrays.set('ENVIRON', env);
  }

  get convfmt(): string { return toStr(this.globals.get('CONVFMT')); }
  str(v: V): string { return toStr(v, this.convfmt); }

  // ---- records and fields
  setRecord(s: string): void { this.record = s; this.recordValid = true; this.fieldsValid = false; }
  splitFields(): void {
    if (this.fieldsValid) return;
    const parts = this.splitWith(this.record, this.str(this.globals.get('FS')));
    this.fields = ['', ...parts];
    this.globals.set('NF', parts.length);
    this.fieldsValid = true;
  }
  splitWith(s: string, fs: string): string[] {
    if (s === '') return [];
    if (fs === ' ') return s.split(/[ \t\n]+/).filter((x, i, a) => x !== '' || (i > 0 && i < a.length - 1));
    if (fs.length === 1 && fs !== '\\') return s.split(fs);
    const re = this.regex(fs);
    const out: string[] = [];
    let pos = 0;
    let from = 0;
    for (;;) {
      const m = this.syncSearch(re, s, from);
      if (!m || m[0] >= s.length) break;
      if (m[1] === m[0]) { from = m[0] + 1; if (from > s.length) break; continue; }
      out.push(s.slice(pos, m[0]));
      pos = from = m[1]!;
    }
    out.push(s.slice(pos));
    return out;
  }
  /** Field splitting cannot yield; patterns used as FS are short and matched with the engine's own budget. */
  syncSearch(re: Regex, s: string, from: number): number[] | null {
    const g = search(this.ctx, re, s, from);
    for (;;) { const r = g.next(); if (r.done) return r.value; }
  }
  getField(i: number): V {
    if (i === 0) { this.rebuild(); return new StrNum(this.record); }
    this.splitFields();
    const f = this.fields[i];
    return f === undefined ? undefined : new StrNum(f);
  }
  setField(i: number, v: string): void {
    if (i === 0) { this.setRecord(v); return; }
    this.splitFields();
    while (this.fields.length <= i) this.fields.push('');
    this.fields[i] = v;
    this.globals.set('NF', this.fields.length - 1);
    this.recordValid = false;
  }
  rebuild(): void {
    if (this.recordValid) return;
    this.record = this.fields.slice(1).join(this.str(this.globals.get('OFS')));
    this.recordValid = true;
  }
  setNF(n: number): void {
    this.splitFields();
    this.fields.length = Math.max(1, n + 1);
    while (this.fields.length < n + 1) this.fields.push('');
    this.globals.set('NF', n);
    this.recordValid = false;
  }

  regex(src: string): Regex {
    let r = this.res.get(src);
    if (!r) {
      const c = compilePosix(src, { ere: true, icase: false });
      if (typeof c === 'string') throw new AwkFatal(`regular expression compile failed (${c})\n${src}`);
      r = c;
      this.res.set(src, r);
    }
    return r;
  }

  // ---- variables
  frame(): Map<string, V | Arr> | undefined { return this.frames[this.frames.length - 1]; }
  getVar(name: string): V {
    const f = this.frame();
    if (f?.has(name)) { const v = f.get(name); if (v instanceof Map) throw new AwkFatal(`can't use array ${name} in scalar context`); return v; }
    if (name === 'NF') { this.splitFields(); }
    return this.globals.get(name);
  }
  setVar(name: string, v: V): void {
    const f = this.frame();
    if (f?.has(name)) { f.set(name, v); return; }
    if (name === 'NF') { this.setNF(Math.trunc(toNum(v))); return; }
    this.globals.set(name, v);
    if (name === 'FS' || name === 'RS') return;
  }
  arr(name: string): Arr {
    const f = this.frame();
    if (f?.has(name)) {
      let v = f.get(name);
      if (!(v instanceof Map)) { v = new Map(); f.set(name, v); }
      return v;
    }
    let a = this.arrays.get(name);
    if (!a) { a = new Map(); this.arrays.set(name, a); }
    return a;
  }
  *subKey(subs: Expr[]): Gen<string> {
    const parts: string[] = [];
    for (const s of subs) parts.push(this.str(yield* this.ev(s)));
    return parts.join(this.str(this.globals.get('SUBSEP')));
  }

  *assignTo(t: Expr, v: V): Gen<V> {
    if (t.k === 'var') this.setVar(t.name, v);
    else if (t.k === 'idx') this.arr(t.name).set(yield* this.subKey(t.subs), v);
    else if (t.k === 'field') this.setField(Math.trunc(toNum(yield* this.ev(t.e))), this.str(v));
    else if (t.k === 'group') return yield* this.assignTo(t.e, v);
    return v;
  }

  *reMatches(re: Expr, s: string): Gen<number[] | null> {
    const src = re.k === 're' ? re.src : this.str(yield* this.ev(re));
    return yield* search(this.ctx, this.regex(src), s, 0);
  }

  // ---- expressions
  *ev(e: Expr): Gen<V> {
    switch (e.k) {
      case 'num': return e.v;
      case 'str': return e.v;
      case 're': return (yield* search(this.ctx, this.regex(e.src), this.str(this.getField(0)), 0)) ? 1 : 0;
      case 'group': return yield* this.ev(e.e);
      case 'var': return this.getVar(e.name);
      case 'field': return this.getField(Math.trunc(toNum(yield* this.ev(e.e))));
      case 'idx': {
        const a = this.arr(e.name);
        const k = yield* this.subKey(e.subs);
        if (!a.has(k)) a.set(k, undefined);
        return a.get(k);
      }
      case 'in': return this.arr(e.name).has(yield* this.subKey(e.subs)) ? 1 : 0;
      case 'assign': {
        const v = yield* this.ev(e.e);
        if (e.op === '=') return yield* this.assignTo(e.target, v instanceof StrNum ? v : v);
        const cur = toNum(yield* this.ev(e.target));
        return yield* this.assignTo(e.target, arith(e.op.slice(0, -1), cur, toNum(v)));
      }
      case 'cond': return toBool(yield* this.ev(e.c)) ? yield* this.ev(e.a) : yield* this.ev(e.b);
      case 'un': {
        const v = yield* this.ev(e.e);
        return e.op === '!' ? (toBool(v) ? 0 : 1) : e.op === '-' ? -toNum(v) : toNum(v);
      }
      case 'incdec': {
        const old = toNum(yield* this.ev(e.target));
        const nv = e.op === '++' ? old + 1 : old - 1;
        yield* this.assignTo(e.target, nv);
        return e.prefix ? nv : old;
      }
      case 'match': {
        const s = this.str(yield* this.ev(e.a));
        const m = yield* this.reMatches(e.re, s);
        return (m !== null) !== e.neg ? 1 : 0;
      }
      case 'bin': return yield* this.binary(e.op, e.a, e.b);
      case 'call': return yield* this.call(e.name, e.args);
      case 'getline': return yield* this.getline(e);
      default: return undefined;
    }
  }

  *binary(op: string, a: Expr, b: Expr): Gen<V> {
    if (op === '&&') return toBool(yield* this.ev(a)) && toBool(yield* this.ev(b)) ? 1 : 0;
    if (op === '||') return toBool(yield* this.ev(a)) || toBool(yield* this.ev(b)) ? 1 : 0;
    const x = yield* this.ev(a);
    const y = yield* this.ev(b);
    switch (op) {
      case 'concat': return this.str(x) + this.str(y);
      case '<': return compare(x, y, this.convfmt) < 0 ? 1 : 0;
      case '<=': return compare(x, y, this.convfmt) <= 0 ? 1 : 0;
      case '>': return compare(x, y, this.convfmt) > 0 ? 1 : 0;
      case '>=': return compare(x, y, this.convfmt) >= 0 ? 1 : 0;
      case '==': return compare(x, y, this.convfmt) === 0 ? 1 : 0;
      case '!=': return compare(x, y, this.convfmt) !== 0 ? 1 : 0;
      default: return arith(op, toNum(x), toNum(y));
    }
  }

  *call(name: string, args: Expr[]): Gen<V> {
    const f = this.prog.funcs.get(name);
    if (f) {
      const frame = new Map<string, V | Arr>();
      for (let i = 0; i < f.params.length; i++) {
        const a = args[i];
        if (a === undefined) { frame.set(f.params[i]!, undefined); continue; }
        if (a.k === 'var' && (this.arrays.has(a.name) || this.frame()?.get(a.name) instanceof Map)) frame.set(f.params[i]!, this.arr(a.name));
        else frame.set(f.params[i]!, yield* this.ev(a));
      }
      if (this.frames.length > 1000) throw new AwkFatal('function call nesting too deep');
      this.frames.push(frame);
      try {
        yield* this.exec(f.body);
      } catch (e) {
        if (e instanceof Return) return e.v;
        throw e;
      } finally {
        this.frames.pop();
      }
      return undefined;
    }
    return yield* builtin(this, name, args);
  }

  // ---- I/O
  *output(text: string, redir: string | null, dest: Expr | null): Gen<void> {
    if (redir === null) { yield* this.ctx.out(text); return; }
    const name = this.str(yield* this.ev(dest!));
    let o = this.outs.get(name);
    if (!o) {
      if (redir === '|') {
        const p = this.ctx.sys.pipe();
        if (typeof p === 'number') throw new AwkFatal(`cannot open pipe "${name}"`);
        yield* this.ctx.flush();
        const pid = this.ctx.spawn('/bin/sh', ['sh', '-c', name], this.ctx.envp(), { fds: { 0: p[0] }, close: [p[1]] });
        this.ctx.sys.close(p[0]);
        o = { fd: p[1], pid };
      } else {
        const flags = O_WRONLY | O_CREAT | (redir === '>>' ? O_APPEND : O_TRUNC);
        const fd = name === '/dev/stdout' || name === '-' ? 1 : name === '/dev/stderr' ? 2 : yield* this.ctx.call(() => this.ctx.sys.open(name, flags, 0o666));
        if (fd < 0) throw new AwkFatal(`cannot open "${name}" for output`);
        o = { fd, pid: 0 };
      }
      this.outs.set(name, o);
    }
    if (o.fd === 1) yield* this.ctx.out(text); else yield* this.ctx.write(o.fd, text);
  }

  *closeStream(name: string): Gen<number> {
    const o = this.outs.get(name);
    if (o) {
      this.outs.delete(name);
      if (o.fd > 2) this.ctx.sys.close(o.fd);
      if (o.pid > 0) { const r = yield* this.ctx.wait4(o.pid, 0); return typeof r === 'number' ? -1 : (r.status >> 8) & 255; }
      return 0;
    }
    if (this.ins.delete(name)) return 0;
    return -1;
  }

  *closeAll(): Gen<void> {
    yield* this.ctx.flush();
    for (const name of [...this.outs.keys()]) yield* this.closeStream(name);
  }

  /** The next record of the main input (ARGV files, var=value operands), or null at the end. */
  *nextMainRecord(): Gen<string | null> {
    const m = this.main;
    for (;;) {
      if (m.fd < 0) {
        while (m.idx < m.files.length) {
          const f = m.files[m.idx++]!;
          const eq = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(f);
          if (eq) { this.setVar(eq[1]!, new StrNum(eq[2]!.replace(/\\n/g, '\n').replace(/\\t/g, '\t'))); continue; }
          if (f === '') continue;
          const fd = yield* openInput(this.ctx, f);
          if (fd < 0) { yield* this.ctx.err(`${this.ctx.prog}: cannot open ${f} (${strerror(fd)})\n`); throw new Exit(2); }
          m.fd = fd;
          m.reader = new LineReader(this.ctx, fd);
          m.buf = null;
          this.globals.set('FILENAME', f === '-' ? '' : f);
          this.globals.set('FNR', 0);
          break;
        }
        if (m.fd < 0) {
          if (m.idx >= m.files.length && !m.files.some((f) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(f))) {
            m.files.push('-');
            continue;
          }
          return null;
        }
      }
      const rec = yield* this.readRecord();
      if (rec !== null) {
        this.globals.set('NR', toNum(this.globals.get('NR')) + 1);
        this.globals.set('FNR', toNum(this.globals.get('FNR')) + 1);
        return rec;
      }
      if (m.fd > 0) this.ctx.sys.close(m.fd);
      m.fd = -1;
      if (m.idx >= m.files.length) return null;
    }
  }

  *readRecord(): Gen<string | null> {
    const m = this.main;
    const rs = this.str(this.globals.get('RS'));
    if (rs === '\n') {
      const l = yield* m.reader!.next();
      if (l === null || typeof l === 'number') return null;
      return l.endsWith('\n') ? l.slice(0, -1) : l;
    }
    if (m.buf === null) {
      const all = yield* this.ctx.readAll(m.fd);
      const text = typeof all === 'number' ? '' : fromUtf8(all);
      m.buf = rs === '' ? text.replace(/^\n+/, '').split(/\n\n+/).filter((x, i, a) => i < a.length - 1 || x.replace(/\n+$/, '') !== '').map((x) => x.replace(/\n+$/, '')) : text.split(rs.length === 1 ? rs : new RegExp(rs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      if (rs !== '' && m.buf[m.buf.length - 1] === '') m.buf.pop();
    }
    return m.buf.length > 0 ? m.buf.shift()! : null;
  }

  *getline(e: Extract<Expr, { k: 'getline' }>): Gen<V> {
    let line: string | null;
    if (e.cmd || e.src) {
      const name = this.str(yield* this.ev((e.cmd ?? e.src)!));
      let inp = this.ins.get(name);
      if (!inp) {
        let text: string;
        if (e.cmd) {
          text = yield* captureCommand(this.ctx, name, () => this.closeAllOutputsFlush());
        } else {
          const t = yield* readText(this.ctx, name === '-' ? '-' : name);
          if (typeof t === 'number') return -1;
          text = t;
        }
        const lines = text.split('\n');
        if (lines[lines.length - 1] === '') lines.pop();
        inp = { lines, pos: 0 };
        this.ins.set(name, inp);
      }
      line = inp.pos < inp.lines.length ? inp.lines[inp.pos++]! : null;
      if (line === null) return 0;
      if (e.target) yield* this.assignTo(e.target, new StrNum(line));
      else { this.setRecord(line); this.globals.set('NR', toNum(this.globals.get('NR')) + 1); }
      return 1;
    }
    line = yield* this.nextMainRecord();
    if (line === null) return 0;
    if (e.target) yield* this.assignTo(e.target, new StrNum(line));
    else this.setRecord(line);
    return 1;
  }

  *closeAllOutputsFlush(): Gen<void> { yield* this.ctx.flush(); }

  // ---- statements
  *exec(s: Stmt): Gen<void> {
    yield* this.ctx.tick();
    switch (s.k) {
      case 'expr': yield* this.ev(s.e); return;
      case 'block': for (const b of s.body) yield* this.exec(b); return;
      case 'print': {
        let text: string;
        if (s.printf) {
          const vals: V[] = [];
          for (const a of s.args) vals.push(yield* this.ev(a));
          if (vals.length === 0) throw new AwkFatal('printf: no format');
          text = sprintfAwk(this.str(vals[0]), vals.slice(1), this.convfmt);
        } else {
          const parts: string[] = [];
          if (s.args.length === 0) parts.push(this.str(this.getField(0)));
          const ofmt = this.str(this.globals.get('OFMT'));
          for (const a of s.args) { const v = yield* this.ev(a); parts.push(typeof v === 'number' ? numToStr(v, ofmt) : this.str(v)); }
          text = parts.join(this.str(this.globals.get('OFS'))) + this.str(this.globals.get('ORS'));
        }
        yield* this.output(text, s.redir, s.dest);
        return;
      }
      case 'if': if (toBool(yield* this.ev(s.c))) yield* this.exec(s.t); else if (s.f) yield* this.exec(s.f); return;
      case 'while':
        while (toBool(yield* this.ev(s.c))) { if (yield* this.loopBody(s.body)) break; }
        return;
      case 'do':
        do { if (yield* this.loopBody(s.body)) break; } while (toBool(yield* this.ev(s.c)));
        return;
      case 'for':
        if (s.init) yield* this.exec(s.init);
        while (s.c === null || toBool(yield* this.ev(s.c))) {
          if (yield* this.loopBody(s.body)) break;
          if (s.step) yield* this.exec(s.step);
        }
        return;
      case 'forin': {
        const keys = [...this.arr(s.arr).keys()];
        for (const k of keys) {
          this.setVar(s.v, new StrNum(k));
          if (yield* this.loopBody(s.body)) break;
        }
        return;
      }
      case 'next': throw new Next();
      case 'nextfile': { if (this.main.fd > 0) this.ctx.sys.close(this.main.fd); this.main.fd = -1; throw new Next(); }
      case 'break': throw new Break();
      case 'continue': throw new Continue();
      case 'exit': throw new Exit(s.e ? Math.trunc(toNum(yield* this.ev(s.e))) : -1);
      case 'return': throw new Return(s.e ? yield* this.ev(s.e) : undefined);
      case 'delete': {
        if (s.subs === null) this.arr(s.name).clear();
        else this.arr(s.name).delete(yield* this.subKey(s.subs));
        return;
      }
    }
  }

  /** Run a loop body; true when it broke out. */
  *loopBody(b: Stmt): Gen<boolean> {
    try { yield* this.exec(b); } catch (e) {
      if (e instanceof Break) return true;
      if (e instanceof Continue) return false;
      throw e;
    }
    return false;
  }
}

function arith(op: string, x: number, y: number): number {
  switch (op) {
    case '+': return x + y;
    case '-': return x - y;
    case '*': return x * y;
    case '/': if (y === 0) throw new AwkFatal('division by zero'); return x / y;
    case '%': if (y === 0) throw new AwkFatal('division by zero in %'); return x % y;
    case '^': return x ** y;
    default: return 0;
  }
}

function* runRules(vm: AwkVm, kind: 'begin' | 'end'): Gen<void> {
  for (const r of vm.prog.rules) if (r.kind === kind && r.body) yield* vm.exec(r.body);
}

function* mainLoop(vm: AwkVm): Gen<void> {
  const rules = vm.prog.rules.filter((r) => r.kind === 'main' || r.kind === 'range');
  const needInput = rules.length > 0 || vm.prog.rules.some((r) => r.kind === 'end');
  if (!needInput) return;
  for (;;) {
    const rec = yield* vm.nextMainRecord();
    if (rec === null) return;
    vm.setRecord(rec);
    try {
      for (let i = 0; i < rules.length; i++) {
        const r = rules[i]!;
        let hit: boolean;
        if (r.kind === 'range') {
          if (!vm.ranges[i]) {
            hit = toBool(yield* vm.ev(r.pat!));
            if (hit) vm.ranges[i] = !toBool(yield* vm.ev(r.pat2!));
          } else {
            hit = true;
            if (toBool(yield* vm.ev(r.pat2!))) vm.ranges[i] = false;
          }
        } else hit = r.pat === null || toBool(yield* vm.ev(r.pat));
        if (!hit) continue;
        if (r.body) yield* vm.exec(r.body);
        else yield* vm.ctx.out(vm.str(vm.getField(0)) + vm.str(vm.globals.get('ORS')));
      }
    } catch (e) {
      if (!(e instanceof Next)) throw e;
    }
  }
}

const awk = defineProgram('awk', function* (ctx) {
  const argv = ctx.argv.slice(1);
  let fs: string | null = null;
  const assigns: Array<[string, string]> = [];
  const progFiles: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') { i++; break; }
    if (a.startsWith('-F')) { fs = a.length > 2 ? a.slice(2) : argv[++i] ?? ''; continue; }
    if (a.startsWith('-v')) {
      const as = a.length > 2 ? a.slice(2) : argv[++i] ?? '';
      const eq = as.indexOf('=');
      if (eq < 0) { yield* ctx.err(`${ctx.prog}: improper assignment: -v ${as}\n`); return 2; }
      assigns.push([as.slice(0, eq), as.slice(eq + 1)]);
      continue;
    }
    if (a.startsWith('-f')) { progFiles.push(a.length > 2 ? a.slice(2) : argv[++i] ?? ''); continue; }
    if (a === '-W' || a.startsWith('--')) { if (a === '-W') i++; continue; }
    if (a.startsWith('-') && a.length > 1) { yield* ctx.err(`${ctx.prog}: not an option: ${a}\n`); return 2; }
    break;
  }
  let src: string;
  if (progFiles.length > 0) {
    src = '';
    for (const f of progFiles) {
      const t = yield* readText(ctx, f);
      if (typeof t === 'number') { yield* ctx.err(`${ctx.prog}: couldn't open file ${f}\n`); return 2; }
      src += t + '\n';
    }
  } else {
    if (i >= argv.length) { yield* ctx.err(`usage: ${ctx.prog} [-F value] [-v var=value] [--] 'program text' [file ...]\n`); return 2; }
    src = argv[i++]!;
  }
  let prog: AwkProgram;
  try { prog = parseAwk(src); } catch (e) {
    if (e instanceof AwkSyntax) { yield* ctx.err(`${ctx.prog}: ${e.message.startsWith('line') ? e.message : `line 1: ${e.message}`}\n`); return 2; }
    throw e;
  }
  const vm = new AwkVm(ctx, prog);
  const esc = (s: string): string => s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', '\\': '\\' } as Record<string, string>)[c] ?? '\\' + c);
  if (fs !== null) vm.globals.set('FS', fs === 't' ? '\t' : esc(fs));
  for (const [k, v] of assigns) vm.globals.set(k, new StrNum(esc(v)));
  const files = argv.slice(i);
  const av = vm.arr('ARGV');
  av.set('0', 'awk');
  files.forEach((f, k) => av.set(String(k + 1), new StrNum(f)));
  vm.globals.set('ARGC', files.length + 1);
  vm.main.files = files;
  let code = 0;
  try {
    try {
      yield* runRules(vm, 'begin');
      yield* mainLoop(vm);
    } catch (e) {
      if (!(e instanceof Exit)) throw e;
      if (e.code >= 0) code = e.code;
    }
    try { yield* runRules(vm, 'end'); } catch (e) {
      if (!(e instanceof Exit)) throw e;
      if (e.code >= 0) code = e.code;
    }
  } catch (e) {
    if (e instanceof AwkFatal) {
      yield* vm.closeAll();
      yield* ctx.err(`${ctx.prog}: run time error: ${e.message}\n\tFILENAME="${vm.str(vm.globals.get('FILENAME'))}" FNR=${vm.str(vm.globals.get('FNR'))} NR=${vm.str(vm.globals.get('NR'))}\n`);
      return 2;
    }
    if (e instanceof Next || e instanceof Break || e instanceof Continue || e instanceof Return) return 2;
    throw e;
  }
  yield* vm.closeAll();
  return code;
});

export function awkPrograms(): Record<string, Program> {
  return { '/usr/bin/awk': awk, '/usr/bin/mawk': awk };
}
