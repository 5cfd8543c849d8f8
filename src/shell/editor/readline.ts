/**
 * The interactive line editor (a GNU readline work-alike, emacs mode) for a
 * shell whose input is a terminal. For each line it saves the terminal
 * settings, turns off ICANON, ECHO, ISIG and IEXTEN (keys arrive one byte
 * at a time, ^C and ^Z as bytes), turns on xterm's bracketed paste, draws
 * the prompt, and edits until Enter, ^C or ^D on an empty line; then it
 * restores the saved settings. Bytes are read one at a time so that input
 * typed ahead of a command stays in the terminal for that command to read.
 */
import { EINTR } from '../../abi/errno.ts';
import { SIGCHLD, SIGINT, SIGWINCH } from '../../abi/signals.ts';
import { ECHO, ICANON, IEXTEN, ISIG, VMIN, VTIME } from '../../abi/termios.ts';
import type { Termios } from '../../abi/sys.ts';
import type { Gen } from '../../programs/runtime.ts';
import type { Shell } from '../shell.ts';
import { notifyJobs, settleJobs } from '../jobs.ts';
import { setScalar } from '../vars.ts';
import { commonPrefix, findCompletions, listingRows, quoteName, type Completion } from './complete.ts';
import { Display } from './display.ts';
import { readKey, type ByteResult, type Key } from './keys.ts';
import { cut, insert, KillRing, transpose, unixWordStart, wordEnd, wordStart, type LineState } from './line.ts';
import { isearch } from './search.ts';

export type EditResult = { k: 'line'; text: string } | { k: 'eof' } | { k: 'intr' };

/** Per-process editor state that lives across lines (never copied into children). */
export class Editor {
  readonly display = new Display();
  readonly kill = new KillRing();
  bracketedPaste = true;
  /** Bytes read but not yet used. */
  pushback: number[] = [];
  rows = 24;
  /** The previous key's command name (for repeated Tab and kills). */
  lastCmd = '';
  /** Whether the last completion changed the buffer (a second Tab then lists only if not). */
  completionChanged = false;
  /** Caught signals that arrived while editing (their traps run after the line). */
  deferred: number[] = [];
  /** The last incremental search text (^R ^R repeats it). */
  lastSearch = '';
}

/** Context of one line being edited. */
export interface EditCtx {
  sh: Shell;
  ed: Editor;
  line: LineState;
  /** History index being shown (history.length = the new line). */
  hist: number;
  /** Edited copies of history lines, by index. */
  scratch: Map<number, string>;
  prompt: string;
  /** Bracketed paste is on for this line (the input is a terminal). */
  bp: boolean;
}

/** Read the next input byte (blocking); a caught signal ends the wait. */
export function* nextByte(sh: Shell, ed: Editor): Gen<ByteResult> {
  if (ed.pushback.length) return ed.pushback.shift()!;
  // About to wait for the user: jobs this shell just signalled have had time to die.
  if (!(sh.sys.fionread(0) > 0)) settleJobs(sh);
  for (;;) {
    sh.syncChildSignal();
    const r = yield* sh.call(() => sh.sys.read(0, 1));
    if (r === -EINTR) {
      const sig = sh.sys.sigtake();
      if (sig === SIGWINCH) {
        ed.pushback.push(-SIGWINCH);
        return 'signal';
      }
      if (sig === SIGINT) return 3;
      // set -b: a job's notice is printed as it ends, where the cursor is (the line is not redrawn).
      if (sig === SIGCHLD && sh.st.opts.notify) yield* notifyJobs(sh);
      if (sig > 0 && (sig !== SIGCHLD || sh.st.traps.has(SIGCHLD))) ed.deferred.push(sig);
      continue;
    }
    if (typeof r === 'number' || r.length === 0) return 'eof';
    return r[0]!;
  }
}

/** Whether more input is already waiting (drawing can wait until it is handled). */
function inputPending(ctx: EditCtx): boolean {
  return ctx.ed.pushback.length > 0 || ctx.sh.sys.fionread(0) > 0;
}

/** Terminal size into COLUMNS/LINES and the display. */
export function updateWinsize(sh: Shell, ed: Editor): void {
  const ws = sh.sys.tiocgwinsz(0);
  if (typeof ws === 'number') return;
  ed.display.width = Math.max(1, ws.cols);
  ed.rows = ws.rows;
  setScalar(sh.st, 'COLUMNS', String(ws.cols));
  setScalar(sh.st, 'LINES', String(ws.rows));
}

export function rawMode(t: Termios): Termios {
  const cc = [...t.cc];
  cc[VMIN] = 1;
  cc[VTIME] = 0;
  return { ...t, lflag: t.lflag & ~(ICANON | ECHO | ISIG | IEXTEN), cc };
}

/** Edit one line after printing `prompt`. */
export function* editLine(sh: Shell, ed: Editor, prompt: string): Gen<EditResult> {
  const saved = sh.sys.tcgetattr(0);
  if (typeof saved !== 'number') sh.sys.tcsetattr(0, 1, rawMode(saved));
  updateWinsize(sh, ed);
  const nl = prompt.lastIndexOf('\n');
  const head = nl >= 0 ? prompt.slice(0, nl + 1) : '';
  const last = nl >= 0 ? prompt.slice(nl + 1) : prompt;
  const bp = ed.bracketedPaste && typeof saved !== 'number';
  yield* sh.write(2, (bp ? '\x1b[?2004h' : '') + head.replace(/[\x01\x02]/g, '').replace(/\n/g, '\r\n') + ed.display.begin(last));
  const ctx: EditCtx = { sh, ed, line: { chars: [], pos: 0 }, hist: sh.st.history.length, scratch: new Map(), prompt: last, bp };
  ed.lastCmd = '';
  let r: EditResult | null = null;
  try {
    while (r === null) {
      const key = yield* readKey(() => nextByte(sh, ed));
      r = yield* dispatch(ctx, key);
      if (r === null && !inputPending(ctx)) yield* redraw(ctx);
    }
  } finally {
    if (typeof saved !== 'number') sh.sys.tcsetattr(0, 1, saved);
  }
  return r;
}

export function* redraw(ctx: EditCtx): Gen<void> {
  const s = ctx.ed.display.draw(ctx.line.chars, ctx.line.pos);
  if (s) yield* ctx.sh.write(2, s);
}

function* finish(ctx: EditCtx, tail: string): Gen<void> {
  const { ed, line } = ctx;
  let out = ed.display.draw(line.chars, line.pos) + ed.display.toEnd(line.chars) + tail;
  if (ctx.bp) out += '\x1b[?2004l\r';
  yield* ctx.sh.write(2, out);
}

function bell(): string {
  return '\x07';
}

function setLine(ctx: EditCtx, text: string): void {
  ctx.line.chars = [...text];
  ctx.line.pos = ctx.line.chars.length;
}

function histMove(ctx: EditCtx, to: number): boolean {
  const h = ctx.sh.st.history;
  if (to < 0 || to > h.length || to === ctx.hist) return false;
  ctx.scratch.set(ctx.hist, ctx.line.chars.join(''));
  ctx.hist = to;
  setLine(ctx, ctx.scratch.get(to) ?? h[to] ?? '');
  return true;
}

function killText(ctx: EditCtx, from: number, to: number, backward: boolean): void {
  if (from >= to) return;
  ctx.ed.kill.add(cut(ctx.line, from, to), backward);
  ctx.ed.kill.lastWasKill = true;
}

const KILLS = new Set(['C-k', 'C-u', 'C-w', 'M-d', 'M-Backspace']);

const home = (c: EditCtx): void => void (c.line.pos = 0);
const end = (c: EditCtx): void => void (c.line.pos = c.line.chars.length);
const left = (c: EditCtx): void => void (c.line.pos = Math.max(0, c.line.pos - 1));
const right = (c: EditCtx): void => void (c.line.pos = Math.min(c.line.chars.length, c.line.pos + 1));
const wordLeft = (c: EditCtx): void => void (c.line.pos = wordStart(c.line.chars, c.line.pos));
const wordRight = (c: EditCtx): void => void (c.line.pos = wordEnd(c.line.chars, c.line.pos));
const deleteChar = (c: EditCtx): void => void (c.line.pos < c.line.chars.length && c.line.chars.splice(c.line.pos, 1));

/** Keys that only move the cursor or change the buffer (readline's emacs map). */
const EDITS = new Map<string, (c: EditCtx) => void>(Object.entries({
  'C-a': home, Home: home, 'C-e': end, End: end, 'C-b': left, Left: left, 'C-f': right, Right: right,
  'M-b': wordLeft, 'C-Left': wordLeft, 'M-f': wordRight, 'C-Right': wordRight, Delete: deleteChar,
  Backspace: (c: EditCtx) => void (c.line.pos > 0 && c.line.chars.splice(--c.line.pos, 1)),
  'C-k': (c: EditCtx) => killText(c, c.line.pos, c.line.chars.length, false),
  'C-u': (c: EditCtx) => killText(c, 0, c.line.pos, true),
  'C-w': (c: EditCtx) => killText(c, unixWordStart(c.line.chars, c.line.pos), c.line.pos, true),
  'M-d': (c: EditCtx) => killText(c, c.line.pos, wordEnd(c.line.chars, c.line.pos), false),
  'M-Backspace': (c: EditCtx) => killText(c, wordStart(c.line.chars, c.line.pos), c.line.pos, true),
}));

/** Handle one key; a result ends the line. */
function* dispatch(ctx: EditCtx, key: Key): Gen<EditResult | null> {
  const { ed, line } = ctx;
  if (typeof key !== 'string') {
    if (key.k === 'eof') {
      if (line.chars.length) return null;
      yield* finish(ctx, '');
      return { k: 'eof' };
    }
    if (ed.pushback[0] === -SIGWINCH) ed.pushback.shift();
    updateWinsize(ctx.sh, ed);
    ed.display.forget();
    return null;
  }
  const prev = ed.lastCmd;
  ed.lastCmd = key;
  if (!KILLS.has(key)) ed.kill.lastWasKill = false;
  if (key !== 'C-y' && key !== 'M-y') ed.kill.lastYank = null;
  if ([...key].length === 1 && key >= ' ') {
    insert(line, key);
    return null;
  }
  const edit = EDITS.get(key);
  if (edit) {
    edit(ctx);
    return null;
  }
  switch (key) {
    case 'Enter':
      // A buffer ending in a (pasted) newline already left the cursor on a fresh row:
      // readline steps back up before starting the next line.
      yield* finish(ctx, line.chars[line.chars.length - 1] === '\n' ? '\x1b[A\r\n' : '\r\n');
      return { k: 'line', text: line.chars.join('') };
    case 'C-c':
      yield* finish(ctx, '^C');
      yield* ctx.sh.write(2, '\r\n');
      return { k: 'intr' };
    case 'C-d':
      if (line.chars.length === 0) {
        yield* finish(ctx, '\r\n');
        return { k: 'eof' };
      }
      if (line.pos < line.chars.length) line.chars.splice(line.pos, 1);
      return null;
    case 'C-y': return yank(ctx);
    case 'M-y': return yankPop(ctx);
    case 'C-t':
      if (!transpose(line)) yield* ctx.sh.write(2, bell());
      return null;
    case 'C-l':
      yield* ctx.sh.write(2, '\x1b[H\x1b[2J');
      ed.display.invalidate();
      return null;
    case 'Up': case 'C-p':
      if (!histMove(ctx, ctx.hist - 1)) yield* ctx.sh.write(2, bell());
      return null;
    case 'Down': case 'C-n':
      if (!histMove(ctx, ctx.hist + 1)) yield* ctx.sh.write(2, bell());
      return null;
    case 'M-<': histMove(ctx, 0); return null;
    case 'M->': histMove(ctx, ctx.sh.st.history.length); return null;
    case 'C-r': {
      const k = yield* isearch(ctx);
      return k === null ? null : yield* dispatch(ctx, k);
    }
    case 'Tab': return yield* complete(ctx, prev === 'Tab' && !ed.completionChanged);
    case 'PasteStart': return yield* paste(ctx);
    case 'C-v': case 'C-q': {
      const b = yield* nextByte(ctx.sh, ed);
      if (typeof b === 'number') insert(line, String.fromCharCode(b));
      return null;
    }
    default:
      yield* ctx.sh.write(2, bell());
      return null;
  }
}

function yank(ctx: EditCtx): null {
  const t = ctx.ed.kill.top();
  if (t === null) return null;
  const at = ctx.line.pos;
  insert(ctx.line, t);
  ctx.ed.kill.lastYank = { at, len: [...t].length };
  return null;
}

function yankPop(ctx: EditCtx): null {
  const y = ctx.ed.kill.lastYank;
  if (!y) return null;
  const t = ctx.ed.kill.rotate();
  if (t === null) return null;
  ctx.line.chars.splice(y.at, y.len);
  ctx.line.pos = y.at;
  insert(ctx.line, t);
  ctx.ed.kill.lastYank = { at: y.at, len: [...t].length };
  return null;
}

/** Bracketed paste: everything up to ESC [ 201 ~ is inserted as text (CR becomes LF). */
function* paste(ctx: EditCtx): Gen<null> {
  const end = [0x1b, 0x5b, 0x32, 0x30, 0x31, 0x7e];
  const bytes: number[] = [];
  for (;;) {
    const b = yield* nextByte(ctx.sh, ctx.ed);
    if (typeof b !== 'number') break;
    bytes.push(b === 13 ? 10 : b);
    if (bytes.length >= end.length && end.every((e, i) => bytes[bytes.length - end.length + i] === e)) {
      bytes.length -= end.length;
      break;
    }
  }
  insert(ctx.line, new TextDecoder().decode(Uint8Array.from(bytes)));
  return null;
}

/** Replace the completed word by `text`. */
function replaceWord(ctx: EditCtx, c: Completion, text: string): void {
  ctx.line.chars.splice(c.start, c.end - c.start, ...text);
  ctx.line.pos = c.start + [...text].length;
}

function insertForm(c: Completion, m: string): string {
  return c.kind === 'file' || c.kind === 'command' ? quoteName(m) : m;
}

/** Tab: complete the word before the cursor, or list the candidates on a repeated Tab. */
function* complete(ctx: EditCtx, list: boolean): Gen<null> {
  const { sh, ed, line } = ctx;
  const c = yield* findCompletions(sh, line.chars, line.pos);
  ed.completionChanged = false;
  if (c.matches.length === 0) {
    yield* sh.write(2, bell());
    return null;
  }
  if (list && c.matches.length > 1) {
    yield* listMatches(ctx, c);
    return null;
  }
  const before = line.chars.join('');
  if (c.matches.length === 1) {
    const m = c.matches[0]!;
    const isDir = c.dirs.has(m);
    let text = insertForm(c, m);
    if (c.kind === 'variable' && m.startsWith('${')) text += '}';
    if (isDir) text += '/';
    else if (line.pos === line.chars.length || line.chars[line.pos] !== ' ') text += ' ';
    replaceWord(ctx, c, text);
  } else {
    const p = commonPrefix(c.matches);
    if (p.length > c.word.length || p !== c.word) replaceWord(ctx, c, insertForm(c, p));
    yield* sh.write(2, bell());
  }
  ed.completionChanged = line.chars.join('') !== before;
  return null;
}

/** Print the candidates below the line, then draw the prompt and line again. */
function* listMatches(ctx: EditCtx, c: Completion): Gen<void> {
  const { sh, ed, line } = ctx;
  let out = ed.display.draw(line.chars, line.pos) + ed.display.toEnd(line.chars) + '\r\n';
  if (c.matches.length >= 100) {
    yield* sh.write(2, out + `Display all ${c.matches.length} possibilities? (y or n)`);
    out = '';
    for (;;) {
      const b = yield* nextByte(sh, ed);
      if (b === 'eof' || b === 'signal' || b === 0x6e || b === 0x4e || b === 0x7f || b === 7 || b === 3) {
        yield* sh.write(2, '\r\n');
        ed.display.invalidate();
        return;
      }
      if (b === 0x79 || b === 0x59 || b === 0x20) break;
      yield* sh.write(2, bell());
    }
    out = '\r\n';
  }
  const rows = listingRows(c, ed.display.width);
  let shown = 0;
  for (let i = 0; i < rows.length; i++) {
    out += rows[i] + '\r\n';
    shown++;
    if (shown >= ed.rows - 1 && i + 1 < rows.length) {
      yield* sh.write(2, out + '--More--');
      out = '';
      const b = yield* nextByte(sh, ed);
      yield* sh.write(2, '\r\x1b[K');
      if (b === 0x20 || b === 0x79 || b === 0x59) shown = 0;
      else if (b === 13 || b === 10) shown--;
      else break;
    }
  }
  yield* sh.write(2, out);
  ed.display.invalidate();
}
