/**
 * Watching one scenario step in the page: from the keystroke that ends the
 * command until the step ends by the same rule as `terrarium verify` — the
 * shell back at its prompt with nothing runnable, or the step's timeout in
 * virtual seconds ("still running"; the reader may then press Ctrl-C).
 */

/** How a step ended. `raw` is the terminal text from the watch's start to its end. */
export interface StepEnd {
  raw: string;
  stillRunning: boolean;
  /** Virtual milliseconds the step took. */
  elapsedMs: number;
  /** The terminal's shell exited during the step. */
  exited: boolean;
}

export class StepWatch {
  private text = '';
  private readonly decoder = new TextDecoder();
  private readonly limitNs: number;
  private readonly realDeadline: number;
  done = false;

  constructor(
    readonly index: number,
    private readonly startNs: number,
    timeoutS: number,
    private readonly resolve: (end: StepEnd) => void,
  ) {
    this.limitNs = startNs + timeoutS * 1e9;
    // Paced machines hold virtual time to the wall clock, so the real deadline is the
    // same moment; it also ends the watch on a machine whose clock stands still.
    this.realDeadline = performance.now() + timeoutS * 1000;
  }

  /** Real milliseconds until the deadline (for a wake-up timer). */
  msLeft(): number {
    return Math.max(0, this.realDeadline - performance.now());
  }

  feed(bytes: Uint8Array): void {
    this.text += this.decoder.decode(bytes, { stream: true });
  }

  /** Decide after a slice: `waiting` is the prompt test; returns true once finished. */
  check(waiting: boolean, exited: boolean, nowNs: number): boolean {
    if (this.done) return true;
    const late = nowNs >= this.limitNs || performance.now() >= this.realDeadline;
    if (!waiting && !exited && !late) return false;
    this.finish(!waiting && !exited, exited, nowNs);
    return true;
  }

  /** End the watch now (the machine was reset or panicked). */
  finish(stillRunning: boolean, exited: boolean, nowNs: number): void {
    if (this.done) return;
    this.done = true;
    this.text += this.decoder.decode();
    this.resolve({ raw: this.text, stillRunning, elapsedMs: Math.max(0, nowNs - this.startNs) / 1e6, exited });
  }
}
