/**
 * The terminal line discipline (POSIX XBD 11, "General Terminal Interface"):
 * input processing (ICRNL, canonical editing with ERASE/KILL/WERASE/EOF/LNEXT,
 * echo with ECHOCTL), signal characters (ISIG: INTR, QUIT, SUSP) and output
 * processing (OPOST/ONLCR). It knows nothing of processes: signals and
 * echoed bytes go to the callbacks it is given.
 */
import {
  ECHO, ECHOCTL, ECHOE, ECHOK, ECHONL, ICANON, ICRNL, IGNCR, INLCR, ISIG, NOFLSH, OCRNL, ONLCR,
  OPOST, IEXTEN, VEOF, VEOL, VEOL2, VERASE, VINTR, VKILL, VLNEXT, VQUIT, VSUSP, VWERASE,
  VREPRINT, VMIN, defaultTermios,
} from '../../abi/termios.ts';
import type { Termios } from '../../abi/sys.ts';
import { SIGINT, SIGQUIT, SIGTSTP } from '../../abi/signals.ts';
import { LIMITS } from '../../abi/limits.ts';

export interface LdiscHooks {
  /** Bytes to show on the screen (echo). */
  echo(bytes: number[]): void;
  /** A signal character was typed: signal the foreground process group. */
  signal(sig: number): void;
  /** Readiness changed (wake readers). */
  changed(): void;
}

const EOF_MARK = -1;

export class Ldisc {
  termios: Termios = defaultTermios();
  /** Completed input ready for read(): bytes, and EOF_MARK for ^D on an empty line. */
  private ready: number[] = [];
  /** The line being edited (canonical mode). */
  private line: number[] = [];
  private literalNext = false;

  constructor(private readonly hooks: LdiscHooks) {}

  private get lflag(): number {
    return this.termios.lflag;
  }

  private cc(i: number): number {
    return this.termios.cc[i] ?? 0;
  }

  /** Bytes typed at the keyboard. */
  input(bytes: Uint8Array): void {
    for (const b of bytes) this.inputByte(b);
    this.hooks.changed();
  }

  private inputByte(c: number): void {
    const { iflag } = this.termios;
    if (this.literalNext) {
      this.literalNext = false;
      this.store(c, true);
      return;
    }
    if (c === 13) {
      if (iflag & IGNCR) return;
      if (iflag & ICRNL) c = 10;
    } else if (c === 10 && iflag & INLCR) c = 13;
    if (this.lflag & ISIG) {
      const sig = c === this.cc(VINTR) ? SIGINT : c === this.cc(VQUIT) ? SIGQUIT : c === this.cc(VSUSP) ? SIGTSTP : 0;
      if (sig && c !== 0) {
        if (!(this.lflag & NOFLSH)) {
          this.line = [];
          this.ready = [];
        }
        this.echoChar(c);
        this.hooks.signal(sig);
        return;
      }
    }
    if (this.lflag & ICANON) this.canonical(c);
    else this.store(c, false);
  }

  private canonical(c: number): void {
    const l = this.lflag;
    if (c === 0) {
      this.store(c, false);
      return;
    }
    if (l & IEXTEN && c === this.cc(VLNEXT)) {
      this.literalNext = true;
      if (l & ECHO) this.hooks.echo([0x5e, 8]);
      return;
    }
    if (c === this.cc(VERASE) || c === 8) {
      this.eraseChars(1);
      return;
    }
    if (c === this.cc(VKILL)) {
      if (l & ECHOK && !(l & ECHOE)) {
        this.line = [];
        this.hooks.echo([10]);
      } else this.eraseChars(this.line.length);
      return;
    }
    if (l & IEXTEN && c === this.cc(VWERASE)) {
      let n = 0;
      let i = this.line.length;
      while (i > 0 && (this.line[i - 1] === 32 || this.line[i - 1] === 9)) (i--, n++);
      while (i > 0 && this.line[i - 1] !== 32 && this.line[i - 1] !== 9) (i--, n++);
      this.eraseChars(n);
      return;
    }
    if (l & IEXTEN && c === this.cc(VREPRINT)) {
      this.echoChar(c);
      this.hooks.echo([13, 10, ...this.line]);
      return;
    }
    if (c === this.cc(VEOF)) {
      if (this.line.length === 0) this.ready.push(EOF_MARK);
      else this.flushLine();
      return;
    }
    this.store(c, false);
  }

  /** Add a byte to the line (canonical) or to the read queue (raw). */
  private store(c: number, literal: boolean): void {
    if (this.lflag & ICANON) {
      if (this.line.length >= LIMITS.ttyInputMax - 1 && c !== 10) return;
      this.line.push(c);
      if (this.lflag & ECHO) this.echoChar(c);
      else if (c === 10 && this.lflag & ECHONL) this.hooks.echo([10]);
      const eol = c === 10 || (!literal && c !== 0 && (c === this.cc(VEOL) || c === this.cc(VEOL2)));
      if (eol) this.flushLine();
    } else {
      if (this.ready.length >= LIMITS.ttyInputMax) return;
      this.ready.push(c);
      if (this.lflag & ECHO) this.echoChar(c);
    }
  }

  private flushLine(): void {
    for (const b of this.line) this.ready.push(b);
    this.line = [];
  }

  private echoChar(c: number): void {
    if (!(this.lflag & ECHO)) return;
    if (this.lflag & ECHOCTL && (c < 32 || c === 127) && c !== 9 && c !== 10) {
      this.hooks.echo([0x5e, c === 127 ? 0x3f : c + 0x40]);
    } else this.hooks.echo([c]);
  }

  private eraseChars(n: number): void {
    for (let k = 0; k < n && this.line.length > 0; k++) {
      const c = this.line.pop()!;
      if (!(this.lflag & ECHO) || !(this.lflag & ECHOE)) continue;
      const width = this.lflag & ECHOCTL && (c < 32 || c === 127) && c !== 9 ? 2 : 1;
      // A UTF-8 continuation byte takes no column of its own.
      if ((c & 0xc0) === 0x80) continue;
      for (let w = 0; w < width; w++) this.hooks.echo([8, 32, 8]);
    }
  }

  /** Bytes a read() would get now: -1 none yet, or count (0 means EOF). */
  readable(): boolean {
    if (this.ready.length === 0) return false;
    if (!(this.lflag & ICANON)) return this.ready.length >= Math.max(1, this.cc(VMIN)) || this.ready.length > 0;
    return true;
  }

  /**
   * Take input for read(). Canonical: at most one line (or EOF). Raw: what is
   * there. Returns null when nothing is ready (the caller blocks, or in raw
   * mode with VMIN=0 returns 0 bytes).
   */
  take(count: number): Uint8Array | null {
    if (this.ready.length === 0) {
      if (!(this.lflag & ICANON) && this.cc(VMIN) === 0) return new Uint8Array(0);
      return null;
    }
    const out: number[] = [];
    if (this.lflag & ICANON) {
      if (this.ready[0] === EOF_MARK) {
        this.ready.shift();
        return new Uint8Array(0);
      }
      while (out.length < count && this.ready.length && this.ready[0] !== EOF_MARK) {
        const b = this.ready.shift()!;
        out.push(b);
        if (b === 10) break;
      }
    } else {
      while (out.length < count && this.ready.length) {
        const b = this.ready.shift()!;
        if (b !== EOF_MARK) out.push(b);
      }
    }
    this.hooks.changed();
    return Uint8Array.from(out);
  }

  available(): number {
    return this.ready.filter((b) => b !== EOF_MARK).length;
  }

  /** Flush input (TCSAFLUSH, signals). */
  flushInput(): void {
    this.ready = [];
    this.line = [];
  }

  /** Output processing for bytes a program writes. */
  output(data: Uint8Array): Uint8Array {
    const { oflag } = this.termios;
    if (!(oflag & OPOST) || !(oflag & (ONLCR | OCRNL))) return data;
    let extra = 0;
    if (oflag & ONLCR) for (const b of data) if (b === 10) extra++;
    const out = new Uint8Array(data.length + extra);
    let j = 0;
    for (const b of data) {
      if (b === 10 && oflag & ONLCR) {
        out[j++] = 13;
        out[j++] = 10;
      } else if (b === 13 && oflag & OCRNL) out[j++] = 10;
      else out[j++] = b;
    }
    return out.subarray(0, j);
  }

  setTermios(t: Termios): void {
    const wasCanon = (this.termios.lflag & ICANON) !== 0;
    this.termios = { ...t, cc: [...t.cc] };
    const isCanon = (t.lflag & ICANON) !== 0;
    if (wasCanon && !isCanon) this.flushLine();
    this.hooks.changed();
  }
}
