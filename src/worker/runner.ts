/**
 * Drives one machine in time slices on a JS event loop (the worker's, or Node's in tests).
 *
 * A slice is `machine.step({ maxMs })`; between slices the runner gives the event loop a
 * turn so keystrokes, Ctrl-C and Reset are handled even while a guest spins. When nothing
 * is runnable it sleeps until the next timer is due (by the machine's clock) or until
 * `wake()` is called (input, resize, a new terminal). Output is collected per terminal
 * and handed to `deliver` once per slice. An exception escaping `step` is a kernel panic:
 * the runner stops for good and reports it; it is never swallowed.
 */

/** The part of a Machine the runner needs (structurally the kernel's `Machine`). */
export interface SteppableMachine {
  step(opts?: { maxMs?: number }): { busy: boolean; nextTimerNs: number | null };
  nowNs(): number;
}

export interface PanicReport {
  message: string;
  stack: string;
}

export interface RunnerHooks {
  /** One batch of a terminal's output; the array is the runner's to give away. */
  deliver(index: number, bytes: Uint8Array): void;
  /** Called once, after which the runner never steps again. */
  panic(report: PanicReport): void;
  /** Called after every slice (for polling things like shell exits). */
  afterSlice?(): void;
  /** While true, the runner does not step (the page is behind on output). */
  backlogged?(): boolean;
}

export interface RunnerOptions {
  /** Real-time budget of one slice. */
  sliceMs?: number;
  /** Longest idle sleep before looking again, whatever the timers say. */
  maxSleepMs?: number;
}

type RunState = 'idle' | 'queued' | 'sleeping' | 'stopped';

/** Runs `machine` until `stop()` or a panic. Call `start()` once. */
export class SliceRunner {
  private state: RunState = 'idle';
  /** When the runner last yielded through a timer, which every event loop services. */
  private lastTimerYield = performance.now();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly channel = new MessageChannel();
  private readonly pending = new Map<number, Uint8Array[]>();
  private readonly sliceMs: number;
  private readonly maxSleepMs: number;

  constructor(
    private readonly machine: SteppableMachine,
    private readonly hooks: RunnerHooks,
    opts: RunnerOptions = {},
  ) {
    this.sliceMs = opts.sliceMs ?? 8;
    this.maxSleepMs = opts.maxSleepMs ?? 100;
    this.channel.port1.onmessage = () => this.tick();
  }

  /** Queue output of terminal `index`; it is delivered at the end of the slice. */
  collect(index: number, data: Uint8Array): void {
    let list = this.pending.get(index);
    if (!list) this.pending.set(index, (list = []));
    list.push(data.slice());
  }

  start(): void {
    this.wake();
  }

  /** Something happened outside a slice (input, resize): run soon. */
  wake(): void {
    if (this.state === 'stopped' || this.state === 'queued') return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.state = 'queued';
    // A message-port ping is the fastest way round the event loop, but some loops (Node's)
    // drain many port messages before anything else; a timer now and then lets all in.
    const now = performance.now();
    if (now - this.lastTimerYield < 40) {
      this.channel.port2.postMessage(null);
      return;
    }
    this.lastTimerYield = now;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.tick();
    }, 0);
  }

  /** Stop for good (Reset); pending output is dropped. */
  stop(): void {
    this.state = 'stopped';
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
    this.channel.port1.close();
    this.channel.port2.close();
  }

  get stopped(): boolean {
    return this.state === 'stopped';
  }

  /** Deliver what was collected outside a slice (e.g. echo done inside `input`). */
  flush(): void {
    for (const [index, chunks] of this.pending) {
      if (chunks.length === 0) continue;
      this.pending.set(index, []);
      this.hooks.deliver(index, concat(chunks));
    }
  }

  private tick(): void {
    if (this.state === 'stopped') return;
    this.state = 'idle';
    if (this.hooks.backlogged?.()) {
      this.flush();
      this.sleep(this.maxSleepMs);
      return;
    }
    let result: { busy: boolean; nextTimerNs: number | null };
    try {
      result = this.machine.step({ maxMs: this.sliceMs });
    } catch (err) {
      this.flush();
      this.stop();
      this.hooks.panic(panicReport(err));
      return;
    }
    this.flush();
    this.hooks.afterSlice?.();
    if (this.state !== 'idle') return; // a hook stopped or woke us
    if (result.busy) this.wake();
    else if (result.nextTimerNs !== null) this.sleep(this.delayMs(result.nextTimerNs));
    // else: nothing can happen until wake()
  }

  private delayMs(nextTimerNs: number): number {
    const ms = (nextTimerNs - this.machine.nowNs()) / 1e6;
    return Math.max(0, Math.min(this.maxSleepMs, Math.ceil(ms)));
  }

  private sleep(ms: number): void {
    this.state = 'sleeping';
    this.lastTimerYield = performance.now();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.wake();
    }, ms);
  }
}

/** Turn anything thrown into a printable report (message and stack). */
export function panicReport(err: unknown): PanicReport {
  // The kernel wraps an exception escaping a program; the original's stack is the useful one.
  const original = (err as { original?: unknown } | null)?.original;
  if (err instanceof Error && original instanceof Error) {
    const message = err.message.split('\n')[0]!;
    return { message, stack: original.stack ?? `${original.name}: ${original.message}` };
  }
  if (err instanceof Error) {
    const stack = err.stack ?? `${err.name}: ${err.message}`;
    return { message: `${err.name}: ${err.message}`, stack };
  }
  const text = typeof err === 'string' ? err : safeString(err);
  return { message: text, stack: text };
}

/** The panic as terminal bytes: red, CRLF line ends. */
export function panicText(report: PanicReport): Uint8Array {
  const lines = report.stack.split('\n');
  if (!lines[0]!.includes(report.message)) lines.unshift(report.message);
  const body = lines.join('\r\n');
  const text = `\r\n\x1b[1;31mKernel panic: the machine stopped.\x1b[0m\r\n\x1b[31m${body}\x1b[0m\r\n` +
    `\x1b[1;31mPress Reset to boot a fresh machine.\x1b[0m\r\n`;
  return new TextEncoder().encode(text);
}

function safeString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
