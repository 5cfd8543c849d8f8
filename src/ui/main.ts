/**
 * The demo page: a full-window terminal on a machine in a worker, with tabs (more
 * terminals on the same machine) and Reset.
 */
import '@xterm/xterm/css/xterm.css';
import './style.css';
import { MachineClient } from './machine-client.ts';
import { TerminalView } from './terminal-view.ts';
import { Inspector, inspectorToggle, placeBeside } from './inspector/panel.ts';
import { remoteSource } from './inspector/source.ts';

interface Tab {
  view: TerminalView;
  button: HTMLButtonElement;
}

const $ = <T extends Element>(sel: string): T => {
  const el = document.querySelector<T>(sel);
  if (!el) throw new Error(`page is missing ${sel}`);
  return el;
};

const tabsBar = $<HTMLElement>('.tabs');
const panes = $<HTMLElement>('.panes');
const status = $<HTMLElement>('.status');
const resetButton = $<HTMLButtonElement>('.reset');
const newTabButton = $<HTMLButtonElement>('.new-tab');

const client = MachineClient.start();
const inspector = new Inspector(remoteSource(client.api), { open: false });
placeBeside(panes, inspector);
resetButton.before(inspectorToggle(inspector));
const tabs: Tab[] = [];
let active = -1;
let panicked = false;

function setStatus(text: string, panic = false): void {
  status.textContent = text;
  status.classList.toggle('panic', panic);
}

function label(tab: Tab): void {
  const n = tab.view.session?.index ?? -1;
  tab.button.textContent = n >= 0 ? `pts/${n}` : '…';
}

function activate(i: number): void {
  active = i;
  tabs.forEach((t, j) => {
    t.view.pane.hidden = j !== i;
    t.button.setAttribute('aria-selected', String(j === i));
    t.button.tabIndex = j === i ? 0 : -1;
  });
  const view = tabs[i]!.view;
  view.fitNow();
  view.focus();
}

async function addTab(): Promise<void> {
  const pane = document.createElement('div');
  pane.className = 'pane';
  pane.setAttribute('role', 'tabpanel');
  panes.append(pane);
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('role', 'tab');
  tabsBar.append(button);
  const tab: Tab = { view: new TerminalView(pane), button };
  const i = tabs.push(tab) - 1;
  label(tab);
  button.addEventListener('click', () => activate(i));
  activate(i);
  try {
    await tab.view.connect(client);
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    tab.view.term.write(`\x1b[31m${text.replace(/\n/g, '\r\n')}\x1b[0m\r\n`);
  }
  label(tab);
}

async function reset(): Promise<void> {
  resetButton.disabled = true;
  setStatus('booting a fresh machine…');
  try {
    await client.reset();
    panicked = false;
    setStatus('');
  } catch (err) {
    setStatus(`reset failed: ${String(err)}`, true);
  } finally {
    resetButton.disabled = false;
    tabs.forEach(label);
    tabs[active]?.view.focus();
  }
}

client.onPanic((e) => {
  panicked = true;
  setStatus(`kernel panic: ${e.message} — press Reset`, true);
});
resetButton.addEventListener('click', () => void reset());
newTabButton.addEventListener('click', () => void addTab());

let fitQueued = false;
window.addEventListener('resize', () => {
  if (fitQueued) return;
  fitQueued = true;
  requestAnimationFrame(() => {
    fitQueued = false;
    tabs[active]?.view.fitNow();
  });
});

/** Hooks for the browser tests (and curious users in the console). */
const hooks = {
  /** Text on the screen of tab `i` (default: the active tab). */
  screenText: (i = active): string => tabs[i]?.view.screenText() ?? '',
  /** Send keystrokes to tab `i` as if typed. */
  input: (data: string, i = active): Promise<void> => tabs[i]!.view.session!.input(data),
  tabCount: (): number => tabs.length,
  activeTab: (): number => active,
  /** /dev/pts/N of tab `i`. */
  ptsIndex: (i = active): number => tabs[i]?.view.session?.index ?? -1,
  size: (i = active): { rows: number; cols: number } => {
    const t = tabs[i]!.view.term;
    return { rows: t.rows, cols: t.cols };
  },
  panicked: (): boolean => panicked,
  injectPanic: (): Promise<void> => client.injectPanic(),
  ready: addTab(),
};
(window as unknown as { __terrarium: typeof hooks }).__terrarium = hooks;
