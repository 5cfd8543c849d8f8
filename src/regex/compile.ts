// Syntax tree → backtracking VM program (program.ts), plus the search hints the
// matcher uses to skip start positions (anchor, literal prefix, first atoms, min length).

import type { ClassSet, Node, ParsedRegex, RegexError } from './ast.ts';
import { INF } from './ast.ts';
import { fold } from './chars.ts';
import { possessify } from './possessive.ts';
import { ASSERT_CODES, CAP_BASE, OP, OP_ARITY, deepFreeze, type Anchor, type Charset, type Program } from './program.ts';

class Emitter {
  code: number[] = [];
  classes: ClassSet[] = [];
  strings: string[] = [];
  refs: number[][] = [];
  nregs: number;
  lookbehindTooLong = false;
  /** pc of the first OPEN of each group (recursion targets) */
  groupPc = new Map<number, number>();
  /** CALL instructions whose target is filled in at the end */
  callSites: number[] = [];
  callReg = -1;

  constructor(readonly tmpBase: number, ngroups: number) {
    this.nregs = tmpBase + ngroups + 1;
  }

  reg(n = 1): number {
    const r = this.nregs;
    this.nregs += n;
    return r;
  }

  emit(...xs: number[]): number {
    const at = this.code.length;
    this.code.push(...xs);
    return at;
  }

  here(): number { return this.code.length; }

  cls(set: ClassSet): number {
    this.classes.push(set);
    return this.classes.length - 1;
  }

  /** [op, a, b] of a node that matches exactly one character, else null. */
  atom(n: Node): [number, number, number] | null {
    switch (n.t) {
      case 'char':
        return n.ci ? [OP.CHARI, fold(n.cp, false), fold(n.cp, true)] : [OP.CHAR, n.cp, 0];
      case 'any': return [n.nl ? OP.ANYNL : OP.ANY, 0, 0];
      case 'class': return [OP.CLASS, this.cls(n.set), 0];
      default: return null;
    }
  }

  node(n: Node): void {
    switch (n.t) {
      case 'empty': return;
      case 'char': case 'any': case 'class': {
        const [op, a, b] = this.atom(n)!;
        this.emit(...[op, a, b].slice(0, 1 + OP_ARITY[op]));
        return;
      }
      case 'seq': this.seq(n.items); return;
      case 'alt': this.alt(n.alts); return;
      case 'group':
        if (!this.groupPc.has(n.index)) this.groupPc.set(n.index, this.here());
        this.emit(OP.OPEN, n.index);
        this.node(n.body);
        this.emit(OP.CLOSE, n.index);
        return;
      case 'quant': this.quant(n); return;
      case 'assert': this.emit(OP.ASSERT, ASSERT_CODES[n.kind]); return;
      case 'look': this.look(n.behind, n.neg, n.body); return;
      case 'atomic': {
        const r = this.reg();
        this.emit(OP.ATOM, r);
        this.node(n.body);
        this.emit(OP.ATOMEND, r);
        return;
      }
      case 'backref':
        this.refs.push([...n.groups]);
        this.emit(OP.BACKREF, this.refs.length - 1, n.ci ? 1 : 0);
        return;
      case 'cond': {
        this.refs.push([...n.groups]);
        const at = this.emit(OP.COND, this.refs.length - 1, 0);
        this.node(n.yes);
        const j = this.emit(OP.JMP, 0);
        this.code[at + 2] = this.here();
        this.node(n.no);
        this.code[j + 1] = this.here();
        return;
      }
      case 'keep': this.emit(OP.KEEP); return;
      case 'fail': this.emit(OP.FAIL); return;
      case 'call':
        if (this.callReg < 0) this.callReg = this.reg();
        this.callSites.push(this.emit(OP.CALL, 0, n.group));
        return;
      case 'condr': {
        if (this.callReg < 0) this.callReg = this.reg();
        const at = this.emit(OP.CONDR, n.group, 0);
        this.node(n.yes);
        const j = this.emit(OP.JMP, 0);
        this.code[at + 2] = this.here();
        this.node(n.no);
        this.code[j + 1] = this.here();
        return;
      }
      case 'define': {
        const j = this.emit(OP.JMP, 0);
        this.node(n.body);
        this.code[j + 1] = this.here();
        return;
      }
    }
  }

  /** Points every CALL at its group's first OPEN (0 = the pattern's start). */
  linkCalls(): void {
    for (const at of this.callSites) {
      const g = this.code[at + 2];
      this.code[at + 1] = g === 0 ? 0 : this.groupPc.get(g) ?? 0;
    }
  }

  /** Runs of case-sensitive characters become one STR. */
  seq(items: readonly Node[]): void {
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.t === 'char' && !it.ci && i + 1 < items.length && items[i + 1].t === 'char' && !(items[i + 1] as { ci: boolean }).ci) {
        let s = '';
        while (i < items.length && items[i].t === 'char' && !(items[i] as { ci: boolean }).ci) {
          s += String.fromCodePoint((items[i] as { cp: number }).cp);
          i++;
        }
        i--;
        this.strings.push(s);
        this.emit(OP.STR, this.strings.length - 1);
      } else {
        this.node(it);
      }
    }
  }

  alt(alts: readonly Node[]): void {
    const jumps: number[] = [];
    for (let i = 0; i < alts.length; i++) {
      if (i < alts.length - 1) {
        const s = this.emit(OP.SPLIT, 0, 0);
        this.code[s + 1] = this.here();
        this.node(alts[i]);
        jumps.push(this.emit(OP.JMP, 0));
        this.code[s + 2] = this.here();
      } else {
        this.node(alts[i]);
      }
    }
    for (const j of jumps) this.code[j + 1] = this.here();
  }

  quant(n: Extract<Node, { t: 'quant' }>): void {
    const { body, min, max, mode } = n;
    if (max === 0) return;
    if (min === 1 && max === 1) { this.node(body); return; }
    const atom = this.atom(body);
    if (atom) {
      this.emit(OP.REPS, min, max, mode === 'greedy' ? 0 : mode === 'lazy' ? 1 : 2, ...atom);
      return;
    }
    if (mode === 'possessive') {
      this.node({ t: 'atomic', body: { ...n, mode: 'greedy' } });
      return;
    }
    if (min === 0 && max === 1) {
      const s = this.emit(OP.SPLIT, 0, 0);
      const bodyAt = this.here();
      this.node(body);
      const after = this.here();
      this.code[s + 1] = mode === 'greedy' ? bodyAt : after;
      this.code[s + 2] = mode === 'greedy' ? after : bodyAt;
      return;
    }
    const r = this.reg(2);
    this.emit(OP.REPINIT, r);
    const loop = this.emit(mode === 'greedy' ? OP.REPG : OP.REPL, r, min, max, 0);
    this.emit(OP.REPSTEP, r);
    this.node(body);
    this.emit(OP.REPEND, r, min, loop);
    this.code[loop + 4] = this.here();
  }

  look(behind: boolean, neg: boolean, body: Node): void {
    const r = this.reg(2);
    const start = neg ? this.emit(OP.NLOOK, r, 0) : this.emit(OP.LOOK, r);
    let lb = -1;
    if (behind) {
      const [lo, hi] = width(body);
      if (hi === INF || hi > 255) this.lookbehindTooLong = true;
      lb = this.reg();
      this.emit(OP.LBSTART, lb, lo, hi === INF ? lo : hi);
    }
    this.node(body);
    if (behind) this.emit(OP.LBCHECK, lb);
    this.emit(neg ? OP.NLOOKEND : OP.LOOKEND, r);
    if (neg) this.code[start + 2] = this.here();
  }
}

function addW(a: number, b: number): number {
  return a === INF || b === INF ? INF : a + b;
}

/** [min, max] length of what `n` can match, in code units (max INF if unbounded). */
export function width(n: Node, calling: readonly Node[] = []): [number, number] {
  const w = (x: Node): [number, number] => width(x, calling);
  switch (n.t) {
    case 'char': return n.cp > 0xffff ? [2, 2] : [1, 1];
    case 'any': case 'class': return [1, 2];
    case 'seq': return n.items.map(w).reduce((a, b) => [a[0] + b[0], addW(a[1], b[1])], [0, 0]);
    case 'alt': {
      const ws = n.alts.map(w);
      return [Math.min(...ws.map((w) => w[0])), ws.some((w) => w[1] === INF) ? INF : Math.max(...ws.map((w) => w[1]))];
    }
    case 'group': case 'atomic': return w(n.body);
    case 'quant': {
      const [lo, hi] = w(n.body);
      const max = n.max === INF ? (hi === 0 ? 0 : INF) : hi === INF ? INF : hi * n.max;
      return [lo * n.min, max];
    }
    case 'backref': return [0, INF];
    case 'call': {
      // a recursive call has no bound; any other has its group's width
      const t = n.target;
      if (t === undefined || calling.includes(t) || calling.length >= 8) return [0, INF];
      return width(t, [...calling, t]);
    }
    case 'cond': case 'condr': {
      const a = w(n.yes);
      const b = w(n.no);
      return [Math.min(a[0], b[0]), a[1] === INF || b[1] === INF ? INF : Math.max(a[1], b[1])];
    }
    case 'look':
      // a lookaround inside a called group that recurses has no bound either (perl: too long)
      return calling.length > 0 && w(n.body)[1] === INF ? [0, INF] : [0, 0];
    default: return [0, 0];
  }
}

/** The anchor implied by the first thing the pattern must match. */
function anchorOf(n: Node): Anchor {
  switch (n.t) {
    case 'assert':
      return n.kind === 'bol' || n.kind === 'A' ? 'start' : n.kind === 'mbol' ? 'mbol' : n.kind === 'G' ? 'G' : 'none';
    case 'seq': return n.items.length > 0 ? anchorOf(n.items[0]) : 'none';
    case 'group': case 'atomic': return anchorOf(n.body);
    case 'alt': {
      const as = n.alts.map(anchorOf);
      return as.every((a) => a === as[0]) ? as[0] : 'none';
    }
    default: return 'none';
  }
}

/** Literal text every match starts with; `full` tells whether `n` is entirely that text. */
function prefixOf(n: Node): { s: string; full: boolean } {
  switch (n.t) {
    case 'char': return n.ci ? { s: '', full: false } : { s: String.fromCodePoint(n.cp), full: true };
    case 'empty': return { s: '', full: true };
    case 'group': case 'atomic': return prefixOf(n.body);
    case 'quant': return n.min >= 1 ? { s: prefixOf(n.body).s, full: false } : { s: '', full: false };
    case 'seq': {
      let s = '';
      for (const it of n.items) {
        if (it.t === 'assert' && (it.kind === 'bol' || it.kind === 'A' || it.kind === 'G')) continue;
        const p = prefixOf(it);
        s += p.s;
        if (!p.full) return { s, full: false };
      }
      return { s, full: true };
    }
    default: return { s: '', full: false };
  }
}

/** Atoms one of which must match at a match's start, or null when any start is possible. */
function firstOf(n: Node): Node[] | null {
  switch (n.t) {
    case 'char': case 'any': case 'class': return [n];
    case 'group': case 'atomic': return firstOf(n.body);
    case 'quant': return n.min >= 1 ? firstOf(n.body) : null;
    case 'seq': {
      for (const it of n.items) {
        if (it.t === 'assert' || it.t === 'keep' || (it.t === 'look' && !it.neg && !it.behind)) continue;
        return firstOf(it);
      }
      return null;
    }
    case 'alt': {
      const out: Node[] = [];
      for (const a of n.alts) {
        const f = firstOf(a);
        if (!f) return null;
        out.push(...f);
      }
      return out;
    }
    default: return null;
  }
}

export interface CompileOptions {
  readonly charset: Charset;
  readonly patternUni: boolean;
  readonly source: string;
  readonly flags: string;
  readonly longest?: boolean;
}

/** Compiles a parsed pattern; fails only for an over-long lookbehind. */
export function compileProgram(p: ParsedRegex, o: CompileOptions): Program | RegexError {
  const tmpBase = CAP_BASE + 2 * (p.ngroups + 1);
  const e = new Emitter(tmpBase, p.ngroups);
  e.node(p.node);
  e.emit(OP.MATCH);
  e.linkCalls();
  if (e.callReg < 0 && !o.longest) possessify(e.code, e.strings, e.classes);
  if (e.lookbehindTooLong) {
    return { error: true, message: `Lookbehind longer than 255 not implemented in regex m/${o.source}/`, offset: -1 };
  }
  const first: number[] = [];
  const fs = firstOf(p.node);
  if (fs && fs.length <= 8) for (const a of fs) first.push(...e.atom(a)!);
  const prog: Program = {
    code: e.code, classes: e.classes, strings: e.strings, refs: e.refs,
    ngroups: p.ngroups, names: p.names, nregs: e.nregs, tmpBase, callReg: e.callReg,
    charset: o.charset, patternUni: o.patternUni,
    anchor: anchorOf(p.node), prefix: prefixOf(p.node).s, first,
    minLen: width(p.node)[0] > 0 ? minUnits(p.node) : 0,
    longest: o.longest ?? false, source: o.source, flags: o.flags,
  };
  // The instruction array and strings stay unfrozen (read-only by type): V8 indexes frozen
  // arrays markedly slower, and the matcher reads code at every step.
  for (const [k, v] of Object.entries(prog)) if (k !== 'code' && k !== 'strings') deepFreeze(v);
  return Object.freeze(prog);
}

/** Minimum length counting every character as one unit (safe lower bound). */
function minUnits(n: Node): number {
  switch (n.t) {
    case 'char': case 'any': case 'class': return 1;
    case 'seq': return n.items.reduce((a, b) => a + minUnits(b), 0);
    case 'alt': return Math.min(...n.alts.map(minUnits));
    case 'group': case 'atomic': return minUnits(n.body);
    case 'quant': return n.min * minUnits(n.body);
    case 'cond': case 'condr': return Math.min(minUnits(n.yes), minUnits(n.no));
    default: return 0;
  }
}
