/**
 * Turning terminal input bytes into keys: UTF-8 characters, control keys
 * ("C-a"), meta keys sent as ESC + key ("M-b"), and the xterm cursor and
 * editing sequences (CSI and SS3 forms) as names ("Left", "Home", "Delete",
 * "PasteStart"). Bytes come one at a time from a source that may block.
 */
import type { Gen } from '../../programs/runtime.ts';

/** A byte, or a condition the source met instead. */
export type ByteResult = number | 'eof' | 'signal';

/** One decoded key, or the source's condition. */
export type Key = string | { k: 'eof' } | { k: 'signal' };

const CSI_TILDE: Record<string, string> = {
  '1': 'Home', '7': 'Home', '4': 'End', '8': 'End', '3': 'Delete', '2': 'Insert',
  '5': 'PageUp', '6': 'PageDown', '200': 'PasteStart', '201': 'PasteEnd',
};
const CSI_FINAL: Record<string, string> = { A: 'Up', B: 'Down', C: 'Right', D: 'Left', H: 'Home', F: 'End' };

/** Name of a control byte: 0x01 -> "C-a"; Tab, Enter, Backspace and Escape by name. */
export function controlName(b: number): string {
  if (b === 9) return 'Tab';
  if (b === 10 || b === 13) return 'Enter';
  if (b === 0x7f || b === 8) return 'Backspace';
  if (b === 0x1b) return 'Escape';
  if (b === 0) return 'C-@';
  if (b === 0x1c) return 'C-\\';
  if (b === 0x1d) return 'C-]';
  if (b === 0x1e) return 'C-^';
  if (b === 0x1f) return 'C-_';
  return 'C-' + String.fromCharCode(b + 0x60);
}

/** Read one key. `next` yields the next input byte. */
export function* readKey(next: () => Gen<ByteResult>): Gen<Key> {
  const b = yield* next();
  if (b === 'eof') return { k: 'eof' };
  if (b === 'signal') return { k: 'signal' };
  if (b === 0x1b) return yield* escape(next);
  if (b < 0x20 || b === 0x7f) return controlName(b);
  if (b < 0x80) return String.fromCharCode(b);
  return yield* utf8Char(b, next);
}

function* utf8Char(lead: number, next: () => Gen<ByteResult>): Gen<Key> {
  const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  let cp = len === 4 ? lead & 0x07 : len === 3 ? lead & 0x0f : len === 2 ? lead & 0x1f : 0xfffd;
  for (let i = 1; i < len; i++) {
    const c = yield* next();
    if (typeof c !== 'number') return c === 'eof' ? { k: 'eof' } : { k: 'signal' };
    if ((c & 0xc0) !== 0x80) return '\ufffd';
    cp = (cp << 6) | (c & 0x3f);
  }
  return cp > 0x10ffff ? '\ufffd' : String.fromCodePoint(cp);
}

function* escape(next: () => Gen<ByteResult>): Gen<Key> {
  const b = yield* next();
  if (b === 'eof') return 'Escape';
  if (b === 'signal') return { k: 'signal' };
  if (b === 0x5b) return yield* csi(next);
  if (b === 0x4f) {
    const f = yield* next();
    if (typeof f !== 'number') return 'Escape';
    return CSI_FINAL[String.fromCharCode(f)] ?? 'M-O';
  }
  if (b === 0x7f || b === 8) return 'M-Backspace';
  if (b === 13 || b === 10) return 'M-Enter';
  if (b < 0x20) return 'M-' + controlName(b);
  if (b >= 0x80) return 'Escape';
  return 'M-' + String.fromCharCode(b);
}

function* csi(next: () => Gen<ByteResult>): Gen<Key> {
  let params = '';
  for (let n = 0; n < 32; n++) {
    const b = yield* next();
    if (typeof b !== 'number') return 'Escape';
    const ch = String.fromCharCode(b);
    if (b >= 0x40 && b <= 0x7e) {
      if (ch === '~') return CSI_TILDE[params] ?? 'Unknown';
      if (params === '1;5' && ch === 'C') return 'C-Right';
      if (params === '1;5' && ch === 'D') return 'C-Left';
      if (params === '1;3' && ch === 'C') return 'M-f';
      if (params === '1;3' && ch === 'D') return 'M-b';
      return CSI_FINAL[ch] ?? 'Unknown';
    }
    params += ch;
  }
  return 'Unknown';
}
