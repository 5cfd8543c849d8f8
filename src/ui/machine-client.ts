/**
 * The page's handle on a machine running in a Web Worker. Shared by the demo page, the
 * embeddable element and the scenario player. It knows nothing of xterm.js: a session
 * hands bytes to whatever `onOutput` it was given and takes keystrokes as strings.
 */
import * as Comlink from 'comlink';
import type { BootOptions, MachineEvent, StepEnd, TreeEntry, WorkerApi } from '../worker/machine-service.ts';
import { createMachineWorker } from './worker-factory.ts';

export type { BootOptions, MachineEvent, StepEnd, TreeEntry };

export interface SessionHandlers {
  /** Bytes for the screen. Return a promise that settles once they are shown, so a
   *  guest printing faster than the page can draw is paused instead of piling up. */
  output(bytes: Uint8Array): void | Promise<void>;
  /** The machine was reset: clear the screen; a new shell is on its way. */
  reset?(): void;
  /** The shell on this terminal exited with wait status `status`. */
  exit?(status: number): void;
}

/** One terminal (/dev/pts/N) of the machine. Survives Reset (it is reattached). */
export class TerminalSession {
  /** N of /dev/pts/N on the current machine. */
  index = -1;
  private generation = -1;
  /** Output bytes received from the current machine. */
  private received = 0;
  /** An exit reported before all the output that preceded it arrived. */
  private pendingExit: { status: number; outputBytes: number } | null = null;

  constructor(
    private readonly client: MachineClient,
    public rows: number,
    public cols: number,
    readonly handlers: SessionHandlers,
  ) {}

  /** Keystrokes, as xterm.js gives them (Ctrl-C is "\x03"). */
  input(data: string | Uint8Array): Promise<void> {
    return this.client.api.input(this.index, data);
  }

  /** New window size; the kernel sends SIGWINCH to the foreground group. */
  resize(rows: number, cols: number): Promise<void> {
    if (rows === this.rows && cols === this.cols) return Promise.resolve();
    this.rows = rows;
    this.cols = cols;
    return this.client.api.resize(this.index, rows, cols);
  }

  /** Send `data` (e.g. the Enter ending a typed command) and resolve when the step
   *  ends: the shell back at its prompt with nothing runnable, or `timeoutS` virtual
   *  seconds passed (`stillRunning`). */
  runStep(data: string, timeoutS?: number): Promise<StepEnd> {
    return this.client.api.runStep(this.index, data, timeoutS);
  }

  /** Start a new shell after the last one exited. */
  respawn(): Promise<void> {
    return this.client.api.respawn(this.index);
  }

  /** Open a terminal on the current machine and start receiving its output. */
  async attach(generation: number): Promise<void> {
    this.generation = generation;
    this.received = 0;
    this.pendingExit = null;
    const sink = (bytes: Uint8Array) => {
      if (this.generation !== generation || generation !== this.client.generation) return;
      this.received += bytes.length;
      const shown = this.handlers.output(bytes);
      this.maybeExit();
      return shown;
    };
    // One round trip: the terminal's output comes to `sink` from its first byte.
    this.index = await this.client.api.openTerminal(this.rows, this.cols, Comlink.proxy(sink));
  }

  isCurrent(generation: number): boolean {
    return this.generation === generation;
  }

  /** The shell exited; tell the handlers once the output it printed is in. */
  exited(status: number, outputBytes: number): void {
    this.pendingExit = { status, outputBytes };
    this.maybeExit();
  }

  private maybeExit(): void {
    const e = this.pendingExit;
    if (!e || this.received < e.outputBytes) return;
    this.pendingExit = null;
    this.handlers.exit?.(e.status);
  }
}

/** Where a worker started ahead of need waits (embed/prewarm.ts sets it too). */
const SPARE_WORKER = Symbol.for('terrarium.spare-worker');
const slot = globalThis as unknown as Record<symbol, Worker | undefined>;

/** Start loading a machine's worker now (named `name`, see embed/warm-hint.ts); the
 *  next `MachineClient.start()` takes it. */
export function prewarmMachine(name?: string): void {
  slot[SPARE_WORKER] ??= createMachineWorker(name);
}

function takeSpare(): Worker | undefined {
  const w = slot[SPARE_WORKER];
  slot[SPARE_WORKER] = undefined;
  return w;
}

/** A machine in a worker. Create with `MachineClient.start()`. */
export class MachineClient {
  readonly api: Comlink.Remote<WorkerApi>;
  /** Bumped by every reset; output of an older machine is dropped. */
  generation = 0;
  private readonly sessions: TerminalSession[] = [];
  private readonly panicListeners: ((e: { message: string; stack: string }) => void)[] = [];

  constructor(private readonly worker: Worker) {
    this.api = Comlink.wrap<WorkerApi>(worker);
    worker.addEventListener('error', (e) => {
      this.firePanic({ message: `worker error: ${e.message}`, stack: `${e.filename}:${e.lineno}` });
    });
    void this.api.events(Comlink.proxy((e: MachineEvent) => this.onEvent(e)));
  }

  /** Boot a machine in a new worker (paced, seed 1 unless `opts` say otherwise). */
  static start(opts?: BootOptions): MachineClient {
    const worker = takeSpare() ?? createMachineWorker();
    const client = new MachineClient(worker);
    if (opts) void client.api.reset(opts);
    return client;
  }

  /** A new terminal with its own login shell (`/bin/bash -i`) on the machine. */
  async openTerminal(rows: number, cols: number, handlers: SessionHandlers): Promise<TerminalSession> {
    const session = new TerminalSession(this, rows, cols, handlers);
    this.sessions.push(session);
    await session.attach(this.generation);
    return session;
  }

  /** Throw the machine away, boot a fresh one (with `opts` from now on, if given), and
   *  give every session a new shell. */
  async reset(opts?: BootOptions): Promise<void> {
    const generation = ++this.generation;
    await this.api.reset(opts);
    for (const s of this.sessions) {
      s.handlers.reset?.();
      await s.attach(generation);
    }
  }

  /** The reader's home directory, to keep across page loads. */
  exportHome(): Promise<TreeEntry[]> {
    return this.api.exportHome();
  }

  /** Called with the report when the kernel panics (the terminals show it too). */
  onPanic(cb: (e: { message: string; stack: string }) => void): void {
    this.panicListeners.push(cb);
  }

  /** Test hook: make the kernel throw, to exercise the panic path. */
  injectPanic(): Promise<void> {
    return this.api.injectPanic();
  }

  /** Stop the worker. */
  terminate(): void {
    this.worker.terminate();
  }

  private onEvent(e: MachineEvent): void {
    if (e.type === 'panic') this.firePanic(e);
    else if (e.type === 'exit') {
      const s = this.sessions.find((x) => x.index === e.index && x.isCurrent(this.generation));
      s?.exited(e.status, e.outputBytes);
    }
  }

  private firePanic(e: { message: string; stack: string }): void {
    for (const cb of this.panicListeners) cb(e);
  }
}
