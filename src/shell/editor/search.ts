/**
 * Reverse incremental history search (readline's ^R): the prompt becomes
 * "(reverse-i-search)`text': " and the line shows the newest history entry
 * containing the text, the cursor at the match. Typing extends the text,
 * ^R finds the next older match, Backspace shortens the text, ^G gives the
 * original line back; Enter and editing keys leave the search with the
 * found line and then act as usual.
 */
import type { Gen } from '../../programs/runtime.ts';
import { readKey, type Key } from './keys.ts';
import { nextByte, redraw, type EditCtx } from './readline.ts';

interface Found {
  idx: number;
  pos: number;
}

function lineAt(ctx: EditCtx, i: number, current: string): string {
  const h = ctx.sh.st.history;
  return i >= h.length ? current : ctx.scratch.get(i) ?? h[i]!;
}

/** The newest occurrence of `q` at or before (idx, pos). */
function search(ctx: EditCtx, q: string, from: Found, current: string): Found | null {
  for (let i = from.idx; i >= 0; i--) {
    const text = lineAt(ctx, i, current);
    const start = i === from.idx ? from.pos : text.length;
    if (start < 0) continue;
    const k = text.lastIndexOf(q, start);
    if (k >= 0) return { idx: i, pos: k };
  }
  return null;
}

/** Run a search; returns a key to handle after it (or null). */
export function* isearch(ctx: EditCtx): Gen<Key | null> {
  const { sh, ed } = ctx;
  const origText = ctx.line.chars.join('');
  const origPos = ctx.line.pos;
  const origHist = ctx.hist;
  const start: Found = { idx: ctx.hist, pos: ctx.line.pos };
  let found: Found = start;
  let q = '';
  let failed = false;
  const show = function* (): Gen<void> {
    const text = lineAt(ctx, found.idx, origText);
    ed.display.setPrompt(`(${failed ? 'failed ' : ''}reverse-i-search)\`${q}': `);
    ctx.line.chars = [...text];
    ctx.line.pos = [...text.slice(0, found.pos)].length;
    yield* redraw(ctx);
  };
  yield* show();
  for (;;) {
    const key = yield* readKey(() => nextByte(sh, ed));
    if (typeof key !== 'string') return null;
    if ([...key].length === 1 && key >= ' ') {
      q += key;
      const f = search(ctx, q, found, origText);
      if (f) found = f;
      failed = f === null;
    } else if (key === 'C-r') {
      if (q === '') q = ed.lastSearch;
      const f = q === '' ? null : search(ctx, q, { idx: found.idx, pos: found.pos - 1 }, origText);
      if (f) found = f;
      failed = q !== '' && f === null;
    } else if (key === 'Backspace') {
      q = q.slice(0, -1);
      const f = q === '' ? start : search(ctx, q, start, origText);
      found = f ?? found;
      failed = f === null;
    } else {
      ed.lastSearch = q || ed.lastSearch;
      ed.display.setPrompt(ctx.prompt);
      if (key === 'C-g' || key === 'C-c') {
        ctx.line.chars = [...origText];
        ctx.line.pos = origPos;
        ctx.hist = origHist;
        return key === 'C-c' ? key : null;
      }
      if (found.idx !== origHist) {
        ctx.scratch.set(origHist, origText);
        ctx.hist = found.idx;
      }
      return key === 'Escape' ? null : key;
    }
    if (!(sh.sys.fionread(0) > 0)) yield* show();
  }
}
