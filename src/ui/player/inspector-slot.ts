/**
 * The player's inspector: a toggle button and a place beside the terminals. The panel's
 * module (src/ui/inspector/panel.ts) is loaded on first use only, by the toggle or by a
 * step with an `inspect:` view, so a page that never opens it never downloads it.
 */
import type { Inspector } from '../inspector/panel.ts';
import { remoteSource } from '../inspector/source.ts';
import type { MachineClient } from '../machine-client.ts';

export interface InspectorSlotOptions {
  /** Open the panel as soon as the player starts (default: closed until asked). */
  open?: boolean;
  /** Told after the panel opens or closes (the host refits its terminals). */
  onToggle?(open: boolean): void;
}

export class InspectorSlot {
  /** Where the panel goes (an empty box until it is first loaded). */
  readonly box: HTMLElement;
  readonly button: HTMLButtonElement;
  private loading: Promise<Inspector> | null = null;
  private panel: Inspector | null = null;

  constructor(private readonly client: MachineClient, private readonly opts: InspectorSlotOptions = {}) {
    this.box = document.createElement('div');
    this.box.className = 'terrarium-inspector';
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'terrarium-inspect';
    this.button.textContent = 'Inspect';
    this.button.title = 'Show processes, sockets and packets';
    this.button.setAttribute('aria-pressed', 'false');
    this.button.addEventListener('click', () => void this.toggle());
    if (opts.open) void this.toggle(true);
  }

  /** The panel, loading its module first if need be. */
  load(): Promise<Inspector> {
    this.loading ??= import('../inspector/panel.ts').then(({ Inspector: Panel }) => {
      const panel = new Panel(remoteSource(this.client.api), {
        open: false,
        onToggle: (open) => {
          this.button.setAttribute('aria-pressed', String(open));
          this.box.dataset.open = String(open);
          this.opts.onToggle?.(open);
        },
      });
      this.box.append(panel.element);
      this.panel = panel;
      return panel;
    });
    return this.loading;
  }

  get isOpen(): boolean {
    return this.panel?.isOpen ?? false;
  }

  /** Open, close or flip the panel. */
  async toggle(open?: boolean): Promise<void> {
    const panel = await this.load();
    panel.toggle(open ?? !panel.isOpen);
  }

  /** Open the panel on a view as a step's `inspect:` names it; resolves to the error, if any. */
  async show(spec: string): Promise<string | null> {
    const panel = await this.load();
    return panel.show(spec);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
