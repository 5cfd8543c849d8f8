/**
 * Drawing the line being edited on an xterm-compatible terminal the way
 * GNU readline's redisplay looks: the prompt's last line, then the buffer,
 * wrapping at the terminal width, embedded newlines starting a new row.
 * The display remembers what it drew and where the cursor is, appends
 * typed text in place, and otherwise redraws from the prompt's first row
 * (CR, cursor up, erase below). Only the output bytes are produced here;
 * the caller writes them to the terminal.
 */

/** Columns a code point takes (wcwidth-like; controls are drawn as ^X). */
export function charWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x20 || c === 0x7f) return 2;
  if (c >= 0x300 && c <= 0x36f) return 0;
  if (c === 0x200b || (c >= 0xfe00 && c <= 0xfe0f)) return 0;
  if (
    (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  ) return 2;
  return 1;
}

/** How a buffer character is shown: controls as ^X, others as themselves. */
function shown(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x20) return '^' + String.fromCharCode(c + 0x40);
  if (c === 0x7f) return '^?';
  return ch;
}

/** Visible width of a prompt string: \x01...\x02 spans and escape sequences take no columns. */
export function promptWidth(p: string): number {
  let w = 0;
  let hidden = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\x01') hidden = true;
    else if (c === '\x02') hidden = false;
    else if (hidden) continue;
    else if (c === '\x1b') {
      const m = /^\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07]*\x07|.)/.exec(p.slice(i));
      if (m) i += m[0].length - 1;
    } else {
      const cp = p.codePointAt(i)!;
      if (cp > 0xffff) i++;
      w += c === '\r' || c === '\n' ? 0 : charWidth(String.fromCodePoint(cp));
    }
  }
  return w;
}

/** A laid-out line: rows of output text, and the (row, col) of each buffer position. */
interface Layout {
  rows: string[];
  /** pos[i] = cell where buffer char i starts; pos[n] = the end (col may equal the width). */
  pos: Array<[number, number]>;
}

function layout(prompt: string, pw: number, chars: string[], width: number): Layout {
  const rows: string[] = [prompt];
  let row = Math.floor(pw / width);
  let col = pw % width;
  if (pw > 0 && col === 0) {
    row--;
    col = width;
  }
  for (let r = 1; r <= row; r++) rows.push('');
  const pos: Array<[number, number]> = [];
  for (const ch of chars) {
    if (ch === '\n') {
      pos.push([row, col]);
      row++;
      col = 0;
      rows.push('');
      continue;
    }
    let text = ch === '\t' ? ' '.repeat(8 - (col % 8)) : shown(ch);
    let w = ch === '\t' ? text.length : charWidth(ch);
    if (col + Math.max(w, 1) > width) {
      row++;
      col = 0;
      rows.push('');
      if (ch === '\t') {
        text = ' '.repeat(8);
        w = 8;
      }
    }
    pos.push([row, col]);
    rows[row] += text;
    col += w;
  }
  pos.push([row, col]);
  return { rows, pos };
}

export class Display {
  width = 80;
  /** Output for the prompt's last line (with invisible sequences, markers removed). */
  private prompt = '';
  private pw = 0;
  /** What is on the screen now, or null when the next draw must start afresh. */
  private text: string[] | null = null;
  /** The cursor cell (never at a pending wrap: col < width). */
  private cur: [number, number] = [0, 0];

  /** Start a new line with `prompt` (its last line). Returns what to print. */
  begin(prompt: string): string {
    this.setPrompt(prompt);
    const l = layout(this.prompt, this.pw, [], this.width);
    this.text = [];
    const [er, ec] = l.pos[0]!;
    this.cur = [er, ec];
    if (ec >= this.width) {
      this.cur = [er + 1, 0];
      return this.prompt + ' \r';
    }
    return this.prompt;
  }

  /** Change the prompt shown before the buffer (incremental search); the next draw redraws. */
  setPrompt(prompt: string): void {
    this.prompt = prompt.replace(/[\x01\x02]/g, '');
    this.pw = promptWidth(prompt);
    this.text = null;
  }

  /** The cursor is at the start of a fresh row (after a listing or ^L): draw everything there. */
  invalidate(): void {
    this.text = null;
    this.cur = [0, 0];
  }

  /** The next draw redraws everything from the prompt's first row. */
  forget(): void {
    this.text = null;
  }

  /** Bytes that make the screen show `chars` with the cursor before chars[pos]. */
  draw(chars: string[], pos: number): string {
    const l = layout(this.prompt, this.pw, chars, this.width);
    const old = this.text;
    let out: string;
    if (old && this.appendOnly(old, chars, pos)) {
      out = '';
      for (let i = old.length; i < chars.length; i++) out += chars[i];
    } else {
      out = '\r' + (this.cur[0] > 0 ? `\x1b[${this.cur[0]}A` : '') + '\x1b[J' + l.rows.join('\r\n');
    }
    this.text = [...chars];
    const [er, ec] = l.pos[chars.length]!;
    this.cur = [er, ec];
    if (ec >= this.width) {
      out += ' \r';
      this.cur = [er + 1, 0];
    }
    return out + this.moveTo(this.cell(l, pos));
  }

  /** Move the cursor after the drawn text (before a newline is printed there). */
  toEnd(chars: string[]): string {
    const l = layout(this.prompt, this.pw, chars, this.width);
    return this.moveTo(this.cell(l, chars.length));
  }

  private cell(l: Layout, i: number): [number, number] {
    const [r, c] = l.pos[i]!;
    return c >= this.width ? [r + 1, 0] : [r, c];
  }

  private appendOnly(old: string[], chars: string[], pos: number): boolean {
    if (pos !== chars.length || chars.length < old.length) return false;
    const l = layout(this.prompt, this.pw, old, this.width);
    const [r, c] = this.cell(l, old.length);
    if (this.cur[0] !== r || this.cur[1] !== c) return false;
    for (let i = 0; i < old.length; i++) if (old[i] !== chars[i]) return false;
    for (let i = old.length; i < chars.length; i++) {
      const ch = chars[i]!;
      if (ch === '\n' || ch === '\t' || charWidth(ch) !== 1 || (ch.codePointAt(0) ?? 0) < 0x20) return false;
    }
    return true;
  }

  private moveTo(at: [number, number]): string {
    const [r, c] = at;
    const [cr, cc] = this.cur;
    if (r === cr && c === cc) return '';
    let out = '';
    if (cr > r) out += `\x1b[${cr - r}A`;
    else if (cr < r) out += `\x1b[${r - cr}B`;
    if (c !== cc) out += '\r' + (c > 0 ? `\x1b[${c}C` : '');
    this.cur = [r, c];
    return out;
  }
}
