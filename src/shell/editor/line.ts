/**
 * The edit buffer and readline's editing commands on it (emacs mode):
 * motion by character and word, deletion, the kill ring (consecutive kills
 * accumulate; yank and yank-pop), transposition. A "word" for the Meta
 * commands is a run of letters and digits; ^W (unix-word-rubout) stops at
 * whitespace. The buffer is an array of characters (code points).
 */

export interface LineState {
  chars: string[];
  pos: number;
}

export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Start of the word at or before pos (backward-word). */
export function wordStart(chars: string[], pos: number): number {
  let i = pos;
  while (i > 0 && !isWordChar(chars[i - 1])) i--;
  while (i > 0 && isWordChar(chars[i - 1])) i--;
  return i;
}

/** End of the word at or after pos (forward-word). */
export function wordEnd(chars: string[], pos: number): number {
  let i = pos;
  while (i < chars.length && !isWordChar(chars[i])) i++;
  while (i < chars.length && isWordChar(chars[i])) i++;
  return i;
}

/** Start of the whitespace-delimited word before pos (unix-word-rubout). */
export function unixWordStart(chars: string[], pos: number): number {
  let i = pos;
  while (i > 0 && /\s/.test(chars[i - 1]!)) i--;
  while (i > 0 && !/\s/.test(chars[i - 1]!)) i--;
  return i;
}

export class KillRing {
  private ring: string[] = [];
  private index = 0;
  /** Whether the previous command was a kill (the next kill appends to it). */
  lastWasKill = false;
  /** Start and length of the last yank (for yank-pop), or null. */
  lastYank: { at: number; len: number } | null = null;

  /** Record killed text; `backward` kills are prepended to an accumulating kill. */
  add(text: string, backward: boolean): void {
    if (text === '') return;
    if (this.lastWasKill && this.ring.length) {
      const top = this.ring[this.ring.length - 1]!;
      this.ring[this.ring.length - 1] = backward ? text + top : top + text;
    } else {
      this.ring.push(text);
      if (this.ring.length > 10) this.ring.shift();
    }
    this.index = this.ring.length - 1;
  }

  top(): string | null {
    return this.ring.length ? this.ring[this.index]! : null;
  }

  /** Rotate to the previous kill (yank-pop). */
  rotate(): string | null {
    if (!this.ring.length) return null;
    this.index = (this.index - 1 + this.ring.length) % this.ring.length;
    return this.ring[this.index]!;
  }
}

/** Remove chars[from, to) from the line, returning them as text. */
export function cut(l: LineState, from: number, to: number): string {
  const text = l.chars.slice(from, to).join('');
  l.chars.splice(from, to - from);
  l.pos = from;
  return text;
}

/** Insert text at the cursor. */
export function insert(l: LineState, text: string): void {
  const add = [...text];
  l.chars.splice(l.pos, 0, ...add);
  l.pos += add.length;
}

/** transpose-chars (^T): false when there is nothing to transpose. */
export function transpose(l: LineState): boolean {
  if (l.pos === 0 || l.chars.length < 2) return false;
  let p = l.pos;
  if (p === l.chars.length) p--;
  const a = l.chars[p - 1]!;
  l.chars[p - 1] = l.chars[p]!;
  l.chars[p] = a;
  l.pos = p + 1;
  return true;
}
