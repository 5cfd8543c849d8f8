// The backtracking VM. All match state is plain data (MatchState): numbers, strings,
// arrays, and the frozen Program, so a paused match survives structuredClone or the
// Perl VM's fork-time deep copy and resumes identically.
//
// Offsets are UTF-16 code units of the JS subject string. `.`, classes and /i consume a
// whole surrogate pair, so astral characters are matched as one character; callers
// that expose offsets to Perl convert with unitsToChars (index.ts).

import { classMatches, fold, isWord } from './chars.ts';
import { callOp, F_RESTORE, inRecursion, returnOp, returnsHere, setReg } from './recurse.ts';
import { CAP_BASE as CAP_BASE_, OP, R_KEEP as R_KEEP_, R_LASTCLOSE as R_LASTCLOSE_, R_LASTPAREN as R_LASTPAREN_, type Program } from './program.ts';

// Local copies: imported bindings may be getters after bundling, too slow for the VM loop.
const { ANY, ANYNL, ASSERT, ATOM, ATOMEND, BACKREF, CALL, CHAR, CHARI, CLASS, CLOSE, COND, CONDR, FAIL, JMP, KEEP, LBCHECK, LBSTART, LOOK, LOOKEND, MATCH, NLOOK, NLOOKEND, OPEN, REPEND, REPG, REPINIT, REPL, REPS, REPSTEP, SPLIT, STR } = OP;
const CAP_BASE = CAP_BASE_, R_KEEP = R_KEEP_, R_LASTCLOSE = R_LASTCLOSE_, R_LASTPAREN = R_LASTPAREN_;
// execute's switch has literal opcode numbers (V8 makes literal cases a jump table, where
// these constants would be compared one by one); they are OP's, as checked here at load.
if (MATCH !== 0 || CHAR !== 1 || CHARI !== 2 || STR !== 3 || ANY !== 4 || ANYNL !== 5 || CLASS !== 6 || SPLIT !== 7 || JMP !== 8
  || OPEN !== 9 || CLOSE !== 10 || ASSERT !== 11 || BACKREF !== 12 || KEEP !== 13 || FAIL !== 14 || REPS !== 15 || CALL !== 30) {
  throw new Error('regex opcode numbers changed: update the cases of execute()');
}

// Backtrack stack frames: four numbers each, [kind, a, b, c].
const F_BRANCH = 0; // a = pc, b = pos, c = heap length (call frames above it are dead on return)
const F_GIVEBACK = 2; // a = pc of REPS, b = pos, c = lowest pos allowed
const F_LAZYEXT = 3; // a = pc of REPS, b = pos, c = count so far
const F_LBRETRY = 4; // a = pc to resume, b = candidate start, c = lowest start

/** Per-match options. */
export interface MatchOptions {
  /** position \G refers to (perl's pos()); defaults to `start` */
  readonly gpos?: number;
  /** reject a zero-length match ending here (perl's //g rule after an empty match) */
  readonly notEmptyAt?: number;
  /** force Unicode (true) or ASCII (false) rules; default: as perl's /d decides */
  readonly uni?: boolean;
}

export type MatchStatus = 'match' | 'fail' | 'budget';

/** A paused or finished match: plain data only. */
export interface MatchState {
  readonly prog: Program;
  readonly subject: string;
  readonly uni: boolean;
  readonly gpos: number;
  readonly notEmptyAt: number;
  /** start of the current attempt; attempts move forward from the search start */
  cur: number;
  /** 'seek' = choose the next start position; 'run' = executing an attempt */
  phase: 'seek' | 'run' | 'match' | 'fail';
  pc: number;
  pos: number;
  regs: number[];
  stack: number[];
  /** leftmost-longest only: registers of the longest match found so far at `cur` */
  best: number[] | null;
  /** steps spent so far (instructions, backtracks, scanned positions) */
  steps: number;
  /** membership of code points 0..255 in each class under this state's rules, filled on first use */
  maps: (number[] | undefined)[];
  /** recursion call frames (see recurse.ts) */
  heap: number[];
  /** perl's runtime error that ended the match as 'fail' (e.g. infinite recursion), else null */
  error: string | null;
}

/** Whether `s` holds a code point above 255 (perl would have upgraded it to UTF-8). */
const WIDE = /[^\x00-\xff]/;

export function isWide(s: string): boolean {
  return WIDE.test(s);
}

// The last subject tested: //g loops and s///g start many matches on one string.
let lastSubject = '';
let lastWide = false;

function wideSubject(s: string): boolean {
  // A short subject is scanned faster than it is compared with the last one.
  if (s.length < 32) return isWide(s);
  if (s === lastSubject) return lastWide;
  lastWide = isWide(s);
  lastSubject = s;
  return lastWide;
}

/** Prepares a match of `prog` against `subject` from offset `start`. No work is done yet. */
export function startMatch(prog: Program, subject: string, start: number, opts: MatchOptions = {}): MatchState {
  return startMatchAt(prog, subject, start, opts.gpos ?? start, opts.notEmptyAt ?? -1, opts.uni);
}

/** startMatch with the options as arguments (no options object per match). */
export function startMatchAt(prog: Program, subject: string, start: number, gpos: number, notEmptyAt: number, forceUni?: boolean): MatchState {
  const uni = forceUni ?? (prog.charset === 'u' || (prog.charset === 'd' && (prog.patternUni || wideSubject(subject))));
  return {
    prog, subject, uni, gpos, notEmptyAt,
    cur: Math.max(0, start), phase: start > subject.length ? 'fail' : 'seek',
    pc: 0, pos: 0, regs: [], stack: [], best: null, steps: 0, maps: classMaps(prog, uni), heap: [], error: null,
  };
}

// Class membership below 256, per program and rule set: classMatches walks the class's
// items, far slower than a bit test, and a class is tested at nearly every position.
const MAPS = new WeakMap<Program, [(number[] | undefined)[], (number[] | undefined)[]]>();

function classMaps(prog: Program, uni: boolean): (number[] | undefined)[] {
  if (prog.classes.length === 0) return [];
  let m = MAPS.get(prog);
  if (m === undefined) { m = [[], []]; MAPS.set(prog, m); }
  return m[uni ? 1 : 0];
}

/** Bit map (8 words) of the code points 0..255 class `cls` holds under the state's rules. */
function classMap(st: MatchState, cls: number): number[] {
  let m = st.maps[cls];
  if (m === undefined) {
    m = [0, 0, 0, 0, 0, 0, 0, 0];
    const set = st.prog.classes[cls];
    for (let c = 0; c < 256; c++) if (classMatches(set, c, st.uni)) m[c >> 5] |= 1 << (c & 31);
    st.maps[cls] = m;
  }
  return m;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * startMatchAt on an existing state whose match is over (its result already
 * read): the state and its arrays are reused instead of allocated. Returns `st`.
 */
export function restartMatchAt(st: MatchState, prog: Program, subject: string, start: number, gpos: number, notEmptyAt: number): MatchState {
  const m = st as Mutable<MatchState>;
  const uni = prog.charset === 'u' || (prog.charset === 'd' && (prog.patternUni || wideSubject(subject)));
  if (m.prog !== prog || m.uni !== uni) m.maps = classMaps(prog, uni);
  m.prog = prog; m.subject = subject; m.uni = uni; m.gpos = gpos; m.notEmptyAt = notEmptyAt;
  m.cur = Math.max(0, start);
  m.phase = start > subject.length ? 'fail' : 'seek';
  m.pc = 0; m.pos = 0; m.best = null; m.steps = 0; m.error = null;
  if (m.stack.length !== 0) m.stack = [];
  if (m.heap.length !== 0) m.heap = [];
  return st;
}

/** The code point at `pos` (a whole surrogate pair when there is one). */
function cpAt(s: string, pos: number): number {
  const c = s.charCodeAt(pos);
  if (c >= 0xd800 && c <= 0xdbff && pos + 1 < s.length) {
    const d = s.charCodeAt(pos + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point ending at `pos`, or -1 at the start. */
function cpBefore(s: string, pos: number): number {
  if (pos <= 0) return -1;
  const d = s.charCodeAt(pos - 1);
  if (d >= 0xdc00 && d <= 0xdfff && pos >= 2) {
    const c = s.charCodeAt(pos - 2);
    if (c >= 0xd800 && c <= 0xdbff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** Matches one single-width atom at `pos`; returns the new position or -1. */
function atomAt(st: MatchState, op: number, a: number, b: number, pos: number): number {
  const s = st.subject;
  if (pos >= s.length) return -1;
  const c = cpAt(s, pos);
  const w = c > 0xffff ? 2 : 1;
  switch (op) {
    case CHAR: return c === a ? pos + w : -1;
    case CHARI: return fold(c, st.uni) === (st.uni ? b : a) ? pos + w : -1;
    case ANY: return c === 10 ? -1 : pos + w;
    case ANYNL: return pos + w;
    case CLASS:
      if (c < 256) return (classMap(st, a)[c >> 5] >>> (c & 31)) & 1 ? pos + w : -1;
      return classMatches(st.prog.classes[a], c, st.uni) ? pos + w : -1;
    default: return -1;
  }
}

function assertAt(st: MatchState, kind: number, pos: number): boolean {
  const s = st.subject;
  const len = s.length;
  switch (kind) {
    case 0: case 4: return pos === 0; // ^ \A
    case 1: return pos === 0 || (s.charCodeAt(pos - 1) === 10 && pos < len); // ^ under /m
    case 2: case 6: return pos === len || (pos === len - 1 && s.charCodeAt(pos) === 10); // $ \Z
    case 3: return pos === len || s.charCodeAt(pos) === 10; // $ under /m
    case 5: return pos === len; // \z
    case 7: case 8: {
      const before = pos > 0 && isWord(cpBefore(s, pos), st.uni);
      const after = pos < len && isWord(cpAt(s, pos), st.uni);
      return (before !== after) === (kind === 7);
    }
    case 9: return pos === st.gpos; // \G
    default: return false;
  }
}

/** Drops choice points above `h`, keeping the register restores (atomic groups). */
function cut(st: MatchState, h: number): void {
  const stk = st.stack;
  let w = h;
  for (let i = h; i < stk.length; i += 4) {
    if (stk[i] === F_RESTORE) {
      stk[w] = stk[i]; stk[w + 1] = stk[i + 1]; stk[w + 2] = stk[i + 2]; stk[w + 3] = 0;
      w += 4;
    }
  }
  stk.length = w;
}

/** Undoes everything above `h` (negative lookaround that matched). */
function unwind(st: MatchState, h: number): void {
  const stk = st.stack;
  for (let i = stk.length - 4; i >= h; i -= 4) if (stk[i] === F_RESTORE) st.regs[stk[i + 1]] = stk[i + 2];
  stk.length = h;
}

/** Compares a captured group with the text at `pos`; returns the new position or -1. */
function backrefAt(st: MatchState, ref: number, ci: boolean, pos: number): number {
  const regs = st.regs;
  for (const g of st.prog.refs[ref]) {
    const b = regs[CAP_BASE + 2 * g];
    const e = regs[CAP_BASE + 2 * g + 1];
    if (b < 0 || e < 0) continue;
    const s = st.subject;
    const n = e - b;
    if (!ci) return s.startsWith(s.slice(b, e), pos) ? pos + n : -1;
    let p = pos;
    for (let i = b; i < e;) {
      if (p >= s.length) return -1;
      const x = cpAt(s, i);
      const y = cpAt(s, p);
      if (fold(x, st.uni) !== fold(y, st.uni)) return -1;
      i += x > 0xffff ? 2 : 1;
      p += y > 0xffff ? 2 : 1;
    }
    return p;
  }
  return -1;
}

function refDefined(st: MatchState, ref: number): boolean {
  return st.prog.refs[ref].some((g) => st.regs[CAP_BASE + 2 * g + 1] >= 0);
}

/** Runs REPS at pc: consumes the atom, pushing the frame that lets it give back or extend. */
function reps(st: MatchState, pc: number, pos: number): number {
  const code = st.prog.code;
  const min = code[pc + 1];
  const max = code[pc + 2];
  const mode = code[pc + 3];
  const op = code[pc + 4];
  const a = code[pc + 5];
  const b = code[pc + 6];
  // Lazy takes the minimum now and extends on backtracking; the others take all they can.
  const upto = mode === 1 ? min : max < 0 ? Infinity : max;
  let n = 0;
  let p = pos;
  let minPos = min === 0 ? pos : -1;
  if (op === CLASS) {
    // The common \d+ / [a-z]* case: one bit test a character.
    const m = classMap(st, a);
    const s = st.subject;
    while (n < upto && p < s.length) {
      const c = s.charCodeAt(p);
      if (c < 256) {
        if (((m[c >> 5] >>> (c & 31)) & 1) === 0) break;
        p++;
      } else {
        const q = atomAt(st, op, a, b, p);
        if (q < 0) break;
        p = q;
      }
      if (++n === min) minPos = p;
    }
  } else {
    while (n < upto) {
      const q = atomAt(st, op, a, b, p);
      if (q < 0) break;
      p = q;
      if (++n === min) minPos = p;
    }
  }
  if (n < min) return -1;
  if (mode === 1) {
    if (max !== min) st.stack.push(F_LAZYEXT, pc, p, n);
    return p;
  }
  st.steps += n;
  if (mode === 0 && p > minPos) st.stack.push(F_GIVEBACK, pc, p, minPos);
  return p;
}

/** Pops frames until one resumes execution (sets pc/pos, returns true) or none is left. */
function backtrack(st: MatchState): boolean {
  const stk = st.stack;
  const code = st.prog.code;
  while (stk.length > 0) {
    const top = stk.length - 4;
    const kind = stk[top], a = stk[top + 1], b = stk[top + 2], c = stk[top + 3];
    stk.length = top;
    st.steps++;
    switch (kind) {
      case F_BRANCH:
        if (st.heap.length > c) st.heap.length = c;
        st.pc = a; st.pos = b;
        return true;
      case F_RESTORE: st.regs[a] = b; break;
      case F_GIVEBACK: {
        const cp = cpBefore(st.subject, b);
        const np = b - (cp > 0xffff ? 2 : 1);
        if (np > c) stk.push(F_GIVEBACK, a, np, c);
        st.pc = a + 7; st.pos = np;
        return true;
      }
      case F_LAZYEXT: {
        const max = code[a + 2];
        if (max >= 0 && c >= max) break;
        const np = atomAt(st, code[a + 4], code[a + 5], code[a + 6], b);
        if (np < 0) break;
        stk.push(F_LAZYEXT, a, np, c + 1);
        st.pc = a + 7; st.pos = np;
        return true;
      }
      case F_LBRETRY:
        if (b < c) break;
        if (b - 1 >= c) stk.push(F_LBRETRY, a, b - 1, c);
        st.pc = a; st.pos = b;
        return true;
    }
  }
  return false;
}

/** Picks the next start position at or after st.cur; false when there is none. */
function seek(st: MatchState): boolean {
  const p = st.prog;
  const s = st.subject;
  let cur = st.cur;
  if (p.anchor === 'start') { if (cur > 0) return false; } else if (p.anchor === 'G') {
    if (cur > st.gpos) return false;
    cur = st.gpos;
  } else if (p.prefix !== '') {
    const i = s.indexOf(p.prefix, cur);
    st.steps += 1 + ((i < 0 ? s.length : i) - cur) / 16;
    if (i < 0) return false;
    cur = i;
  } else if (p.anchor === 'mbol') {
    while (cur > 0 && cur < s.length && s.charCodeAt(cur - 1) !== 10) { cur++; st.steps++; }
  } else if (p.first.length > 0) {
    cur = seekFirst(st, cur);
  }
  if (s.length - cur < p.minLen || cur > s.length) return false;
  st.cur = cur;
  st.pc = 0;
  st.pos = cur;
  // A failed attempt's registers and stack are dead: reuse them.
  // (Plain loops: fill() and length = 0 are runtime calls, slower than a match.)
  let regs = st.regs;
  if (regs.length === p.nregs) for (let i = 0; i < regs.length; i++) regs[i] = -1;
  else regs = st.regs = freshRegs(p.nregs);
  regs[R_LASTPAREN] = 0;
  regs[R_LASTCLOSE] = 0;
  if (st.stack.length !== 0) st.stack = [];
  if (st.heap.length !== 0) st.heap = [];
  st.best = null;
  st.phase = 'run';
  return true;
}

const REGS: number[][] = [];

/** A new register file of `n` registers, all -1. */
function freshRegs(n: number): number[] {
  let t = REGS[n];
  if (t === undefined) {
    t = [];
    for (let i = 0; i < n; i++) t.push(-1);
    REGS[n] = t;
  }
  return t.slice();
}

function seekFirst(st: MatchState, from: number): number {
  const f = st.prog.first;
  const len = st.subject.length;
  const s = st.subject;
  for (let cur = from; cur < len; cur++) {
    st.steps++;
    for (let i = 0; i < f.length; i += 3) if (atomAt(st, f[i], f[i + 1], f[i + 2], cur) >= 0) return cur;
    // A surrogate pair is one character: never start inside it.
    const c = s.charCodeAt(cur);
    if (c >= 0xd800 && c <= 0xdbff) { const d = s.charCodeAt(cur + 1); if (d >= 0xdc00 && d <= 0xdfff) cur++; }
  }
  return len;
}

/** Moves to the next start position after a failed attempt. */
function advance(st: MatchState): void {
  const cp = cpAt(st.subject, st.cur);
  st.cur += cp > 0xffff ? 2 : 1;
  st.phase = st.cur > st.subject.length ? 'fail' : 'seek';
}

/**
 * Runs the match for at most about `budget` steps. Returns 'budget' when paused (call
 * again to continue), or the final 'match' / 'fail'. Finished states stay finished.
 */
export function runMatch(st: MatchState, budget: number): MatchStatus {
  const limit = st.steps + budget;
  while (st.steps < limit) {
    switch (st.phase) {
      case 'match': return 'match';
      case 'fail': return 'fail';
      case 'seek':
        if (!seek(st)) st.phase = 'fail';
        break;
      case 'run': {
        const r = execute(st, limit);
        if (r === 'match') { st.phase = 'match'; return 'match'; }
        if (r === 'fail') { if (st.error === null) advance(st); else st.phase = 'fail'; }
        break;
      }
    }
  }
  return st.phase === 'match' ? 'match' : st.phase === 'fail' ? 'fail' : 'budget';
}

/** Executes instructions of the current attempt until match, attempt failure or `limit`. */
function execute(st: MatchState, limit: number): 'match' | 'fail' | 'budget' {
  const code = st.prog.code;
  const s = st.subject;
  const regs = st.regs;
  let pc = st.pc;
  let pos = st.pos;
  let steps = st.steps;
  for (;;) {
    if (steps >= limit) { st.pc = pc; st.pos = pos; st.steps = steps; return 'budget'; }
    steps++;
    let ok = true;
    const op = code[pc];
    switch (op) {
      case 0 /* MATCH */:
        if (st.prog.callReg >= 0 && returnsHere(st, 0)) { pc = returnOp(st); break; }
        if (st.notEmptyAt >= 0 && pos === st.cur && pos === st.notEmptyAt) { ok = false; break; }
        regs[CAP_BASE] = regs[R_KEEP] >= 0 ? regs[R_KEEP] : st.cur;
        regs[CAP_BASE + 1] = pos;
        if (st.prog.longest && pos < s.length) {
          if (st.best === null || pos > st.best[CAP_BASE + 1]) st.best = regs.slice();
          ok = false;
          break;
        }
        st.pc = pc; st.pos = pos; st.steps = steps;
        return 'match';
      case 1 /* CHAR */: {
        const c = code[pc + 1];
        if (c <= 0xffff) { if (s.charCodeAt(pos) === c) { pos++; pc += 2; } else ok = false; } else {
          const q = atomAt(st, op, c, 0, pos);
          if (q < 0) ok = false; else { pos = q; pc += 2; }
        }
        break;
      }
      case 3 /* STR */: {
        // Compared code unit by code unit: startsWith is a slow call for strings this short.
        const str = st.prog.strings[code[pc + 1]];
        const n = str.length;
        if (pos + n > s.length) { ok = false; break; }
        let i = 0;
        while (i < n && s.charCodeAt(pos + i) === str.charCodeAt(i)) i++;
        if (i === n) { pos += n; pc += 2; } else ok = false;
        break;
      }
      case 2 /* CHARI */: case 6 /* CLASS */: case 4 /* ANY */: case 5 /* ANYNL */: {
        const n = op === CHARI ? 3 : op === CLASS ? 2 : 1;
        const q = atomAt(st, op, code[pc + 1], code[pc + 2], pos);
        if (q < 0) ok = false; else { pos = q; pc += n; }
        break;
      }
      case 7 /* SPLIT */: st.stack.push(F_BRANCH, code[pc + 2], pos, st.heap.length); pc = code[pc + 1]; break;
      case 8 /* JMP */: pc = code[pc + 1]; break;
      case 9 /* OPEN */: setReg(st, st.prog.tmpBase + code[pc + 1], pos); pc += 2; break;
      case 10 /* CLOSE */: {
        const g = code[pc + 1];
        if (st.prog.callReg >= 0 && returnsHere(st, g)) { pc = returnOp(st); break; }
        setReg(st, CAP_BASE + 2 * g, regs[st.prog.tmpBase + g]);
        setReg(st, CAP_BASE + 2 * g + 1, pos);
        if (g > regs[R_LASTPAREN]) setReg(st, R_LASTPAREN, g);
        setReg(st, R_LASTCLOSE, g);
        pc += 2;
        break;
      }
      case 11 /* ASSERT */: if (assertAt(st, code[pc + 1], pos)) pc += 2; else ok = false; break;
      case 12 /* BACKREF */: {
        const q = backrefAt(st, code[pc + 1], code[pc + 2] === 1, pos);
        if (q < 0) ok = false; else { pos = q; pc += 3; }
        break;
      }
      case 13 /* KEEP */: setReg(st, R_KEEP, pos); pc += 1; break;
      case 30 /* CALL */: {
        st.steps = steps;
        const to = callOp(st, pc, pos);
        steps = st.steps;
        if (to === -2) { st.pc = pc; st.pos = pos; return 'fail'; }
        pc = to;
        break;
      }
      case 14 /* FAIL */: ok = false; break;
      case 15 /* REPS */: {
        st.steps = steps;
        const q = reps(st, pc, pos);
        steps = st.steps;
        if (q < 0) ok = false; else { pos = q; pc += 7; }
        break;
      }
      default: {
        const r = control(st, op, pc, pos);
        if (r < 0) ok = false; else { pc = r; pos = st.pos; }
      }
    }
    if (!ok) {
      st.steps = steps;
      if (!backtrack(st)) {
        if (st.best === null) return 'fail';
        st.regs = st.best;
        return 'match';
      }
      steps = st.steps;
      pc = st.pc;
      pos = st.pos;
    }
  }
}

/** Loop, lookaround and conditional instructions. Returns the next pc (pos in st.pos) or -1. */
function control(st: MatchState, op: number, pc: number, pos: number): number {
  const code = st.prog.code;
  const regs = st.regs;
  const r = code[pc + 1];
  st.pos = pos;
  switch (op) {
    case REPINIT: setReg(st, r, 0); return pc + 2;
    case REPG: case REPL: {
      const c = regs[r], min = code[pc + 2], max = code[pc + 3], exit = code[pc + 4];
      if (c < min) return pc + 5;
      if (max >= 0 && c >= max) return exit;
      if (op === REPG) { st.stack.push(F_BRANCH, exit, pos, st.heap.length); return pc + 5; }
      st.stack.push(F_BRANCH, pc + 5, pos, st.heap.length);
      return exit;
    }
    case REPSTEP: setReg(st, r, regs[r] + 1); setReg(st, r + 1, pos); return pc + 2;
    case REPEND:
      if (pos === regs[r + 1] && regs[r] >= code[pc + 2]) return pc + 4;
      return code[pc + 3];
    case ATOM:
      st.stack.push(F_RESTORE, r, regs[r], 0);
      regs[r] = st.stack.length;
      return pc + 2;
    case ATOMEND: cut(st, regs[r]); return pc + 2;
    case LOOK:
      st.stack.push(F_RESTORE, r, regs[r], 0, F_RESTORE, r + 1, regs[r + 1], 0);
      regs[r] = st.stack.length;
      regs[r + 1] = pos;
      return pc + 2;
    case LOOKEND: cut(st, regs[r]); st.pos = regs[r + 1]; return pc + 2;
    case NLOOK:
      st.stack.push(F_RESTORE, r, regs[r], 0);
      regs[r] = st.stack.length;
      st.stack.push(F_BRANCH, code[pc + 2], pos, st.heap.length);
      return pc + 3;
    case NLOOKEND: unwind(st, regs[r]); return -1;
    case LBSTART: {
      const min = code[pc + 2], max = code[pc + 3];
      setReg(st, r, pos);
      const p = pos - min;
      if (p < 0) return -1;
      const lowest = Math.max(0, pos - max);
      if (p - 1 >= lowest) st.stack.push(F_LBRETRY, pc + 4, p - 1, lowest);
      st.pos = p;
      return pc + 4;
    }
    case LBCHECK: return pos === regs[r] ? pc + 2 : -1;
    case COND: return refDefined(st, r) ? pc + 3 : code[pc + 2];
    case CONDR: return inRecursion(st, r) ? pc + 3 : code[pc + 2];
    default: return -1;
  }
}

/** Capture offsets of a finished match. */
export interface MatchResult {
  /** [start0, end0, start1, end1, ...] in code units; -1 where a group did not take part */
  readonly offsets: readonly number[];
  /** perl's $+ group number (highest group that closed), 0 if none */
  readonly lastParen: number;
  /** perl's $^N group number (most recently closed group), 0 if none */
  readonly lastCloseParen: number;
}

/** The captures of a state whose runMatch returned 'match'; null otherwise. */
export function matchResult(st: MatchState): MatchResult | null {
  if (st.phase !== 'match') return null;
  return { offsets: matchOffsets(st), lastParen: st.regs[R_LASTPAREN], lastCloseParen: st.regs[R_LASTCLOSE] };
}

/** MatchResult.offsets of a matched state, as a new array. */
export function matchOffsets(st: MatchState): number[] {
  const n = st.prog.ngroups;
  const regs = st.regs;
  if (n === 1) {
    // One group (the usual case): the array made at its full size.
    const b = regs[CAP_BASE + 2], e = regs[CAP_BASE + 3];
    return b < 0 || e < 0 ? [regs[CAP_BASE], regs[CAP_BASE + 1], -1, -1] : [regs[CAP_BASE], regs[CAP_BASE + 1], b, e];
  }
  const offsets: number[] = [regs[CAP_BASE], regs[CAP_BASE + 1]];
  for (let g = 1; g <= n; g++) {
    const b = regs[CAP_BASE + 2 * g], e = regs[CAP_BASE + 2 * g + 1];
    if (b < 0 || e < 0) offsets.push(-1, -1); else offsets.push(b, e);
  }
  return offsets;
}
