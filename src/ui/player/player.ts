/**
 * The scenario player: one machine, one terminal view per scenario terminal, and a
 * pointer to the next step. A step is typed into its terminal, Enter is pressed, and
 * the step ends by verify's rule (the shell back at its prompt with nothing runnable,
 * or the step's timeout in virtual seconds: "still running", which Ctrl-C ends). The
 * reader may type into any terminal between steps; the machine keeps that state.
 */
import type { MachineClient, StepEnd, TreeEntry } from '../machine-client.ts';
import type { TerminalView } from '../terminal-view.ts';
import type { PlayerScenario, PlayerStep } from './scenario.ts';
import { checkStep, stepText } from './step-output.ts';
import { typeText } from './typing.ts';

export interface StepResult {
  index: number;
  command: string;
  /** What the terminal printed, prompts removed. */
  output: string;
  stillRunning: boolean;
  /** Null when the step has no expected output. */
  pass: boolean | null;
  expected?: string;
  actual?: string;
  elapsedMs: number;
}

export interface PlayerListener {
  stepStart?(index: number, step: PlayerStep): void;
  stepEnd?(result: StepResult): void;
  /** The pointer, the busy flag or a result changed. */
  change?(): void;
}

export interface PlayerOptions {
  /** Type instantly (reduced motion); asked before every step. */
  instant: () => boolean;
  speed?: number;
  /** A prompt to set in every shell (PS1), hidden like setup. */
  prompt?: string;
}

/** Seconds Ctrl-C and setup commands get before they count as stuck. */
const INTERRUPT_TIMEOUT_S = 5;
const SETUP_TIMEOUT_S = 60;
const SETTLE_TIMEOUT_S = 0.2;

export class ScenarioPlayer {
  /** Index of the next step to run. */
  current = 0;
  busy = false;
  readonly results: (StepResult | undefined)[] = [];
  /** Per terminal: the last step there is still running. */
  private running: boolean[];
  private generation = 0;

  constructor(
    private readonly client: MachineClient,
    readonly views: TerminalView[],
    readonly scenario: PlayerScenario,
    private readonly opts: PlayerOptions,
    private readonly listener: PlayerListener = {},
  ) {
    this.running = views.map(() => false);
  }

  /** Open every terminal, wait for its prompt, run the hidden setup. */
  async start(): Promise<void> {
    const hidden = this.hiddenCommands();
    for (const v of this.views) {
      if (hidden.length) v.mute();
      await v.connect(this.client);
    }
    await this.prepare(hidden);
  }

  /** Boot a fresh machine (`home` restored into /home/user if given), pointer to step 1. */
  async reset(home?: TreeEntry[]): Promise<void> {
    const generation = ++this.generation;
    this.busy = true;
    this.changed();
    const hidden = this.hiddenCommands();
    try {
      for (const v of this.views) if (hidden.length) v.mute();
      await this.client.reset({ files: this.scenario.files ?? {}, home: home ?? [], hosts: this.scenario.hosts ?? [] });
      if (generation !== this.generation) return;
      await this.prepare(hidden);
    } finally {
      if (generation === this.generation) {
        this.current = 0;
        this.results.length = 0;
        this.running = this.views.map(() => false);
        this.busy = false;
        this.changed();
      }
    }
  }

  /** Run step `index` (default: the current one); the pointer moves past it. */
  async runStep(index = this.current): Promise<StepResult | null> {
    const step = this.scenario.steps[index];
    if (!step || this.busy) return null;
    const generation = this.generation;
    this.busy = true;
    this.current = index;
    this.changed();
    try {
      const t = Math.min(step.terminal ?? 0, this.views.length - 1);
      await this.settle(t);
      this.listener.stepStart?.(index, step);
      const end = await this.typeAndRun(t, step.command, step.timeout, generation);
      if (!end || generation !== this.generation) return null;
      const result = this.result(index, step, end);
      this.results[index] = result;
      this.running[t] = end.stillRunning;
      this.current = index + 1;
      this.listener.stepEnd?.(result);
      return result;
    } finally {
      if (generation === this.generation) {
        this.busy = false;
        this.changed();
      }
    }
  }

  /** Run the current step and every one after it; stops early if the machine is reset. */
  async runAll(): Promise<void> {
    const generation = this.generation;
    while (this.current < this.scenario.steps.length && generation === this.generation) {
      const r = await this.runStep();
      if (!r) return;
    }
  }

  /** Run the step before the pointer again. */
  replay(): Promise<StepResult | null> {
    return this.runStep(Math.max(0, this.current - 1));
  }

  next(): void {
    this.move(1);
  }

  previous(): void {
    this.move(-1);
  }

  /** Type `command` and Enter into terminal `t` as a step of its own (a command builder's Run). */
  async runCommand(command: string, t = 0): Promise<StepEnd | null> {
    if (this.busy) return null;
    this.busy = true;
    this.changed();
    const generation = this.generation;
    try {
      await this.settle(t);
      const end = await this.typeAndRun(t, command, undefined, generation);
      if (end) this.running[t] = end.stillRunning;
      return end;
    } finally {
      if (generation === this.generation) {
        this.busy = false;
        this.changed();
      }
    }
  }

  /** Send Ctrl-C to terminal `t` and wait for its prompt. */
  async interrupt(t = this.lastTerminal()): Promise<void> {
    const session = this.views[t]?.session;
    if (!session) return;
    const end = await session.runStep('\x03', INTERRUPT_TIMEOUT_S);
    this.running[t] = end.stillRunning;
    this.changed();
  }

  /** Whether some terminal's last step is still running. */
  get stillRunning(): boolean {
    return this.running.some(Boolean);
  }

  /** Before typing into terminal `t`: if its last step was still running and has not
   *  ended since, end it with Ctrl-C (as verify does). */
  private async settle(t: number): Promise<void> {
    if (!this.running[t]) return;
    const end = await this.views[t]?.session?.runStep('', SETTLE_TIMEOUT_S);
    if (end?.stillRunning) await this.interrupt(t);
    this.running[t] = false;
  }

  private move(by: number): void {
    if (this.busy) return;
    this.current = Math.max(0, Math.min(this.scenario.steps.length, this.current + by));
    this.changed();
  }

  private lastTerminal(): number {
    const i = this.running.findIndex(Boolean);
    return i >= 0 ? i : 0;
  }

  private async typeAndRun(t: number, command: string, timeoutS: number | undefined, generation: number): Promise<StepEnd | null> {
    const view = this.views[t]!;
    const session = view.session;
    if (!session) return null;
    await typeText((s) => view.type(s), command.replace(/\n+$/, ''), {
      instant: this.opts.instant(),
      speed: this.opts.speed,
      cancelled: () => generation !== this.generation,
    });
    if (generation !== this.generation) return null;
    return session.runStep('\r', timeoutS);
  }

  private result(index: number, step: PlayerStep, end: StepEnd): StepResult {
    const output = stepText(end.raw, this.opts.prompt);
    const check = checkStep(step, output);
    return {
      index,
      command: step.command,
      output,
      stillRunning: end.stillRunning,
      pass: check ? check.pass && !end.stillRunning : null,
      expected: check?.expected,
      actual: check?.actual ?? output,
      elapsedMs: end.elapsedMs,
    };
  }

  /** The prompt (PS1) and the scenario's setup, run unseen before step 1. */
  private hiddenCommands(): string[] {
    const ps1 = this.opts.prompt ? [`PS1=${shellQuote(this.opts.prompt)}`] : [];
    return [...ps1, ...(this.scenario.setup ?? [])];
  }

  private async prepare(hidden: string[]): Promise<void> {
    for (const [t, v] of this.views.entries()) {
      const session = v.session;
      if (!session) continue;
      await session.runStep('');
      const commands = t === 0 ? hidden : hidden.slice(0, this.opts.prompt ? 1 : 0);
      for (const c of commands) await session.runStep(`${c.replace(/\n/g, '\r')}\r`, SETUP_TIMEOUT_S);
      v.unmute();
    }
  }

  private changed(): void {
    this.listener.change?.();
  }
}

/** Single-quote `s` for the shell. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
