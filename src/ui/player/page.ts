/**
 * The player page: the scenarios of `scenarios/` in a list, the chosen one (by the
 * URL's #name) played in a `<terrarium-terminal>`, and a sandbox with the Perl socket
 * one-liner builder. Works from any static server and, built as one file, from disk.
 */
import './page.css';
import scenarios from 'virtual:terrarium-scenarios';
import '../embed/index.ts';
import { TerrariumTerminalElement } from '../embed/element.ts';
import { transcript } from '../embed/scenario-source.ts';
import { TerrariumCommandBuilderElement } from '../command-builder/element.ts';
import { scenarioFromData } from './scenario.ts';
import { SOCKET_BUILDER } from './sandbox.ts';

const list = document.querySelector<HTMLUListElement>('.scenario-list')!;
const stage = document.querySelector<HTMLElement>('#stage')!;
const SANDBOX = 'sandbox';

function entries(): Array<{ name: string; title: string }> {
  return [...scenarios.map((s) => ({ name: s.name, title: String(s.data.title) })), { name: SANDBOX, title: 'Sandbox' }];
}

function show(name: string): void {
  const found = scenarios.find((s) => s.name === name);
  for (const a of list.querySelectorAll('a')) {
    if (a.hash === `#${name}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const h1 = document.createElement('h1');
  const term = document.createElement('terrarium-terminal') as TerrariumTerminalElement;
  term.setAttribute('preload', '');
  if (found) {
    const s = scenarioFromData(found.data, `scenarios/${found.name}.yaml`);
    h1.textContent = s.title;
    term.scenario = s;
    term.append(transcript(s));
    stage.replaceChildren(h1, term);
  } else {
    h1.textContent = 'Sandbox';
    term.id = 'sandbox-terminal';
    term.scenario = { title: 'Sandbox', steps: [] };
    const builder = document.createElement('terrarium-command-builder') as TerrariumCommandBuilderElement;
    builder.config = SOCKET_BUILDER;
    builder.setAttribute('target', term.id);
    stage.replaceChildren(h1, term, builder);
  }
}

for (const e of entries()) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = `#${e.name}`;
  a.textContent = e.title;
  li.append(a);
  list.append(li);
}

const current = (): string => decodeURIComponent(location.hash.slice(1)) || (scenarios[0]?.name ?? SANDBOX);
addEventListener('hashchange', () => show(current()));
show(current());

/** For tests and the console: the element on the stage. */
(window as unknown as { __player: unknown }).__player = {
  element: (): TerrariumTerminalElement | null => stage.querySelector('terrarium-terminal'),
};
