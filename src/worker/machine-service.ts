/**
 * What the worker exposes to the page: terminals on one machine, driven by a SliceRunner.
 * Plain objects and functions only (no `self`), so Node tests can drive it directly; the
 * worker entry hands it to comlink.
 */
import * as Comlink from 'comlink';
import { SliceRunner, panicReport, panicText } from './runner.ts';
import type { PanicReport, SteppableMachine } from './runner.ts';

/** The part of a kernel Terminal the service uses. */
export interface ServiceTerminal {
  readonly index: number;
  input(data: string | Uint8Array): void;
  onOutput(cb: (data: Uint8Array) => void): void;
  resize(rows: number, cols: number): void;
  hangup(): void;
}

/** The part of a kernel Machine the service uses. */
export interface ServiceMachine extends SteppableMachine {
  openTerminal(opts?: { rows?: number; cols?: number }): ServiceTerminal;
  spawn(argv: string[], opts?: {
    terminal?: ServiceTerminal; env?: Record<string, string>; cwd?: string; uid?: number;
  }): number;
  exitStatus(pid: number): number | null;
}

export type MachineEvent =
  | { type: 'panic'; message: string; stack: string }
  /** `outputBytes`: how many bytes the terminal had printed by then (show those first). */
  | { type: 'exit'; index: number; status: number; outputBytes: number };

/** Receives a batch of output; may return a promise that settles once it is shown. */
export type OutputSink = (data: Uint8Array) => unknown;
export type EventSink = (event: MachineEvent) => unknown;

/** How each terminal's login shell is started. */
export const SHELL_ARGV = ['/bin/bash', '-i'];
export const SHELL_ENV: Record<string, string> = {
  TERM: 'xterm-256color',
  HOME: '/home/user',
  USER: 'user',
  LOGNAME: 'user',
  SHELL: '/bin/bash',
  PATH: '/usr/local/bin:/usr/bin:/bin',
};

/** Bytes in flight to the page beyond which the machine pauses (the page catches up). */
const MAX_IN_FLIGHT = 1 << 20;

interface Session {
  term: ServiceTerminal;
  pid: number;
  exited: boolean;
  sink: OutputSink | null;
  early: Uint8Array[];
  /** Bytes of output so far. */
  produced: number;
}

/** One live machine: its runner and its terminals. Thrown away whole on reset. */
class Running {
  readonly sessions = new Map<number, Session>();
  readonly runner: SliceRunner;
  injectPanic = false;
  panicked: PanicReport | null = null;

  constructor(readonly machine: ServiceMachine, private readonly owner: MachineService) {
    const stepper: SteppableMachine = {
      step: (opts) => {
        if (this.injectPanic) throw new Error('kernel panic injected for testing');
        return machine.step(opts);
      },
      nowNs: () => machine.nowNs(),
    };
    this.runner = new SliceRunner(stepper, {
      deliver: (index, bytes) => this.deliver(index, bytes),
      panic: (report) => this.onPanic(report),
      afterSlice: () => this.checkExits(),
      backlogged: () => owner.inFlight > MAX_IN_FLIGHT,
    });
  }

  deliver(index: number, bytes: Uint8Array): void {
    const s = this.sessions.get(index);
    if (!s) return;
    s.produced += bytes.length;
    if (s.sink) this.owner.send(s.sink, bytes);
    else s.early.push(bytes);
  }

  private onPanic(report: PanicReport): void {
    this.panicked = report;
    console.error('terrarium: kernel panic\n' + report.stack);
    for (const [index] of this.sessions) this.deliver(index, panicText(report));
    this.owner.emit({ type: 'panic', ...report });
  }

  private checkExits(): void {
    for (const [index, s] of this.sessions) {
      if (s.exited) continue;
      const status = this.machine.exitStatus(s.pid);
      if (status === null) continue;
      s.exited = true;
      this.owner.emit({ type: 'exit', index, status, outputBytes: s.produced });
    }
  }
}

/** How a machine is booted: a seed for its PRNGs, and whether time is paced to the wall. */
export interface BootOptions {
  seed?: number;
  mode?: 'fast' | 'paced';
}

/** The worker's API (see src/ui/machine-client.ts for the page side). */
export class MachineService {
  private current: Running | null = null;
  private eventSinks: EventSink[] = [];
  private bootOptions: BootOptions = {};
  inFlight = 0;

  /** `boot` makes a machine; it is first called when the machine is first needed. */
  constructor(private readonly boot: (opts: BootOptions) => ServiceMachine) {}

  private get running(): Running {
    return (this.current ??= this.start());
  }

  /** Open /dev/pts/N with a login shell on it; returns N. */
  openTerminal(rows: number, cols: number): number {
    const r = this.guard();
    const term = r.machine.openTerminal({ rows, cols });
    const session: Session = { term, pid: -1, exited: false, sink: null, early: [], produced: 0 };
    r.sessions.set(term.index, session);
    term.onOutput((data) => r.runner.collect(term.index, data));
    session.pid = this.spawnShell(r, term);
    r.runner.wake();
    return term.index;
  }

  /** Start a new login shell on a terminal whose shell has exited. */
  respawn(index: number): void {
    const r = this.guard();
    const s = this.session(r, index);
    if (!s.exited) return;
    s.exited = false;
    s.pid = this.spawnShell(r, s.term);
    r.runner.wake();
  }

  input(index: number, data: string | Uint8Array): void {
    const r = this.running;
    if (r.panicked) return;
    this.session(r, index).term.input(data);
    r.runner.flush();
    r.runner.wake();
  }

  resize(index: number, rows: number, cols: number): void {
    const r = this.running;
    if (r.panicked) return;
    this.session(r, index).term.resize(rows, cols);
    r.runner.wake();
  }

  /** Send terminal `index`'s output to `sink`, starting with anything already printed. */
  subscribe(index: number, sink: OutputSink): void {
    const s = this.session(this.running, index);
    s.sink = sink;
    for (const bytes of s.early.splice(0)) this.send(sink, bytes);
  }

  /** Receive panics and shell exits. */
  events(sink: EventSink): void {
    this.eventSinks.push(sink);
    const panicked = this.current?.panicked;
    if (panicked) this.emit({ type: 'panic', ...panicked });
  }

  /** Throw the machine away and boot a fresh one (with `opts`, if given, from now on);
   *  terminals must be reopened. */
  reset(opts?: BootOptions): void {
    if (opts) this.bootOptions = { ...opts };
    this.current?.runner.stop();
    this.current = this.start();
  }

  /** Make the next slice throw, as a kernel bug would (for tests of the panic path). */
  injectPanic(): void {
    this.running.injectPanic = true;
    this.running.runner.wake();
  }

  /** Stop for good. */
  dispose(): void {
    this.current?.runner.stop();
  }

  send(sink: OutputSink, bytes: Uint8Array): void {
    const n = bytes.length;
    let ack: unknown;
    try {
      ack = sink(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]));
    } catch (err) {
      console.error('terrarium: output subscriber failed', err);
      return;
    }
    if (!(ack instanceof Promise)) return;
    this.inFlight += n;
    const done = () => {
      this.inFlight -= n;
      this.current?.runner.wake();
    };
    ack.then(done, done);
  }

  emit(event: MachineEvent): void {
    for (const sink of this.eventSinks) {
      try {
        const p = sink(event);
        if (p instanceof Promise) p.catch(() => undefined);
      } catch (err) {
        console.error('terrarium: event subscriber failed', err);
      }
    }
  }

  private start(): Running {
    let machine: ServiceMachine;
    try {
      machine = this.boot({ ...this.bootOptions });
    } catch (err) {
      // A boot failure is a panic too: keep a machine-less Running that reports it.
      const report = panicReport(err);
      const dead = new Running(deadMachine(report), this);
      dead.panicked = report;
      dead.runner.stop();
      console.error('terrarium: boot failed\n' + report.stack);
      return dead;
    }
    const r = new Running(machine, this);
    r.runner.start();
    return r;
  }

  private guard(): Running {
    const r = this.running;
    if (r.panicked) throw new Error(`kernel panic: ${r.panicked.message}\n${r.panicked.stack}`);
    return r;
  }

  private session(r: Running, index: number): Session {
    const s = r.sessions.get(index);
    if (!s) throw new Error(`no terminal /dev/pts/${index}`);
    return s;
  }

  private spawnShell(r: Running, term: ServiceTerminal): number {
    return r.machine.spawn(SHELL_ARGV, {
      terminal: term, env: { ...SHELL_ENV }, cwd: '/home/user', uid: 1000,
    });
  }
}

function deadMachine(report: PanicReport): ServiceMachine {
  const fail = (): never => {
    throw new Error(report.message);
  };
  return { step: fail, nowNs: () => 0, openTerminal: fail, spawn: fail, exitStatus: () => null };
}

/** The methods the worker exposes through comlink (nothing else of the service leaks). */
export function workerApi(service: MachineService) {
  return {
    openTerminal: (rows: number, cols: number): number => service.openTerminal(rows, cols),
    input: (index: number, data: string | Uint8Array): void => service.input(index, data),
    resize: (index: number, rows: number, cols: number): void => service.resize(index, rows, cols),
    subscribe: (index: number, sink: OutputSink): void => service.subscribe(index, sink),
    events: (sink: EventSink): void => service.events(sink),
    respawn: (index: number): void => service.respawn(index),
    reset: (opts?: BootOptions): void => service.reset(opts),
    injectPanic: (): void => service.injectPanic(),
  };
}

export type WorkerApi = ReturnType<typeof workerApi>;
