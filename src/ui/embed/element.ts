/**
 * `<terrarium-terminal>`: a scenario in a documentation page. Before any script runs
 * its light DOM already shows the transcript (`terrarium render` writes it); the
 * element upgrades that markup, or a YAML scenario written as its text, or one named by
 * `src`. The machine boots lazily: when the element is scrolled near, on a click, or at
 * once with `preload`.
 *
 * Attributes (asciinema-player's names where they exist): `autoplay` (run every step
 * after boot), `speed` (typing speed factor), `poster` (`data:text/plain,TEXT` shown
 * before boot), `theme` (`dark`, `light`, `auto`), `rows`, `cols` (a fixed size),
 * `preload` (boot at once), `prompt` (PS1 in the machine), `readonly` (only the
 * controls drive it), `persist` (keep /home/user across reloads, in IndexedDB; the
 * value, if any, names the record), `inspector` (start with the inspector panel open;
 * otherwise it stays closed until the Inspect button or a step's `inspect:` opens it),
 * `src`.
 *
 * `data-state` says how far it got: `booting`, `ready` or `failed`.
 *
 * Events (bubbling): `terrarium-ready`, `terrarium-step-start` {index, command},
 * `terrarium-step-end` (the step's result), `terrarium-mismatch` {index, expected,
 * actual, stillRunning}, `terrarium-inspect` {index, view, error} (a step opened the
 * inspector on a view), `terrarium-error` {message}.
 */
import type { PlayerUi } from '../player/player-ui.ts';
import type { PlayerScenario } from '../player/scenario.ts';
import type { ThemeName } from '../terminal-view.ts';
import { loadPlayerUi } from './load-player.ts';
import { clearHome, loadHome, saveHome } from './persist.ts';
import { readScenario, transcript } from './scenario-source.ts';

const NEAR = '300px 0px';

export class TerrariumTerminalElement extends HTMLElement {
  /** Set before the element is connected to skip reading the light DOM. */
  scenario: PlayerScenario | null = null;
  ui: PlayerUi | null = null;
  private booting: Promise<void> | null = null;
  private observer: IntersectionObserver | null = null;
  private prepared = false;

  connectedCallback(): void {
    if (this.prepared) return;
    this.prepared = true;
    void this.prepare().catch((err: unknown) => this.fail(err));
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }

  /** Boot the machine and show the player (idempotent). */
  boot(): Promise<void> {
    this.booting ??= this.start().catch((err: unknown) => this.fail(err));
    return this.booting;
  }

  /** Type `command` and Enter into terminal `t` (booting first if need be). */
  async typeCommand(command: string, t = 0): Promise<void> {
    await this.boot();
    this.ui?.focus(t);
    await this.ui?.player.runCommand(command, t);
  }

  async runStep(): Promise<void> {
    await this.boot();
    await this.ui?.player.runStep();
  }

  async runAll(): Promise<void> {
    await this.boot();
    await this.ui?.player.runAll();
  }

  /** Back to the scenario's start; resolves to the milliseconds it took. */
  async reset(): Promise<number> {
    await this.boot();
    return this.ui ? this.ui.reset() : 0;
  }

  /** Open the inspector on a view ("processes", "sequence port=9900"); resolves to the error, if any. */
  async inspect(spec: string): Promise<string | null> {
    await this.boot();
    return this.ui ? this.ui.inspector.show(spec) : 'inspector: the machine did not start';
  }

  /** The text on terminal `t`'s screen (rows right-trimmed, trailing blank rows dropped). */
  screenText(t = 0): string {
    return this.ui?.views[t]?.screenText() ?? '';
  }

  private async prepare(): Promise<void> {
    if (document.readyState === 'loading') {
      // Defined before the parser reached our children: wait for them.
      await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    }
    this.scenario ??= await readScenario(this);
    if (!this.querySelector(':scope > figure.terrarium-static')) {
      this.textContent = '';
      this.append(transcript(this.scenario));
    }
    this.showPoster();
    this.classList.add('terrarium-upgraded');
    const fig = this.querySelector<HTMLElement>(':scope > figure.terrarium-static')!;
    fig.tabIndex = 0;
    fig.title = 'Run this scenario in a machine in the page';
    fig.addEventListener('click', () => void this.boot(), { once: true });
    fig.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        void this.boot();
      }
    });
    if (this.hasAttribute('preload') || this.hasAttribute('autoplay') || typeof IntersectionObserver !== 'function') {
      void this.boot();
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.observer?.disconnect();
        void this.boot();
      }
    }, { rootMargin: NEAR });
    this.observer.observe(this);
  }

  private showPoster(): void {
    const poster = this.getAttribute('poster');
    const prefix = 'data:text/plain,';
    if (!poster?.startsWith(prefix)) return;
    const pre = document.createElement('pre');
    pre.className = 'terrarium-poster';
    pre.textContent = decodeURIComponent(poster.slice(prefix.length));
    this.querySelector(':scope > figure.terrarium-static pre')?.setAttribute('hidden', '');
    this.querySelector(':scope > figure.terrarium-static')?.append(pre);
  }

  private async start(): Promise<void> {
    this.observer?.disconnect();
    this.scenario ??= await readScenario(this);
    const key = this.persistKey();
    const home = key ? await loadHome(key) : undefined;
    const num = (name: string): number | undefined => {
      const v = Number(this.getAttribute(name));
      return this.hasAttribute(name) && Number.isFinite(v) && v > 0 ? v : undefined;
    };
    const { PlayerUi } = await loadPlayerUi();
    performance.mark('terrarium:player-loaded');
    const live = document.createElement('div');
    live.className = 'terrarium-live';
    this.append(live);
    const ui = new PlayerUi(live, this.scenario, {
      theme: this.theme(),
      rows: num('rows'),
      cols: num('cols'),
      readonly: this.hasAttribute('readonly'),
      speed: num('speed'),
      prompt: this.getAttribute('prompt') ?? undefined,
      home,
      emit: (name, detail) => this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true })),
      afterStep: () => void this.save(),
      onReset: () => void (key && clearHome(key)),
      inspectorOpen: this.hasAttribute('inspector'),
    });
    this.ui = ui;
    this.querySelector<HTMLElement>(':scope > figure.terrarium-static')!.hidden = true;
    this.classList.add('terrarium-live-mode');
    if (key) addEventListener('pagehide', () => void this.save());
    this.dataset.state = 'booting';
    await ui.start();
    this.dataset.state = 'ready';
    performance.mark('terrarium:ready');
    this.dispatchEvent(new CustomEvent('terrarium-ready', { bubbles: true }));
    if (this.hasAttribute('autoplay')) await ui.player.runAll();
  }

  private persistKey(): string | null {
    if (!this.hasAttribute('persist')) return null;
    const v = this.getAttribute('persist');
    return v || `${location.pathname}#${this.scenario?.title ?? ''}`;
  }

  private async save(): Promise<void> {
    const key = this.persistKey();
    if (!key || !this.ui) return;
    await saveHome(key, await this.ui.client.exportHome());
  }

  private theme(): ThemeName {
    const t = this.getAttribute('theme');
    if (t === 'light' || t === 'dark') return t;
    if (t === 'auto' && matchMedia('(prefers-color-scheme: light)').matches) return 'light';
    return 'dark';
  }

  private fail(err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    console.error('terrarium:', err);
    this.dataset.state = 'failed';
    const p = document.createElement('p');
    p.className = 'terrarium-error';
    p.setAttribute('role', 'alert');
    p.textContent = `This terminal could not start: ${message}`;
    this.append(p);
    this.dispatchEvent(new CustomEvent('terrarium-error', { detail: { message }, bubbles: true }));
  }
}

/** Register the element (once). */
export function defineTerrariumTerminal(): void {
  if (!customElements.get('terrarium-terminal')) customElements.define('terrarium-terminal', TerrariumTerminalElement);
}
