/**
 * A command builder in the page: one labelled field per option (its explanation as the
 * field's description), the command as it stands, and Run, which types the command
 * into the page's terminal, and Copy.
 */
import { buildCommand } from './format.ts';
import type { BuilderConfig } from './format.ts';

let serial = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Render `cfg` into `container`; `run` receives the command when Run is pressed. */
export function renderBuilder(container: HTMLElement, cfg: BuilderConfig, run: (command: string) => void): HTMLElement {
  const id = `terrarium-cb-${++serial}`;
  const form = el('form', 'terrarium-command-builder');
  form.setAttribute('aria-label', cfg.description ?? 'Command builder');
  if (cfg.description) form.append(el('p', 'terrarium-cb-description', cfg.description));
  const fields: Array<() => string> = [];
  cfg.options.forEach((o, i) => {
    const row = el('div', 'terrarium-cb-field');
    const fieldId = `${id}-${i}`;
    const label = el('label', undefined, o.label);
    label.htmlFor = fieldId;
    let input: HTMLInputElement | HTMLSelectElement;
    if (o.type === 'select') {
      const select = el('select');
      for (const [value, text] of o.choices) {
        const opt = el('option', undefined, text);
        opt.value = value;
        select.append(opt);
      }
      input = select;
      fields.push(() => select.value);
    } else if (o.type === 'text') {
      const text = el('input');
      text.type = 'text';
      text.placeholder = o.placeholder ?? '';
      text.spellcheck = false;
      input = text;
      fields.push(() => text.value.trim());
    } else {
      const box = el('input');
      box.type = 'checkbox';
      input = box;
      fields.push(() => (box.checked ? 'on' : ''));
    }
    input.id = fieldId;
    row.append(label, input);
    if (o.explanation) {
      const help = el('p', 'terrarium-cb-help', o.explanation);
      help.id = `${fieldId}-help`;
      input.setAttribute('aria-describedby', help.id);
      row.append(help);
    }
    form.append(row);
  });
  const preview = el('pre', 'terrarium-cb-command');
  const code = el('code');
  preview.append(code);
  const out = el('output');
  out.append(preview);
  out.setAttribute('aria-live', 'polite');
  const command = (): string => buildCommand(cfg, fields.map((f) => f()));
  const update = (): void => {
    code.textContent = command();
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  const bar = el('div', 'terrarium-cb-actions');
  const runButton = el('button', 'terrarium-cb-run', 'Run');
  runButton.type = 'submit';
  runButton.title = 'Type this command into the terminal and run it';
  const copy = el('button', 'terrarium-cb-copy', 'Copy');
  copy.type = 'button';
  copy.addEventListener('click', () => void navigator.clipboard?.writeText(command()).catch(() => undefined));
  bar.append(runButton, copy);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run(command());
  });
  form.append(out, bar);
  update();
  container.append(form);
  return form;
}
