/**
 * One xterm.js screen bound to one TerminalSession: keystrokes go to the machine as the
 * bytes a terminal sends (Ctrl-C is 0x03, Ctrl-Z 0x1a, Ctrl-D 0x04; the kernel's line
 * discipline turns them into signals and EOF), output is drawn, size changes reach the
 * tty as SIGWINCH.
 */
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import type { MachineClient, TerminalSession } from './machine-client.ts';

const THEME = {
  background: '#101418',
  foreground: '#d8dee4',
  cursor: '#d8dee4',
  selectionBackground: '#3a4654',
};

export class TerminalView {
  readonly term: Terminal;
  private readonly fit = new FitAddon();
  session: TerminalSession | null = null;
  /** The shell exited: the next keystroke starts a new one. */
  private exited = false;

  constructor(readonly pane: HTMLElement) {
    this.term = new Terminal({
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
      fontSize: 14,
      scrollback: 5000,
      cursorBlink: true,
      theme: THEME,
    });
    this.term.loadAddon(this.fit);
    this.term.open(pane);
    this.fitNow();
  }

  /** Open this screen's terminal on the machine and wire keys, output and size. */
  async connect(client: MachineClient): Promise<TerminalSession> {
    const session = await client.openTerminal(this.term.rows, this.term.cols, {
      output: (bytes) => new Promise<void>((done) => this.term.write(bytes, done)),
      reset: () => {
        this.exited = false;
        this.term.reset();
      },
      exit: (status) => this.onExit(status),
    });
    this.session = session;
    this.term.onData((data) => this.onData(data));
    this.term.onBinary((data) => this.onData(Uint8Array.from(data, (c) => c.charCodeAt(0))));
    this.term.onResize(({ rows, cols }) => void session.resize(rows, cols));
    return session;
  }

  /** Match the screen to its pane (only meaningful while the pane is visible). */
  fitNow(): void {
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

  private onData(data: string | Uint8Array): void {
    const session = this.session;
    if (!session) return;
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
