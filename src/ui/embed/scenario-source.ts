/**
 * Where an element's scenario comes from, in this order: a `script.terrarium-scenario`
 * child (JSON, as `terrarium render` and the MkDocs hook write it), the `src`
 * attribute (a YAML or JSON file), or the element's own text (the fence's YAML, pasted
 * as is). YAML is parsed by src/scenario/format.ts, loaded only when needed.
 */
import { scenarioFromData } from '../player/scenario.ts';
import type { PlayerScenario } from '../player/scenario.ts';

/** Parse YAML text into a scenario (errors name `where` and the line). */
export async function scenarioFromYaml(text: string, where: string): Promise<PlayerScenario> {
  const { parseScenario } = await import('../../scenario/format.ts');
  const s = parseScenario(text, where);
  const { origin: _origin, ...rest } = s;
  const steps = rest.steps.map(({ line: _line, ...step }) => dropUndefined(step));
  return scenarioFromData(dropUndefined({ ...rest, steps }), where);
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The text of a YAML scenario written directly inside the element (no markup). */
export function inlineYaml(host: HTMLElement): string | null {
  if (host.querySelector('script, figure, pre')) return null;
  const text = dedent(host.textContent ?? '');
  return text.trim() ? text : null;
}

/** Remove the indentation common to every non-blank line (HTML indents the text). */
export function dedent(text: string): string {
  const lines = text.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n') + '\n';
}

/** Read the scenario of `host` (see the module comment). */
export async function readScenario(host: HTMLElement): Promise<PlayerScenario> {
  const where = host.id ? `#${host.id}` : '<terrarium-terminal>';
  const script = host.querySelector<HTMLScriptElement>(':scope > script.terrarium-scenario');
  if (script) return scenarioFromData(JSON.parse(script.textContent ?? ''), where);
  const src = host.getAttribute('src');
  if (src) {
    const res = await fetch(src);
    if (!res.ok) throw new Error(`${src}: ${res.status} ${res.statusText}`);
    const text = await res.text();
    if (/\.json$/i.test(src) || text.trimStart().startsWith('{')) return scenarioFromData(JSON.parse(text), src);
    return scenarioFromYaml(text, src);
  }
  const yaml = inlineYaml(host);
  if (yaml) return scenarioFromYaml(yaml, where);
  throw new Error(`${where}: no scenario (a script.terrarium-scenario child, a src attribute, or YAML text)`);
}

/** The static transcript `terrarium render` writes, built in the DOM (for YAML sources). */
export function transcript(s: PlayerScenario): HTMLElement {
  const prompt = s.prompt ?? 'user@linux:~$ ';
  const fig = document.createElement('figure');
  fig.className = 'terrarium-static';
  const cap = document.createElement('figcaption');
  cap.textContent = s.title;
  const pre = document.createElement('pre');
  pre.className = 'terrarium-transcript';
  s.steps.forEach((step, i) => {
    if (i > 0) pre.append('\n');
    const p = document.createElement('span');
    p.className = 'terrarium-prompt';
    p.textContent = prompt;
    const k = document.createElement('kbd');
    k.className = 'terrarium-command';
    k.textContent = step.command;
    pre.append(p, k);
    if (step.output) {
      const o = document.createElement('samp');
      o.className = 'terrarium-output';
      o.textContent = step.output.replace(/\n$/, '');
      pre.append('\n', o);
    }
  });
  fig.append(cap, pre);
  return fig;
}
