/**
 * The worker entry: one machine, exposed to the page through comlink. The only file that
 * touches the worker's global scope. The first machine boots as soon as the script has
 * run, while the page is still setting up its terminal; when the worker's name carries
 * a terminal size (`terrarium-machine 24x100`, see src/ui/embed/warm-hint.ts), the first
 * terminal's login shell starts then too.
 */
import './worker-start.ts';
import * as Comlink from 'comlink';
import { bootMark } from './boot-mark.ts';
import { bootStandard } from '../system/boot.ts';
import { MachineService, workerApi } from './machine-service.ts';
import { serviceMachine } from './machine-adapter.ts';
import { InspectService, inspectApi } from './inspect-service.ts';
import { afterBoot, loadLate } from './late-inline.ts';

bootMark('worker-evaluated');
const inspect = new InspectService();
const service = new MachineService(
  (opts) => serviceMachine(inspect.attach(afterBoot(bootStandard({ mode: 'paced', seed: opts.seed, ...(opts.mode ? { mode: opts.mode } : {}) })))),
  { loadFiles: loadLate },
);
Comlink.expose({ ...workerApi(service), ...inspectApi(inspect) }, self);
const size = /^terrarium-machine (\d+)x(\d+)$/.exec(self.name);
if (size) service.prestart(Number(size[1]), Number(size[2]));
else service.preboot();
bootMark('worker-booted');
