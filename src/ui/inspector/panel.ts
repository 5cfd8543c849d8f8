/**
 * The inspector panel: tabs for Processes, Sockets, Sequence, Files and
 * Lifecycle beside the terminal, fed by polling the machine's worker while
 * open (never while closed or while the page is hidden). The state lives in
 * immer producers (state.ts); this file turns it into DOM and DOM events
 * into state changes.
 */
import './inspector.css';
import { lifeOf } from '../../inspect/lifecycle.ts';
import { lifeToMermaid, toMermaid } from '../../inspect/mermaid.ts';
import { buildSequence, connections, type SequenceFilter, type SequenceModel } from '../../inspect/sequence.ts';
import { parseInspect, VIEWS } from '../../inspect/spec.ts';
import { copyText, download, svgBlob, svgToPng } from './export.ts';
import type { InspectSource } from './source.ts';
import * as S from './state.ts';
import { lifecycleSvg, relTime, sequenceSvg } from './svg.ts';
import { el, filesView, processesView, socketsView } from './views.ts';

export interface InspectorOptions {
  /** Start open (the page) or closed (embeds). */
  open?: boolean;
  /** Poll period while open. */
  intervalMs?: number;
  /** Told after the panel opens or closes (the host refits its terminal). */
  onToggle?: (open: boolean) => void;
}

/** Arrows the panel draws at most (the export draws all). */
const DRAWN_ARROWS = 300;

/** A poll is drawn only after this many times the last drawing's duration has passed. */
const RENDER_DUTY = 10;

const TITLES: Record<S.ViewName, string> = {
  processes: 'Processes', sockets: 'Sockets', sequence: 'Sequence', files: 'Files', lifecycle: 'Lifecycle',
};

export class Inspector {
  readonly element: HTMLElement;
  private state: S.InspectorState;
  private readonly body: HTMLElement;
  private readonly errorBox: HTMLElement;
  private readonly tabs = new Map<S.ViewName, HTMLButtonElement>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private polling = false;
  private known = new Set<number>();
  private readonly intervalMs: number;
  /** When the last drawing ended and how long it took (ms). */
  private drawnAt = 0;
  private drawMs = 0;
  private modelMemo: { events: readonly unknown[]; key: string; model: SequenceModel } | null = null;
  /** The state last drawn, when polls have moved on since. */
  private stale: S.InspectorState | null = null;

  constructor(private readonly source: InspectSource, private readonly opts: InspectorOptions = {}) {
    this.state = S.initialState(opts.open ?? false);
    this.intervalMs = opts.intervalMs ?? 400;
    const bar = el('div', { class: 'inspector-bar', role: 'tablist', 'aria-label': 'Inspector views' });
    for (const v of VIEWS) {
      const b = el('button', { type: 'button', role: 'tab', 'data-view': v }, TITLES[v]);
      b.addEventListener('click', () => this.update(S.setView(this.state, v)));
      this.tabs.set(v, b);
      bar.append(b);
    }
    const close = el('button', { type: 'button', class: 'inspector-close', title: 'Close the inspector', 'aria-label': 'Close' }, '×');
    close.addEventListener('click', () => this.toggle(false));
    bar.append(close);
    this.errorBox = el('div', { class: 'inspector-error', role: 'alert' });
    this.body = el('div', { class: 'inspector-body' });
    this.element = el('aside', { class: 'inspector', 'aria-label': 'Machine inspector' }, bar, this.errorBox, this.body);
    this.update(this.state, true);
  }

  get current(): S.InspectorState {
    return this.state;
  }

  get isOpen(): boolean {
    return this.state.open;
  }

  /** Open, close, or flip the panel. */
  toggle(open = !this.state.open): void {
    this.update(S.setOpen(this.state, open), true);
  }

  /** Open on a view named as a scenario step names it ("sequence port=9900"). Returns the error, if any. */
  show(spec: string): string | null {
    const v = parseInspect(spec);
    if ('error' in v) {
      this.update(S.showError(S.setOpen(this.state, true), v.error), true);
      return v.error;
    }
    this.update(S.showView(this.state, v), true);
    return null;
  }

  /** Stop polling for good (the host is going away). */
  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.state = S.setOpen(this.state, false);
  }

  // ---- models of the current state (also what the exports save)

  sequenceFilter(): SequenceFilter {
    const q = this.state.sequence;
    return q.conn !== null ? { conn: q.conn } : q.port !== null ? { port: q.port } : { all: true };
  }

  /** The diagram of the current events and filter (rebuilt only when either changed). */
  sequenceModel(): SequenceModel {
    const filter = this.sequenceFilter();
    const key = JSON.stringify(filter);
    const memo = this.modelMemo;
    if (memo && memo.events === this.state.events && memo.key === key) return memo.model;
    const model = buildSequence(this.state.events, filter);
    this.modelMemo = { events: this.state.events, key, model };
    return model;
  }

  /** Arrows shown under the slider's time cut. */
  visibleArrows(model: SequenceModel): number {
    const at = this.state.sequence.atNs;
    return at === null ? model.arrows.length : model.arrows.filter((a) => a.timeNs <= at).length;
  }

  sequenceSvg(): string {
    const m = this.sequenceModel();
    return sequenceSvg(m, this.visibleArrows(m));
  }

  mermaid(): string {
    const m = this.sequenceModel();
    return toMermaid({ ...m, arrows: m.arrows.slice(0, this.visibleArrows(m)) });
  }

  lifecycleSvg(): string {
    const pid = this.lifecyclePid();
    return lifecycleSvg(pid === null ? [] : lifeOf(this.state.events, pid), pid === null ? 'process life' : `life of pid ${pid}`);
  }

  lifecycleMermaid(): string {
    const pid = this.lifecyclePid();
    return lifeToMermaid(pid === null ? [] : lifeOf(this.state.events, pid));
  }

  private lifecyclePid(): number | null {
    const chosen = S.lifecyclePid(this.state);
    if (chosen !== null) return chosen;
    const procs = this.state.snapshot?.procs ?? [];
    return procs.length ? procs[procs.length - 1]!.pid : null;
  }

  // ---- state changes, polling, rendering

  /**
   * Take a new state and draw it. A poll's state is drawn only once the
   * panel has been idle for RENDER_DUTY times as long as its last drawing
   * took, so a busy machine's stream costs the page's thread a bounded share
   * (the guest runs in the worker, but on a small machine they share cores).
   */
  private update(next: S.InspectorState, force = false, fromPoll = false): void {
    const prev = this.state;
    this.state = next;
    if (prev.open !== next.open) {
      this.opts.onToggle?.(next.open);
      this.element?.dispatchEvent(new CustomEvent('inspector-toggle', { detail: next.open }));
    }
    if (next.open) this.schedule(0);
    if (!force && next === prev) return;
    if (fromPoll && performance.now() < this.drawnAt + this.drawMs * RENDER_DUTY) {
      this.stale ??= prev;
      return;
    }
    const t0 = performance.now();
    this.render(this.stale ?? prev);
    this.stale = null;
    this.drawnAt = performance.now();
    this.drawMs = this.drawnAt - t0;
  }

  private schedule(ms: number): void {
    if (this.polling || (this.timer !== null && ms > 0)) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tick();
    }, ms);
  }

  private async tick(): Promise<void> {
    if (!this.state.open) return;
    if (typeof document !== 'undefined' && document.hidden) {
      this.schedule(this.intervalMs);
      return;
    }
    this.polling = true;
    try {
      const p = await this.source.poll(this.state.cursor, this.state.generation);
      this.update(S.applyPoll(this.state, p), false, true);
    } catch (err) {
      this.update(S.showError(this.state, `inspector: ${err instanceof Error ? err.message : String(err)}`));
    } finally {
      this.polling = false;
    }
    if (this.state.open) this.schedule(this.intervalMs);
  }

  private render(prev: S.InspectorState): void {
    const s = this.state;
    this.element.hidden = !s.open;
    for (const [v, b] of this.tabs) b.setAttribute('aria-selected', String(v === s.view));
    this.errorBox.textContent = s.error ?? '';
    this.errorBox.hidden = s.error === null;
    if (!s.open) return;
    const snap = s.snapshot;
    if (!snap) {
      this.body.replaceChildren(el('p', { class: 'empty' }, 'waiting for the machine…'));
      return;
    }
    const keepControls = prev.view === s.view && this.body.dataset.view === s.view;
    switch (s.view) {
      case 'processes':
        this.body.replaceChildren(processesView(snap, s.events, this.known, (pid) => this.update(S.setView(S.choosePid(this.state, pid), 'lifecycle'))));
        this.known = new Set(snap.procs.map((p) => p.pid));
        break;
      case 'sockets':
        this.body.replaceChildren(socketsView(snap));
        break;
      case 'files':
        this.body.replaceChildren(filesView(snap));
        break;
      case 'sequence':
        this.renderSequence(keepControls);
        break;
      case 'lifecycle':
        this.renderLifecycle(keepControls);
        break;
    }
    this.body.dataset.view = s.view;
  }

  private renderSequence(keep: boolean): void {
    if (!keep || !this.body.querySelector('.seq-controls')) this.body.replaceChildren(this.sequenceControls());
    const model = this.sequenceModel();
    const visible = this.visibleArrows(model);
    const pick = this.body.querySelector<HTMLSelectElement>('select.seq-pick')!;
    const options = this.connectionOptions();
    const sig = options.map((o) => o[0]).join('|');
    if (pick.dataset.sig !== sig) {
      pick.replaceChildren(...options.map(([value, label]) => el('option', { value }, label)));
      pick.dataset.sig = sig;
    }
    const q = this.state.sequence;
    pick.value = q.conn !== null ? `conn:${q.conn}` : q.port !== null ? `port:${q.port}` : 'all';
    const slider = this.body.querySelector<HTMLInputElement>('input.seq-time')!;
    slider.max = String(model.arrows.length);
    if (document.activeElement !== slider || q.atNs === null) slider.value = String(visible);
    const at = visible > 0 ? model.arrows[visible - 1]!.timeNs : model.startNs;
    this.body.querySelector('.seq-clock')!.textContent =
      `${visible}/${model.arrows.length} segments · ${relTime(at, model.startNs)}${q.atNs === null ? ' · live' : ''}${this.droppedNote()}`;
    this.body.querySelector('.seq-svg')!.innerHTML = sequenceSvg(model, visible, 'TCP sequence', DRAWN_ARROWS);
  }

  /** Said wherever a picture may lack its beginning because old events were dropped. */
  private droppedNote(): string {
    const n = this.state.lost;
    return n ? ` · ${n} older events dropped, the start is missing` : '';
  }

  private connectionOptions(): Array<[string, string]> {
    const conns = connections(this.state.events);
    const ports = [...new Set(conns.map((c) => Number(c.server.slice(c.server.lastIndexOf(':') + 1))))];
    const q = this.state.sequence;
    if (q.port !== null && !ports.includes(q.port)) ports.push(q.port);
    return [['all', 'all traffic'],
      ...ports.map((p): [string, string] => [`port:${p}`, `all on port ${p}`]),
      ...conns.map((c): [string, string] => [`conn:${c.key}`, `${c.proto} ${c.client} → ${c.server}`])];
  }

  private sequenceControls(): HTMLElement {
    const pick = el('select', { class: 'seq-pick', 'aria-label': 'Connection' });
    pick.addEventListener('change', () => {
      const v = pick.value;
      if (v.startsWith('conn:')) this.update(S.chooseConnection(this.state, v.slice(5)));
      else this.update(S.showView(this.state, { view: 'sequence', port: v.startsWith('port:') ? Number(v.slice(5)) : undefined }));
    });
    const slider = el('input', { type: 'range', class: 'seq-time', min: '0', step: '1', 'aria-label': 'Time' });
    slider.addEventListener('input', () => {
      const model = this.sequenceModel();
      const n = Number(slider.value);
      const at = n >= model.arrows.length ? null : n === 0 ? model.startNs - 1 : model.arrows[n - 1]!.timeNs;
      this.update(S.scrubTo(this.state, at));
    });
    return el('div', { class: 'view-sequence' },
      el('div', { class: 'seq-controls' }, pick, slider, el('span', { class: 'seq-clock' }),
        ...this.exportButtons('sequence', () => this.sequenceSvg(), () => this.mermaid())),
      el('div', { class: 'seq-svg diagram' }));
  }

  /** SVG, PNG and Mermaid buttons saving `name`.svg/.png/.mmd; a failure shows in the panel. */
  private exportButtons(name: string, svg: () => string, mermaid: () => string): HTMLButtonElement[] {
    const button = (label: string, cls: string, fn: () => void | Promise<void>): HTMLButtonElement => {
      const b = el('button', { type: 'button', class: cls }, label);
      b.addEventListener('click', () => void Promise.resolve(fn()).catch((e: unknown) => this.update(S.showError(this.state, String(e)))));
      return b;
    };
    return [
      button('SVG', 'export-svg', () => download(`${name}.svg`, svgBlob(svg()))),
      button('PNG', 'export-png', async () => download(`${name}.png`, await svgToPng(svg()))),
      button('Mermaid', 'export-mermaid', async () => {
        const text = mermaid();
        await copyText(text);
        download(`${name}.mmd`, new Blob([text], { type: 'text/plain' }));
      }),
    ];
  }

  private renderLifecycle(keep: boolean): void {
    if (!keep || !this.body.querySelector('.life-controls')) {
      const pick = el('select', { class: 'life-pick', 'aria-label': 'Process' });
      pick.addEventListener('change', () => this.update(S.choosePid(this.state, Number(pick.value))));
      this.body.replaceChildren(el('div', { class: 'view-lifecycle' },
        el('div', { class: 'life-controls' }, pick, ...this.exportButtons('lifecycle', () => this.lifecycleSvg(), () => this.lifecycleMermaid())),
        el('div', { class: 'life-note' }), el('div', { class: 'life-svg diagram' })));
    }
    const pick = this.body.querySelector<HTMLSelectElement>('select.life-pick')!;
    const pids = new Map<number, string>();
    for (const e of this.state.events) {
      if (e.type === 'exec') pids.set(e.pid, e.argv.join(' '));
      else if (e.type === 'fork') pids.set(e.child, pids.get(e.pid) ?? '');
    }
    for (const p of this.state.snapshot?.procs ?? []) pids.set(p.pid, p.cmdline || p.comm);
    const pid = this.lifecyclePid();
    if (pid !== null && !pids.has(pid)) pids.set(pid, '');
    const options = [...pids].sort((a, b) => a[0] - b[0]);
    const sig = options.map((o) => o.join(' ')).join('|');
    if (pick.dataset.sig !== sig) {
      pick.replaceChildren(...options.map(([p, cmd]) => el('option', { value: String(p) }, `${p} ${cmd}`.slice(0, 60))));
      pick.dataset.sig = sig;
    }
    if (pid !== null) pick.value = String(pid);
    this.body.querySelector('.life-note')!.textContent = this.droppedNote().replace(/^ · /, '');
    this.body.querySelector('.life-svg')!.innerHTML = this.lifecycleSvg();
  }
}

/** A toolbar button that opens and closes `inspector` (aria-pressed follows it). */
export function inspectorToggle(inspector: Inspector, label = 'Inspect'): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'inspector-toggle', title: 'Show processes, sockets and packets' }, label);
  const sync = (): void => b.setAttribute('aria-pressed', String(inspector.isOpen));
  b.addEventListener('click', () => {
    inspector.toggle();
    sync();
  });
  inspector.element.addEventListener('inspector-toggle', sync);
  sync();
  return b;
}

/** Put the panel beside `panes` (wrapping it in a row); window resize tells terminals to refit. */
export function placeBeside(panes: HTMLElement, inspector: Inspector): HTMLElement {
  const row = el('div', { class: 'inspector-split' });
  panes.replaceWith(row);
  row.append(panes, inspector.element);
  inspector.element.addEventListener('inspector-toggle', () => window.dispatchEvent(new Event('resize')));
  return row;
}
