/**
 * The worker entry: one machine, exposed to the page through comlink. The only file that
 * touches the worker's global scope. The first machine boots as soon as the script has
 * run, while the page is still setting up its terminal.
 */
import * as Comlink from 'comlink';
import { bootStandard } from '../system/boot.ts';
import { MachineService, workerApi } from './machine-service.ts';
import { serviceMachine } from './machine-adapter.ts';
import { InspectService, inspectApi } from './inspect-service.ts';
import { loadLate } from './late-inline.ts';

const inspect = new InspectService();
const service = new MachineService(
  (opts) => serviceMachine(inspect.attach(bootStandard({ mode: 'paced', seed: opts.seed, ...(opts.mode ? { mode: opts.mode } : {}) }))),
  { loadFiles: loadLate },
);
Comlink.expose({ ...workerApi(service), ...inspectApi(inspect) }, self);
service.preboot();
