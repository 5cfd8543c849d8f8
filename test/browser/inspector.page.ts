/**
 * The inspector's test page: one terminal and the inspector beside it, on
 * the page's own machine worker (the Perl engine arrives on the first
 * keystroke, as on the demo page). `?scenario=NAME` boots the machine with
 * that scenario's files (scenarios/NAME.yaml) and puts its data on the
 * hooks; `?inspector=closed` starts with the panel closed. Hooks for the
 * tests are on `window.__terrarium` (as on the demo page) and
 * `window.__inspector`.
 */
import '@xterm/xterm/css/xterm.css';
import '../../src/ui/style.css';
import scenarios from 'virtual:terrarium-scenarios';
import { MachineClient, type StepEnd } from '../../src/ui/machine-client.ts';
import { TerminalView } from '../../src/ui/terminal-view.ts';
import { Inspector, inspectorToggle, placeBeside } from '../../src/ui/inspector/panel.ts';
import { remoteSource } from '../../src/ui/inspector/source.ts';

const params = new URLSearchParams(location.search);
const name = params.get('scenario');
const scenario = name === null ? null : scenarios.find((s) => s.name === name)?.data ?? null;
if (name !== null && scenario === null) throw new Error(`no scenario ${name}`);
const files = (scenario?.files ?? undefined) as Record<string, string> | undefined;

const panes = document.querySelector<HTMLElement>('.panes')!;
const pane = panes.querySelector<HTMLElement>('.pane')!;
const client = MachineClient.start(files ? { files } : undefined);
const view = new TerminalView(pane);
const inspector = new Inspector(remoteSource(client.api), { open: params.get('inspector') !== 'closed' });
placeBeside(panes, inspector);
document.querySelector('.toolbar')!.insertBefore(inspectorToggle(inspector), document.querySelector('.status'));

const hooks = {
  screenText: (): string => view.screenText(),
  input: (data: string): Promise<void> => view.session!.input(data),
  tabCount: (): number => 1,
  activeTab: (): number => 0,
  /** The scenario named in the URL, as the player gets it (steps, files), or null. */
  scenario,
  /** Type `command` and press Enter as a scenario step does; resolves when the step ends. */
  step: async (command: string, timeoutS?: number): Promise<StepEnd> => {
    await view.session!.input(command);
    return view.session!.runStep('\r', timeoutS);
  },
  ready: view.connect(client).then(() => {
    view.fitNow();
    view.focus();
  }),
};
window.addEventListener('resize', () => view.fitNow());
(window as unknown as { __terrarium: typeof hooks }).__terrarium = hooks;
(window as unknown as { __inspector: Inspector }).__inspector = inspector;
