/**
 * The inspector's test page: one terminal and the inspector beside it, on a
 * worker that exposes the inspector API. Hooks for the tests are on
 * `window.__terrarium` (as on the demo page) and `window.__inspector`.
 */
import '@xterm/xterm/css/xterm.css';
import '../../src/ui/style.css';
import { MachineClient } from '../../src/ui/machine-client.ts';
import { TerminalView } from '../../src/ui/terminal-view.ts';
import { Inspector, inspectorToggle, placeBeside } from '../../src/ui/inspector/panel.ts';
import { remoteSource } from '../../src/ui/inspector/source.ts';

const panes = document.querySelector<HTMLElement>('.panes')!;
const pane = panes.querySelector<HTMLElement>('.pane')!;
const worker = new Worker(new URL('./inspector.worker.ts', import.meta.url), { type: 'module', name: 'terrarium-machine' });
const client = new MachineClient(worker);
const view = new TerminalView(pane);
const open = new URLSearchParams(location.search).get('inspector') !== 'closed';
const inspector = new Inspector(remoteSource(client.api), { open });
placeBeside(panes, inspector);
document.querySelector('.toolbar')!.insertBefore(inspectorToggle(inspector), document.querySelector('.status'));

const hooks = {
  screenText: (): string => view.screenText(),
  input: (data: string): Promise<void> => view.session!.input(data),
  tabCount: (): number => 1,
  activeTab: (): number => 0,
  ready: view.connect(client).then(() => {
    view.fitNow();
    view.focus();
  }),
};
window.addEventListener('resize', () => view.fitNow());
(window as unknown as { __terrarium: typeof hooks }).__terrarium = hooks;
(window as unknown as { __inspector: Inspector }).__inspector = inspector;
