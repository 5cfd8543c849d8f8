/**
 * A stand-in for src/system/boot.ts used only by `run.mjs --stub`: a machine whose
 * "shell" echoes keystrokes and prints a prompt per line. It lets the page, the worker
 * and the browser harness be exercised without the kernel.
 */
const enc = new TextEncoder();
const PROMPT = 'user@linux:~$ ';

class StubTerminal {
  private cb: ((d: Uint8Array) => void) | null = null;
  private line = '';
  constructor(private readonly m: StubMachine, readonly index: number) {}
  input(data: string | Uint8Array): void {
    const s = typeof data === 'string' ? data : new TextDecoder().decode(data);
    for (const ch of s) {
      if (ch === '\r') {
        this.emit(`\r\n${this.run(this.line)}${PROMPT}`);
        this.line = '';
      } else if (ch === '\x03') {
        this.m.spinning = false;
        this.line = '';
        this.emit(`^C\r\n${PROMPT}`);
      } else {
        this.line += ch;
        this.emit(ch);
      }
    }
  }
  private run(line: string): string {
    if (line === 'spin') {
      this.m.spinning = true;
      return '';
    }
    return line ? `stub: ${line}\r\n` : '';
  }
  onOutput(cb: (d: Uint8Array) => void): void {
    this.cb = cb;
  }
  resize(): void {}
  hangup(): void {}
  emit(s: string): void {
    this.cb?.(enc.encode(s));
  }
}

class StubMachine {
  spinning = false;
  private n = 0;
  openTerminal(): StubTerminal {
    return new StubTerminal(this, this.n++);
  }
  spawn(_argv: string[], opts?: { terminal?: StubTerminal }): number {
    opts?.terminal?.emit(PROMPT);
    return 2;
  }
  step(opts?: { maxMs?: number }): { busy: boolean; nextTimerNs: number | null } {
    if (!this.spinning) return { busy: false, nextTimerNs: null };
    const end = performance.now() + (opts?.maxMs ?? 8);
    while (performance.now() < end) { /* spin */ }
    return { busy: true, nextTimerNs: null };
  }
  nowNs(): number {
    return 0;
  }
  exitStatus(): number | null {
    return null;
  }
}

export function bootStandard(_opts?: { mode?: 'fast' | 'paced' }): StubMachine {
  return new StubMachine();
}
