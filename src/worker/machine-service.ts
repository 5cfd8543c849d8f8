/**
 * What the worker exposes to the page: terminals on one machine, driven by a SliceRunner.
 * Plain objects and functions only (no `self`), so Node tests can drive it directly; the
 * worker entry hands it to comlink.
 */
import * as Comlink from 'comlink';
import { SliceRunner, panicReport, panicText } from './runner.ts';
import type { PanicReport, SteppableMachine } from './runner.ts';
import { StepWatch } from './step-watch.ts';
import { bootMark } from './boot-mark.ts';
import type { StepEnd } from './step-watch.ts';
import type { HostDecl } from '../net/hosts/custom.ts';

export type { StepEnd };

/** One node of a directory tree copied out of the machine (paths relative to the tree). */
export interface TreeEntry {
  path: string;
  kind: 'file' | 'dir' | 'symlink';
  mode: number;
  data?: Uint8Array;
  target?: string;
}

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
  /** Nothing can run and shell `pid` is at its prompt on terminal `index` (or gone).
   *  Without it, a step ends when a slice finds nothing to do. */
  shellWaiting?(pid: number, index: number): boolean;
  writeFile?(path: string, data: string | Uint8Array, opts?: { mode?: number; uid?: number }): void;
  exportTree?(dir: string): TreeEntry[] | Promise<TreeEntry[]>;
  importTree?(dir: string, entries: TreeEntry[], uid: number): void;
  /** Add a scenario's hosts to the simulated internet (see src/net/hosts/custom.ts). */
  installHosts?(hosts: HostDecl[]): void;
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

const HOME = '/home/user';
const USER_UID = 1000;

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
  readonly watches: StepWatch[] = [];
  /** Whether the last slice left something runnable. */
  lastBusy = true;

  constructor(readonly machine: ServiceMachine, private readonly owner: MachineService) {
    const stepper: SteppableMachine = {
      step: (opts) => {
        if (this.injectPanic) throw new Error('kernel panic injected for testing');
        const result = machine.step(opts);
        this.lastBusy = result.busy;
        return result;
      },
      nowNs: () => machine.nowNs(),
    };
    this.runner = new SliceRunner(stepper, {
      deliver: (index, bytes) => this.deliver(index, bytes),
      panic: (report) => this.onPanic(report),
      afterSlice: () => {
        this.checkExits();
        this.checkSteps();
      },
      backlogged: () => owner.inFlight > MAX_IN_FLIGHT,
    });
  }

  deliver(index: number, bytes: Uint8Array): void {
    const s = this.sessions.get(index);
    if (!s) return;
    if (s.produced === 0) bootMark(`output-${index}`);
    s.produced += bytes.length;
    for (const w of this.watches) if (w.index === index) w.feed(bytes);
    if (s.sink) this.owner.send(s.sink, bytes);
    else s.early.push(bytes);
  }

  private onPanic(report: PanicReport): void {
    this.panicked = report;
    this.endWatches(true);
    console.error('terrarium: kernel panic\n' + report.stack);
    for (const [index] of this.sessions) this.deliver(index, panicText(report));
    this.owner.emit({ type: 'panic', ...report });
  }

  /** End every watch now (reset, panic): as still running unless `idle`. */
  endWatches(stillRunning: boolean): void {
    for (const w of this.watches.splice(0)) w.finish(stillRunning, false, this.machine.nowNs());
  }

  /** Is terminal `index`'s shell at its prompt with nothing else to run? */
  waiting(index: number): boolean {
    const s = this.sessions.get(index);
    if (!s) return true;
    if (this.machine.shellWaiting) return this.machine.shellWaiting(s.pid, index);
    return !this.lastBusy;
  }

  checkSteps(): void {
    for (let i = this.watches.length - 1; i >= 0; i--) {
      const w = this.watches[i]!;
      const exited = this.sessions.get(w.index)?.exited ?? true;
      if (w.check(this.waiting(w.index), exited, this.machine.nowNs())) this.watches.splice(i, 1);
    }
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
  /** Files to write after boot: absolute paths, or relative to /home/user (the
   *  reader's, mode 0755 when the text starts with "#!"). */
  files?: Record<string, string>;
  /** A tree (from exportHome) to restore into /home/user after boot. */
  home?: TreeEntry[];
  /** Hosts the scenario adds to the simulated internet (its `hosts:`). */
  hosts?: HostDecl[];
}

/** Default virtual seconds before a step counts as still running (as in verify). */
export const STEP_TIMEOUT_S = 10;

export interface ServiceOptions {
  /**
   * Files of the machine that arrive after boot (the page's Perl library): called on
   * the first keystroke to start loading them; returns a promise that settles once they
   * are in place, or null when they are. No command line reaches the machine before.
   */
  loadFiles?: () => Promise<void> | null;
}

/** A machine booted ahead of need, and the options (seed, mode) it was booted with. */
interface Spare {
  machine: ServiceMachine;
  key: string;
}

/** The boot options a machine depends on (files and home are written after boot). */
const bootKey = (o: BootOptions): string => `${o.seed ?? ''}/${o.mode ?? ''}`;

/** Input carrying a line end (Enter, Ctrl-J, a paste): it may run a command. */
const LINE_END = /[\r\n]/;

/** The worker's API (see src/ui/machine-client.ts for the page side). */
export class MachineService {
  private current: Running | null = null;
  private spare: Spare | null = null;
  private eventSinks: EventSink[] = [];
  private bootOptions: BootOptions = {};
  /** Calls waiting for the late files, in arrival order; null when none wait. */
  private held: Promise<unknown> | null = null;
  /** The terminal `prestart` opened, until the page's first openTerminal takes it. */
  private warm: number | null = null;
  inFlight = 0;

  /** `boot` makes a machine; it is first called when the machine is first needed (or
   *  by `preboot`), and must depend on no option but `seed` and `mode`. */
  constructor(private readonly boot: (opts: BootOptions) => ServiceMachine, private readonly opts: ServiceOptions = {}) {}

  /** Boot a machine now, ahead of need (the worker does while the page sets up); the
   *  next start with the same seed and mode takes it instead of booting. */
  preboot(): void {
    if (this.current || this.spare) return;
    try {
      this.spare = { machine: this.boot({ ...this.bootOptions }), key: bootKey(this.bootOptions) };
    } catch {
      // Booting again when the machine is needed reports the failure.
    }
  }

  /** Boot now and open a terminal (`rows` x `cols`) with its login shell, ahead of the
   *  page: the page's first openTerminal takes it (resized to the page's size, which the
   *  shell sees as SIGWINCH), and a reset that writes nothing before the first shell
   *  (no files, no home, the same seed and mode) keeps it. */
  prestart(rows: number, cols: number): void {
    if (this.current || this.spare) return;
    if (this.running.panicked) return;
    this.warm = this.open(rows, cols);
  }

  private get running(): Running {
    return (this.current ??= this.start());
  }

  /** Open /dev/pts/N with a login shell on it; returns N. With `sink`, its output goes
   *  there from the start (as `subscribe`). */
  openTerminal(rows: number, cols: number, sink?: OutputSink): number {
    const index = this.open(rows, cols);
    if (sink) this.subscribe(index, sink);
    return index;
  }

  private open(rows: number, cols: number): number {
    const r = this.guard();
    const warm = this.warm;
    this.warm = null;
    if (warm !== null && r.sessions.has(warm)) {
      this.resizeNow(warm, rows, cols);
      return warm;
    }
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

  input(index: number, data: string | Uint8Array): void | Promise<void> {
    const line = typeof data === 'string' ? LINE_END.test(data) : data.includes(10) || data.includes(13);
    return this.inOrder(line, true, () => this.inputNow(index, data));
  }

  private inputNow(index: number, data: string | Uint8Array): void {
    const r = this.running;
    if (r.panicked) return;
    this.session(r, index).term.input(data);
    r.runner.flush();
    r.runner.wake();
  }

  resize(index: number, rows: number, cols: number): void | Promise<void> {
    return this.inOrder(false, false, () => this.resizeNow(index, rows, cols));
  }

  private resizeNow(index: number, rows: number, cols: number): void {
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
    const next = opts ? { ...opts } : this.bootOptions;
    const keepWarm = this.warm !== null && !this.current?.panicked && bootKey(next) === bootKey(this.bootOptions)
      && !Object.keys(next.files ?? {}).length && !next.home?.length && !next.hosts?.length;
    this.bootOptions = next;
    if (keepWarm) return;
    this.warm = null;
    this.current?.runner.stop();
    this.current?.endWatches(true);
    this.current = this.start();
  }

  /**
   * Send `data` (the Enter that ends a typed command; may be empty) to terminal `index`
   * and resolve when the step ends: its shell back at the prompt with nothing runnable,
   * the shell gone, or `timeoutS` virtual seconds passed (`stillRunning`; nothing is
   * sent to the guest then). `raw` is what the terminal printed meanwhile.
   */
  runStep(index: number, data: string, timeoutS = STEP_TIMEOUT_S): Promise<StepEnd> {
    return Promise.resolve(this.inOrder(LINE_END.test(data), data !== '', () => this.runStepNow(index, data, timeoutS)));
  }

  private runStepNow(index: number, data: string, timeoutS: number): Promise<StepEnd> {
    const r = this.guard();
    const s = this.session(r, index);
    return new Promise<StepEnd>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const w = new StepWatch(index, r.machine.nowNs(), timeoutS, (end) => {
        clearTimeout(timer);
        resolve(end);
      });
      r.watches.push(w);
      // A machine with nothing to run does not slice: at the deadline, look anyway.
      timer = setTimeout(() => {
        if (r.runner.stopped) return;
        r.runner.wake();
        setTimeout(() => r.checkSteps(), 20);
      }, w.msLeft() + 5);
      if (data) s.term.input(data);
      r.runner.flush();
      r.lastBusy = true;
      r.runner.wake();
    });
  }

  /** The reader's home directory as a tree (empty when the machine cannot say). */
  async exportHome(): Promise<TreeEntry[]> {
    const r = this.guard();
    return (await r.machine.exportTree?.(HOME)) ?? [];
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

  /**
   * Run `op` now, or after the calls already held. A `line` waits for the late files
   * (`loadFiles`); `typed` input starts loading them. A failed load is reported on every
   * terminal and the call goes ahead.
   */
  private inOrder<T>(line: boolean, typed: boolean, op: () => T): T | Promise<Awaited<T>> {
    const loading = typed ? this.opts.loadFiles?.() ?? null : null;
    if (!this.held && line && loading) this.held = loading.catch((err: unknown) => this.report(err));
    if (!this.held) return op();
    // The next call waits for this one to start, not to finish (a step may run long).
    let started: () => void = () => undefined;
    const next = new Promise<void>((r) => (started = r));
    const result = this.held.then(() => {
      try {
        return op();
      } finally {
        started();
      }
    }) as Promise<Awaited<T>>;
    this.held = next;
    void next.then(() => {
      if (this.held === next) this.held = null;
    });
    return result;
  }

  private report(err: unknown): void {
    const r = this.current;
    if (!r) return;
    const text = `\r\n\x1b[31mterrarium: ${err instanceof Error ? err.message : String(err)}\x1b[0m\r\n`;
    for (const [index] of r.sessions) r.runner.collect(index, new TextEncoder().encode(text));
    r.runner.flush();
  }

  private start(): Running {
    let machine: ServiceMachine;
    const spare = this.spare;
    this.spare = null;
    try {
      machine = spare && spare.key === bootKey(this.bootOptions) ? spare.machine : this.boot({ ...this.bootOptions });
    } catch (err) {
      // A boot failure is a panic too: keep a machine-less Running that reports it.
      const report = panicReport(err);
      const dead = new Running(deadMachine(report), this);
      dead.panicked = report;
      dead.runner.stop();
      console.error('terrarium: boot failed\n' + report.stack);
      return dead;
    }
    this.install(machine);
    const r = new Running(machine, this);
    r.runner.start();
    return r;
  }

  /** Scenario files and a saved home, written before any shell starts. */
  private install(m: ServiceMachine): void {
    const { files, home, hosts } = this.bootOptions;
    if (hosts?.length) {
      if (!m.installHosts) throw new Error('this machine cannot add scenario hosts');
      m.installHosts(hosts);
    }
    if (home?.length && m.importTree) m.importTree(HOME, home, USER_UID);
    for (const [name, text] of Object.entries(files ?? {})) {
      const path = name.startsWith('/') ? name : `${HOME}/${name}`;
      m.writeFile?.(path, text, { uid: USER_UID, mode: text.startsWith('#!') ? 0o755 : 0o644 });
    }
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
      terminal: term, env: { ...SHELL_ENV }, cwd: HOME, uid: USER_UID,
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
    openTerminal: (rows: number, cols: number, sink?: OutputSink): number => service.openTerminal(rows, cols, sink),
    input: (index: number, data: string | Uint8Array): void | Promise<void> => service.input(index, data),
    resize: (index: number, rows: number, cols: number): void | Promise<void> => service.resize(index, rows, cols),
    subscribe: (index: number, sink: OutputSink): void => service.subscribe(index, sink),
    events: (sink: EventSink): void => service.events(sink),
    respawn: (index: number): void => service.respawn(index),
    reset: (opts?: BootOptions): void => service.reset(opts),
    injectPanic: (): void => service.injectPanic(),
    runStep: (index: number, data: string, timeoutS?: number): Promise<StepEnd> => service.runStep(index, data, timeoutS),
    exportHome: (): Promise<TreeEntry[]> => service.exportHome(),
  };
}

export type WorkerApi = ReturnType<typeof workerApi>;
