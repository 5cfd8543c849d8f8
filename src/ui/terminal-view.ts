/**
 * One xterm.js screen bound to one TerminalSession: keystrokes go to the machine as the
 * bytes a terminal sends (Ctrl-C is 0x03, Ctrl-Z 0x1a, Ctrl-D 0x04; the kernel's line
 * discipline turns them into signals and EOF), output is drawn, size changes reach the
 * tty as SIGWINCH.
 */
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import type { MachineClient, TerminalSession } from './machine-client.ts';

/** Whether the first output has been marked (`terrarium:page-output`, see src/worker/boot-mark.ts). */
let outputSeen = false;

export const THEMES = {
  dark: {
    background: '#101418',
    foreground: '#d8dee4',
    cursor: '#d8dee4',
    selectionBackground: '#3a4654',
  },
  light: {
    background: '#fbfbf8',
    foreground: '#1f2328',
    cursor: '#1f2328',
    selectionBackground: '#c8d7ea',
  },
} as const;

export type ThemeName = keyof typeof THEMES;

export interface ViewOptions {
  theme?: ThemeName;
  /** A fixed size; without it the screen fits its pane. */
  rows?: number;
  cols?: number;
  /** Keystrokes are not sent to the machine (a player drives it). */
  readonly?: boolean;
  /** xterm.js's screen reader mode (an accessible, live copy of the screen). */
  screenReader?: boolean;
  fontSize?: number;
  /** Sees every key before the terminal; return false to swallow it. */
  keyFilter?: (e: KeyboardEvent) => boolean;
}

export class TerminalView {
  readonly term: Terminal;
  private readonly fit = new FitAddon();
  session: TerminalSession | null = null;
  /** The shell exited: the next keystroke starts a new one. */
  private exited = false;
  /** While set, output is kept here instead of shown (a scenario's hidden setup). */
  private muted: Uint8Array[] | null = null;

  constructor(readonly pane: HTMLElement, private readonly opts: ViewOptions = {}) {
    this.term = new Terminal({
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
      fontSize: opts.fontSize ?? 14,
      scrollback: 5000,
      cursorBlink: true,
      theme: THEMES[opts.theme ?? 'dark'],
      screenReaderMode: opts.screenReader ?? false,
      disableStdin: opts.readonly ?? false,
      ...(opts.rows ? { rows: opts.rows } : {}),
      ...(opts.cols ? { cols: opts.cols } : {}),
    });
    if (opts.keyFilter) this.term.attachCustomKeyEventHandler(opts.keyFilter);
    this.term.loadAddon(this.fit);
    this.term.open(pane);
    this.fitNow();
  }

  /** Keep output off the screen until `unmute`. */
  mute(): void {
    this.muted ??= [];
  }

  /** Show output again; of what came meanwhile, only the last line (the prompt). */
  unmute(): void {
    const kept = this.muted;
    this.muted = null;
    if (!kept?.length) return;
    const text = new TextDecoder().decode(concatBytes(kept));
    const tail = text.slice(text.lastIndexOf('\n') + 1);
    this.term.write(tail);
  }

  /** Open this screen's terminal on the machine and wire keys, output and size. */
  async connect(client: MachineClient): Promise<TerminalSession> {
    const session = await client.openTerminal(this.term.rows, this.term.cols, {
      output: (bytes) => {
        if (!outputSeen) performance.mark('terrarium:page-output');
        outputSeen = true;
        if (this.muted) return void this.muted.push(bytes);
        return new Promise<void>((done) => this.term.write(bytes, done));
      },
      reset: () => {
        this.exited = false;
        if (this.muted) this.muted = [];
        this.term.reset();
      },
      exit: (status) => this.onExit(status),
    });
    this.session = session;
    performance.mark('terrarium:terminal-connected');
    this.term.onData((data) => this.onData(data));
    this.term.onBinary((data) => this.onData(Uint8Array.from(data, (c) => c.charCodeAt(0))));
    this.term.onResize(({ rows, cols }) => void session.resize(rows, cols));
    return session;
  }

  /** Match the screen to its pane (only meaningful while the pane is visible). */
  fitNow(): void {
    if (this.opts.rows || this.opts.cols) return;
    if (this.pane.hidden || this.pane.clientWidth === 0) return;
    this.fit.fit();
  }

  focus(): void {
    this.term.focus();
  }

  /** The screen as text: one line per row of the active buffer, right-trimmed. */
  screenText(): string {
    const buf = this.term.buffer.active;
    const lines: string[] = [];
    for (let y = 0; y < buf.length; y++) lines.push(buf.getLine(y)?.translateToString(true) ?? '');
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  }

  /** Send keystrokes as if typed (a player typing a command). */
  type(data: string): Promise<void> {
    const session = this.session;
    if (!session) return Promise.resolve();
    return session.input(data);
  }

  private onData(data: string | Uint8Array): void {
    const session = this.session;
    if (!session || this.opts.readonly) return;
    if (this.exited) {
      this.exited = false;
      this.term.write('\r\n');
      void session.respawn();
      return;
    }
    void session.input(data);
  }

  private onExit(status: number): void {
    this.exited = true;
    const code = (status & 0x7f) === 0 ? `exit status ${(status >> 8) & 0xff}` : `signal ${status & 0x7f}`;
    const nl = this.term.buffer.active.cursorX === 0 ? '' : '\r\n';
    this.term.write(`${nl}\x1b[2m[shell ended (${code}); press any key for a new one]\x1b[0m`);
  }
}

function concatBytes(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
