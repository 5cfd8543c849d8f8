/**
 * The player's face: the steps with their narration beside the terminal(s), the
 * controls (Previous, Run step, Next, Replay, Run all, Ctrl-C, Reset), a live status,
 * and expected and actual output side by side where a step differs. Used by the
 * `<terrarium-terminal>` element and the player page.
 */
import { MachineClient } from '../machine-client.ts';
import type { TreeEntry } from '../machine-client.ts';
import { TerminalView } from '../terminal-view.ts';
import type { ThemeName } from '../terminal-view.ts';
import { escapeThenTab } from '../embed/keyboard.ts';
import { InspectorSlot } from './inspector-slot.ts';
import { ScenarioPlayer } from './player.ts';
import type { StepResult } from './player.ts';
import { terminalCount } from './scenario.ts';
import type { PlayerScenario } from './scenario.ts';
import { prefersReducedMotion } from './typing.ts';

export interface PlayerUiOptions {
  theme?: ThemeName;
  rows?: number;
  cols?: number;
  readonly?: boolean;
  speed?: number;
  prompt?: string;
  /** A saved home directory to restore at boot. */
  home?: TreeEntry[];
  /** Events to the page: step start/end, mismatch, ready. */
  emit(name: string, detail: unknown): void;
  /** Called after a step ends and after Reset (to save the home directory). */
  afterStep?(): void;
  /** Reset was pressed (forget any saved home). */
  onReset?(): void;
  /** Start with the inspector open (default: closed until the reader or a step opens it). */
  inspectorOpen?: boolean;
}

type ButtonName = 'previous' | 'run' | 'next' | 'replay' | 'all' | 'interrupt' | 'reset';

const BUTTONS: Array<[ButtonName, string, string]> = [
  ['previous', 'Previous', 'Point at the previous step'],
  ['run', 'Run step', 'Type the current step and run it'],
  ['next', 'Next', 'Point at the next step without running it'],
  ['replay', 'Replay', 'Run the last step again'],
  ['all', 'Run all', 'Run this step and all after it'],
  ['interrupt', 'Ctrl-C', 'Interrupt what is running'],
  ['reset', 'Reset', 'Boot a fresh machine at the scenario\'s start'],
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export class PlayerUi {
  readonly root = el('div', 'terrarium-player');
  readonly client: MachineClient;
  readonly player: ScenarioPlayer;
  readonly views: TerminalView[] = [];
  private readonly buttons = new Map<ButtonName, HTMLButtonElement>();
  private readonly items: HTMLLIElement[] = [];
  private readonly status = el('p', 'terrarium-status');
  /** The inspector beside the terminals (its module loads on first use). */
  readonly inspector: InspectorSlot;

  constructor(host: HTMLElement, readonly scenario: PlayerScenario, private readonly opts: PlayerUiOptions) {
    this.client = MachineClient.start({ files: scenario.files ?? {}, home: opts.home ?? [], hosts: scenario.hosts ?? [] });
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    this.inspector = new InspectorSlot(this.client, {
      open: opts.inspectorOpen,
      onToggle: () => requestAnimationFrame(() => this.fit()),
    });
    const body = el('div', 'terrarium-body');
    body.append(this.stepList(), this.screens(), this.inspector.box);
    this.root.append(body, this.controls(), this.status, this.hint());
    host.append(this.root);
    this.player = new ScenarioPlayer(this.client, this.views, scenario, {
      instant: prefersReducedMotion,
      speed: opts.speed,
      prompt: opts.prompt,
    }, {
      stepStart: (i, step) => {
        this.onStepStart(i, step.command);
        if (step.inspect) void this.inspect(i, step.inspect);
      },
      stepEnd: (r) => this.onStepEnd(r),
      change: () => this.refresh(),
    });
    this.client.onPanic((e) => this.say(`Kernel panic: ${e.message}. Press Reset.`));
  }

  /** Connect the terminals and run the scenario's hidden setup. */
  async start(): Promise<void> {
    this.say('Booting…');
    await this.player.start();
    this.views.forEach((v) => v.fitNow());
    this.say('Ready. Run step types the next command; you can also type in the terminal.');
    this.refresh();
  }

  /** Fit the screens to their panes again (after a layout change). */
  fit(): void {
    for (const v of this.views) v.fitNow();
  }

  focus(t = 0): void {
    this.views[t]?.focus();
  }

  dispose(): void {
    this.inspector.dispose();
    this.client.terminate();
    for (const v of this.views) v.term.dispose();
  }

  private stepList(): HTMLElement {
    const pane = el('section', 'terrarium-narration');
    pane.setAttribute('aria-label', 'Steps');
    if (this.scenario.description) pane.append(el('p', 'terrarium-description', this.scenario.description));
    const list = el('ol', 'terrarium-steps');
    this.scenario.steps.forEach((step, i) => {
      const li = el('li', 'terrarium-step');
      const cmd = el('pre', 'terrarium-step-command');
      cmd.append(el('kbd', undefined, step.command));
      li.append(cmd);
      if (step.narration) li.append(el('p', 'terrarium-step-narration', step.narration));
      li.append(el('p', 'terrarium-step-result'));
      li.addEventListener('click', (e) => {
        if ((e.target as Element).closest('.terrarium-diff')) return;
        if (!this.player.busy) {
          this.player.current = i;
          this.refresh();
        }
      });
      this.items.push(li);
      list.append(li);
    });
    pane.append(list);
    return pane;
  }

  private screens(): HTMLElement {
    const box = el('div', 'terrarium-screens');
    const n = terminalCount(this.scenario);
    for (let t = 0; t < n; t++) {
      const fig = el('div', 'terrarium-screen');
      const label = `Terminal ${t + 1} of ${n}`;
      fig.setAttribute('role', 'group');
      fig.setAttribute('aria-label', label);
      if (n > 1) fig.append(el('p', 'terrarium-screen-label', `Terminal ${t + 1}`));
      const pane = el('div', this.opts.rows || this.opts.cols ? 'terrarium-pane terrarium-fixed' : 'terrarium-pane');
      fig.append(pane);
      box.append(fig);
      const view: TerminalView = new TerminalView(pane, {
        theme: this.opts.theme,
        rows: this.opts.rows,
        cols: this.opts.cols,
        readonly: this.opts.readonly,
        screenReader: true,
        keyFilter: escapeThenTab(() => fig, (d) => {
          if (!this.opts.readonly) void view.type(d);
        }),
      });
      view.term.textarea?.setAttribute('aria-describedby', 'terrarium-keyboard-hint');
      this.views.push(view);
    }
    return box;
  }

  private controls(): HTMLElement {
    const bar = el('div', 'terrarium-controls');
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Scenario controls');
    for (const [name, text, title] of BUTTONS) {
      const b = el('button', `terrarium-${name}`, text);
      b.type = 'button';
      b.title = title;
      b.addEventListener('click', () => void this.press(name));
      this.buttons.set(name, b);
      bar.append(b);
    }
    bar.append(this.inspector.button);
    return bar;
  }

  private hint(): HTMLElement {
    const p = el('p', 'terrarium-hint', 'Keyboard: in a terminal, press Esc then Tab to move on (Esc then Shift+Tab to go back).');
    if (!document.getElementById('terrarium-keyboard-hint')) p.id = 'terrarium-keyboard-hint';
    return p;
  }

  private async press(name: ButtonName): Promise<void> {
    const p = this.player;
    switch (name) {
      case 'previous': return p.previous();
      case 'next': return p.next();
      case 'run': return void (await p.runStep());
      case 'replay': return void (await p.replay());
      case 'all': return p.runAll();
      case 'interrupt': return this.interrupt();
      case 'reset': return void (await this.reset());
    }
  }

  private async interrupt(): Promise<void> {
    if (this.player.busy) {
      for (const v of this.views) await v.type('\x03');
      return;
    }
    await this.player.interrupt();
  }

  /** Boot the scenario's starting state again; reports how long it took. */
  async reset(): Promise<number> {
    const t0 = performance.now();
    this.opts.onReset?.();
    for (const li of this.items) this.clearResult(li);
    await this.player.reset();
    const ms = performance.now() - t0;
    this.say(`Reset: a fresh machine in ${Math.round(ms)} ms.`);
    this.focus();
    return ms;
  }

  private onStepStart(i: number, command: string): void {
    this.clearResult(this.items[i]!);
    this.say(`Step ${i + 1} of ${this.scenario.steps.length}: running ${command}`);
    this.opts.emit('terrarium-step-start', { index: i, command });
  }

  /** Step `i` names an inspector view: open the panel on it (a bad name shows in the panel). */
  private async inspect(i: number, spec: string): Promise<void> {
    try {
      const error = await this.inspector.show(spec);
      this.opts.emit('terrarium-inspect', { index: i, view: spec, error });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.opts.emit('terrarium-inspect', { index: i, view: spec, error: `inspector: ${message}` });
    }
  }

  private onStepEnd(r: StepResult): void {
    const li = this.items[r.index]!;
    const res = li.querySelector('.terrarium-step-result')!;
    const label = r.stillRunning ? 'Still running — press Ctrl-C to end it.'
      : r.pass === null ? 'Ran.' : r.pass ? 'Output as expected.' : 'The output differs from the page:';
    res.textContent = label;
    li.dataset.state = r.stillRunning ? 'running' : r.pass === false ? 'differs' : 'done';
    if (r.pass === false && !r.stillRunning) li.append(diffView(r.expected ?? '', r.actual ?? ''));
    this.say(`Step ${r.index + 1}: ${label}`);
    this.opts.emit('terrarium-step-end', r);
    if (r.pass === false || (r.stillRunning && r.expected !== undefined)) {
      this.opts.emit('terrarium-mismatch', { index: r.index, expected: r.expected, actual: r.actual, stillRunning: r.stillRunning });
    }
    this.opts.afterStep?.();
  }

  private clearResult(li: HTMLLIElement): void {
    li.querySelector('.terrarium-diff')?.remove();
    const res = li.querySelector('.terrarium-step-result');
    if (res) res.textContent = '';
    delete li.dataset.state;
  }

  private refresh(): void {
    const p = this.player;
    const n = this.scenario.steps.length;
    this.items.forEach((li, i) => {
      if (i === p.current) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    });
    const set = (name: ButtonName, enabled: boolean) => {
      this.buttons.get(name)!.disabled = !enabled;
    };
    set('previous', !p.busy && p.current > 0);
    set('next', !p.busy && p.current < n);
    set('run', !p.busy && p.current < n);
    set('replay', !p.busy && p.current > 0);
    set('all', !p.busy && p.current < n);
    set('interrupt', p.busy || p.stillRunning);
    set('reset', true);
    const run = this.buttons.get('run')!;
    run.textContent = p.current < n ? `Run step ${p.current + 1}` : 'Run step';
  }

  private say(text: string): void {
    this.status.textContent = text;
  }
}

/** Expected and actual output side by side. */
function diffView(expected: string, actual: string): HTMLElement {
  const box = el('div', 'terrarium-diff');
  for (const [title, text] of [['Expected (on the page)', expected], ['Actual (this machine)', actual]] as const) {
    const col = el('div', 'terrarium-diff-side');
    col.append(el('p', 'terrarium-diff-title', title), el('pre', undefined, text));
    box.append(col);
  }
  return box;
}
