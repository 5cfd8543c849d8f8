/**
 * fmt(1), as GNU coreutils: paragraphs (runs of non-blank lines with the same
 * indentation) refilled by GNU's least-cost line breaking; -w -g -u -s.
 */
import { defineProgram, fromUtf8, utf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { helpOrVersion } from './lib/usage.ts';
import { readNamed } from './lib/read-named.ts';
import { usageError, q } from './lib/io.ts';
import { getopt, Opts } from './lib/args.ts';
import { strerror as strerrorText } from '../abi/errno.ts';

interface Word {
  text: string; length: number; space: number;
  paren: boolean; period: boolean; punct: boolean; final: boolean;
  bestCost: number; nextBreak: number; lineLength: number;
}

// GNU fmt's costs: EQUIV(n) is n squared.
const sq = (n: number): number => n * n;
const SHORT_COST = (n: number): number => sq(n * 10);
const RAGGED_COST = (n: number): number => Math.trunc(SHORT_COST(n) / 2);
const LINE_COST = sq(70);
const WIDOW_COST = (n: number): number => Math.trunc(sq(200) / (n + 2));
const ORPHAN_COST = (n: number): number => Math.trunc(sq(150) / (n + 2));
const SENTENCE_BONUS = sq(50), NOBREAK_COST = sq(600), PAREN_BONUS = sq(40), PUNCT_BONUS = sq(40);

const PUNCT = /^[!-/:-@[-`{-~]$/;

/** Column after `ch` at column `col` (tabs every 8; columns count bytes, as GNU fmt does). */
const advance = (col: number, ch: string): number => (ch === '\t' ? (Math.floor(col / 8) + 1) * 8 : col + utf8(ch).length);

/** The words of a paragraph's lines, with GNU's spacing (in columns) and sentence and punctuation flags. */
function words(lines: string[], uniform: boolean): Word[] {
  const out: Word[] = [];
  for (const line of lines) {
    const chars = [...line];
    let col = 0, i = 0;
    while (i < chars.length && (chars[i] === ' ' || chars[i] === '\t')) col = advance(col, chars[i++]!);
    while (i < chars.length) {
      let t = '';
      while (i < chars.length && chars[i] !== ' ' && chars[i] !== '\t') { t += chars[i]; col = advance(col, chars[i++]!); }
      const endCol = col;
      while (i < chars.length && (chars[i] === ' ' || chars[i] === '\t')) col = advance(col, chars[i++]!);
      let e = t.length - 1;
      while (e > 0 && ")]'\"".includes(t[e]!)) e--;
      const period = '.?!'.includes(t[e]!);
      const atEnd = i >= chars.length;
      const spaces = col - endCol;
      const final = atEnd ? period : period && spaces > 1;
      out.push({
        text: t, length: utf8(t).length, space: atEnd || uniform ? (final ? 2 : 1) : spaces,
        paren: "(['`\"".includes(t[0]!), period, punct: PUNCT.test(t[t.length - 1]!), final,
        bestCost: 0, nextBreak: 0, lineLength: 0,
      });
    }
  }
  if (out.length > 0) out[out.length - 1]!.final = true;
  return out;
}

/** GNU fmt's put_space: from column `from`, reach `from + n` with tabs (when the input had any) and spaces. */
function putSpace(from: number, n: number, tabs: boolean): string {
  const target = from + n;
  let s = '', col = from;
  if (tabs) {
    const tabTarget = Math.floor(target / 8) * 8;
    if (col + 1 < tabTarget) while (col < tabTarget) { s += '\t'; col = (Math.floor(col / 8) + 1) * 8; }
  }
  return s + ' '.repeat(Math.max(0, target - col));
}

function baseCost(w: Word[], i: number): number {
  let cost = LINE_COST;
  if (i > 0) {
    const prev = w[i - 1]!;
    if (prev.period) cost += prev.final ? -SENTENCE_BONUS : NOBREAK_COST;
    else if (prev.punct) cost -= PUNCT_BONUS;
    else if (i > 1 && w[i - 2]!.final) cost += WIDOW_COST(prev.length);
  }
  const me = w[i]!;
  if (me.paren) cost -= PAREN_BONUS;
  else if (me.final) cost += ORPHAN_COST(me.length);
  return cost;
}

/** Choose line breaks: each word's nextBreak is the index the line starting there ends before. */
function* breakLines(ctx: Ctx, w: Word[], indent: number, maxWidth: number, goal: number): Gen<void> {
  const n = w.length;
  const lineCost = (next: number, len: number): number => {
    if (next === n) return 0;
    let cost = SHORT_COST(goal - len);
    if (w[next]!.nextBreak !== n) cost += RAGGED_COST(len - w[next]!.lineLength);
    return cost;
  };
  const costAt = (i: number): number => (i === n ? 0 : w[i]!.bestCost);
  for (let start = n - 1; start >= 0; start--) {
    let best = Infinity;
    let len = indent + w[start]!.length;
    let i = start;
    do {
      i++;
      const cost = lineCost(i, len) + costAt(i);
      if (cost < best) { best = cost; w[start]!.nextBreak = i; w[start]!.lineLength = len; }
      if (i === n) break;
      len += w[i - 1]!.space + w[i]!.length;
    } while (len < maxWidth);
    w[start]!.bestCost = best + baseCost(w, start);
    yield* ctx.tick();
  }
}

interface FmtOpts { width: number; goal: number; uniform: boolean; split: boolean; tabs: boolean }

function* fmtParagraph(ctx: Ctx, lines: string[], o: FmtOpts): Gen<string> {
  if (o.split) {
    let out = '';
    for (const l of lines) out += yield* fmtParagraph(ctx, [l], { ...o, split: false });
    return out;
  }
  let indent = 0;
  for (const ch of /^[ \t]*/.exec(lines[0]!)![0]) indent = advance(indent, ch);
  const w = words(lines, o.uniform);
  yield* breakLines(ctx, w, indent, o.width, o.goal);
  let out = '';
  for (let i = 0; i < w.length;) {
    const end = w[i]!.nextBreak;
    let line = putSpace(0, indent, o.tabs);
    let col = indent;
    for (let k = i; k < end; k++) {
      line += w[k]!.text;
      col += w[k]!.length;
      if (k + 1 < end) { line += putSpace(col, w[k]!.space, o.tabs); col += w[k]!.space; }
    }
    out += line + '\n';
    i = end;
  }
  return out;
}

function* fmtText(ctx: Ctx, text: string, o: FmtOpts): Gen<string> {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let out = '';
  let para: string[] = [];
  let paraIndent = 0;
  const flush = function* (): Gen<void> {
    if (para.length > 0) out += yield* fmtParagraph(ctx, para, o);
    para = [];
  };
  // GNU sets its "use tabs" flag as it reads: the lines of a paragraph and the
  // leading blanks of the line after it come before that paragraph's output.
  for (const line of lines) {
    const ind = /^[ \t]*/.exec(line)![0];
    if (line.trim() === '') {
      if (line.includes('\t')) o.tabs = true;
      yield* flush();
      out += '\n';
      continue;
    }
    if (ind.includes('\t')) o.tabs = true;
    let col = 0;
    for (const ch of ind) col = advance(col, ch);
    if (para.length > 0 && col !== paraIndent) yield* flush();
    if (line.includes('\t')) o.tabs = true;
    if (para.length === 0) paraIndent = col;
    para.push(line);
  }
  yield* flush();
  return out;
}

const fmt = defineProgram('fmt', function* (ctx) {
  const argv = ctx.argv.slice(1).map((a) => (/^-\d+$/.test(a) ? `-w${a.slice(1)}` : a));
  const p = getopt(argv, {
    short: 'cstuw:g:p:',
    long: { 'crown-margin': 'c', 'split-only': 's', 'tagged-paragraph': 't', 'uniform-spacing': 'u', width: 'w:', goal: 'g:', prefix: 'p:', help: 'help', version: 'version' },
  });
  if (p.error !== undefined) return yield* usageError(ctx, p.error);
  const c = { o: new Opts(p.opts), args: p.operands };
  const hv = yield* helpOrVersion(ctx, c.o, 'Usage: fmt [-WIDTH] [OPTION]... [FILE]...');
  if (hv !== null) return hv;
  for (const k of ['c', 't', 'p']) {
    if (c.o.has(k)) { yield* ctx.err(`${ctx.prog}: -${k} is not supported on this machine\n`); return 1; }
  }
  let width = 75;
  const wv = c.o.get('w');
  if (wv !== undefined) {
    if (!/^\d+$/.test(wv) || Number(wv) > 2500) { yield* ctx.err(`${ctx.prog}: invalid width: ${ctx.q(wv)}\n`); return 1; }
    width = Number(wv);
  }
  let goal = Math.trunc((width * (2 * (100 - 7) + 1)) / 200);
  const gv = c.o.get('g');
  if (gv !== undefined) {
    if (!/^\d+$/.test(gv) || Number(gv) > width) { yield* ctx.err(`${ctx.prog}: invalid width: ${ctx.q(gv)}\n`); return 1; }
    goal = Number(gv);
    if (wv === undefined) width = goal + 10;
  }
  const o: FmtOpts = { width, goal, uniform: c.o.has('u'), split: c.o.has('s'), tabs: false };
  let status = 0;
  for (const f of c.args.length > 0 ? c.args : ['-']) {
    const d = yield* readNamed(ctx, f);
    if (!(d instanceof Uint8Array)) {
      yield* ctx.err(d.stage === 'open' ? `${ctx.prog}: cannot open ${q(f)} for reading: ${strerrorText(d.errno)}\n` : `${ctx.prog}: read error\n`);
      status = 1;
      continue;
    }
    yield* ctx.out(yield* fmtText(ctx, fromUtf8(d), o));
  }
  return status;
});

export function fmtPrograms(): Record<string, Program> {
  return { '/usr/bin/fmt': fmt };
}
