/**
 * A drop-in for the guide site's component loader: `window.RunbookComponents.terminal
 * (container, config)` where `config` is a ` ```terminal ` fence's YAML as JSON (the
 * site's hook puts it in `div.interactive-terminal[data-config]`), and
 * `commandBuilder(container, config)` for ` ```command-builder ` fences. Containers the
 * site marks that way are also set up on their own when the page loads; each container
 * is set up once.
 */
import { TerrariumCommandBuilderElement } from '../command-builder/element.ts';
import { builderFromData } from '../command-builder/format.ts';
import { scenarioFromData } from '../player/scenario.ts';
import { TerrariumTerminalElement } from './element.ts';
import { transcript } from './scenario-source.ts';

const DONE = 'terrariumReady';

export interface RunbookComponents {
  terminal(container: HTMLElement, config: unknown): TerrariumTerminalElement;
  commandBuilder(container: HTMLElement, config: unknown): TerrariumCommandBuilderElement;
}

function terminal(container: HTMLElement, config: unknown): TerrariumTerminalElement {
  const existing = container.querySelector('terrarium-terminal');
  if (container.dataset[DONE] && existing instanceof TerrariumTerminalElement) return existing;
  container.dataset[DONE] = '1';
  const scenario = scenarioFromData(config, container.id ? `#${container.id}` : 'div.interactive-terminal');
  const el = document.createElement('terrarium-terminal') as TerrariumTerminalElement;
  el.scenario = scenario;
  el.append(transcript(scenario));
  container.replaceChildren(el);
  return el;
}

function commandBuilder(container: HTMLElement, config: unknown): TerrariumCommandBuilderElement {
  const existing = container.querySelector('terrarium-command-builder');
  if (container.dataset[DONE] && existing instanceof TerrariumCommandBuilderElement) return existing;
  container.dataset[DONE] = '1';
  const el = document.createElement('terrarium-command-builder') as TerrariumCommandBuilderElement;
  el.config = builderFromData(config, container.id ? `#${container.id}` : 'div.command-builder');
  container.replaceChildren(el);
  return el;
}

/** Set up every marked container not yet set up. */
export function upgradeContainers(root: ParentNode = document): void {
  const each = (sel: string, fn: (c: HTMLElement, config: unknown) => unknown): void => {
    for (const c of root.querySelectorAll<HTMLElement>(sel)) {
      if (c.dataset[DONE]) continue;
      try {
        fn(c, JSON.parse(c.dataset.config ?? ''));
      } catch (err) {
        console.error('terrarium:', err);
        const p = document.createElement('p');
        p.className = 'terrarium-error';
        p.setAttribute('role', 'alert');
        p.textContent = `This block could not start: ${err instanceof Error ? err.message : String(err)}`;
        c.append(p);
        c.dataset[DONE] = 'failed';
      }
    }
  };
  each('div.interactive-terminal[data-config]', terminal);
  each('div.command-builder[data-config]', commandBuilder);
}

/** Install `window.RunbookComponents` (keeping any other components already there). */
export function installRunbookComponents(): void {
  const w = window as unknown as { RunbookComponents?: Record<string, unknown> };
  w.RunbookComponents = { ...(w.RunbookComponents ?? {}), terminal, commandBuilder };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => upgradeContainers(), { once: true });
  else upgradeContainers();
}
