/**
 * `<terrarium-command-builder>`: a ` ```command-builder ` fence in a page. Its config is
 * a `script.terrarium-command-builder` child (JSON) or the fence's YAML as its text.
 * Run types the built command into a terminal of the page: the `<terrarium-terminal>`
 * named by the `target` attribute (an id), else the nearest one before the builder,
 * else the first after it, else a new empty one placed under the builder.
 */
import { defineTerrariumTerminal, TerrariumTerminalElement } from '../embed/element.ts';
import { dedent } from '../embed/scenario-source.ts';
import { renderBuilder } from './builder.ts';
import { builderFromData } from './format.ts';
import type { BuilderConfig } from './format.ts';

export class TerrariumCommandBuilderElement extends HTMLElement {
  config: BuilderConfig | null = null;
  private rendered = false;

  connectedCallback(): void {
    if (this.rendered) return;
    this.rendered = true;
    void this.render().catch((err: unknown) => {
      const p = document.createElement('p');
      p.className = 'terrarium-error';
      p.setAttribute('role', 'alert');
      p.textContent = `This command builder could not start: ${err instanceof Error ? err.message : String(err)}`;
      this.append(p);
    });
  }

  private async render(): Promise<void> {
    if (document.readyState === 'loading') {
      await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    }
    if (!this.config) {
      const script = this.querySelector<HTMLScriptElement>(':scope > script.terrarium-command-builder');
      if (script) this.config = builderFromData(JSON.parse(script.textContent ?? ''));
      else {
        const { parse } = await import('yaml');
        this.config = builderFromData(parse(dedent(this.textContent ?? '')));
      }
    }
    for (const child of [...this.childNodes]) if (!(child instanceof HTMLScriptElement)) child.remove();
    renderBuilder(this, this.config, (cmd) => void this.terminal().typeCommand(cmd));
  }

  /** The terminal Run types into (see the module comment). */
  terminal(): TerrariumTerminalElement {
    const byId = this.getAttribute('target');
    const named = byId ? document.getElementById(byId) : null;
    if (named instanceof TerrariumTerminalElement) return named;
    const all = [...document.querySelectorAll('terrarium-terminal')].filter((t): t is TerrariumTerminalElement => t instanceof TerrariumTerminalElement);
    const before = all.filter((t) => t.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING);
    const found = before.pop() ?? all[0];
    if (found) return found;
    defineTerrariumTerminal();
    const sandbox = document.createElement('terrarium-terminal') as TerrariumTerminalElement;
    sandbox.scenario = { title: 'Sandbox', steps: [] };
    sandbox.setAttribute('preload', '');
    this.after(sandbox);
    return sandbox;
  }
}

export function defineTerrariumCommandBuilder(): void {
  defineTerrariumTerminal();
  if (!customElements.get('terrarium-command-builder')) {
    customElements.define('terrarium-command-builder', TerrariumCommandBuilderElement);
  }
}
