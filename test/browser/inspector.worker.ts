/**
 * The machine worker of the inspector's test page: the page's own worker API
 * plus the inspector's, on a standard machine that also has the inspector's
 * TCP echo pair and daemon installed (they stand in for the chapter's Perl
 * programs in the browser tests).
 */
import * as Comlink from 'comlink';
import { bootStandard } from '../../src/system/boot.ts';
import { MachineService, workerApi } from '../../src/worker/machine-service.ts';
import { InspectService, inspectApi } from '../../src/worker/inspect-service.ts';
import { serviceMachine } from '../../src/worker/machine-adapter.ts';
import { blast, daemon, echoClient, echod, sink } from '../../src/inspect/testing.ts';

const inspect = new InspectService();
const service = new MachineService((opts) => {
  const m = bootStandard({ mode: 'paced', seed: opts.seed, ...(opts.mode ? { mode: opts.mode } : {}) });
  for (const p of [echod, echoClient, daemon, sink, blast]) m.installProgram(`/bin/${p.name}`, p);
  return serviceMachine(inspect.attach(m));
});
Comlink.expose({ ...workerApi(service), ...inspectApi(inspect) }, self);
