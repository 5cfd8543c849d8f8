/**
 * The worker entry: one machine, exposed to the page through comlink. The only file that
 * touches the worker's global scope.
 */
import * as Comlink from 'comlink';
import { bootStandard } from '../system/boot.ts';
import { MachineService, workerApi } from './machine-service.ts';

const service = new MachineService((opts) => bootStandard({ mode: 'paced', ...opts }));
Comlink.expose(workerApi(service), self);
