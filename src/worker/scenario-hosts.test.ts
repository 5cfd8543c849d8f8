/**
 * A scenario's `hosts:` in the page: the player's checker accepts them, and the
 * worker's service adds them to the machine it boots, so a reader's curl reaches them.
 */
import { afterEach, expect, it } from 'vitest';
import { bootStandard } from '../system/boot.ts';
import { scenarioFromData } from '../ui/player/scenario.ts';
import { MachineService } from './machine-service.ts';
import { serviceMachine } from './machine-adapter.ts';

const services: MachineService[] = [];
afterEach(() => {
  for (const s of services.splice(0)) s.dispose();
});

const DATA = {
  title: 'A shop API',
  hosts: [{ name: 'api.shop.example', routes: [{ path: '/health', body: 'ok\n' }, { method: 'GET', path: '/items', json: [{ id: 1 }] }] }],
  steps: [{ command: 'curl -s http://api.shop.example/health' }],
};

it('the player accepts hosts and names a bad one; the service installs them at reset', async () => {
  expect(() => scenarioFromData({ ...DATA, hosts: [{ name: 'x.example', routes: [{ path: '/', colour: 1 }] }] }, 'page'))
    .toThrow(/^page: .*unknown key "colour"/);
  const scenario = scenarioFromData(DATA, 'page');
  const service = new MachineService((opts) => serviceMachine(bootStandard({ ...opts, mode: 'fast' })));
  services.push(service);
  service.reset({ files: {}, hosts: scenario.hosts ?? [] });
  const i = service.openTerminal(24, 200);
  await service.runStep(i, '');
  const line = 'curl -s http://api.shop.example/health; curl -s https://api.shop.example/items; echo';
  const end = await service.runStep(i, `${line}\r`);
  expect(end.raw).toContain('\rok\r\n[\r\n  {\r\n    "id": 1\r\n  }\r\n]\r\n');
  const gone = new MachineService((opts) => serviceMachine(bootStandard({ ...opts, mode: 'fast' })));
  services.push(gone);
  const j = gone.openTerminal(24, 200);
  await gone.runStep(j, '');
  expect((await gone.runStep(j, 'curl -sS http://api.shop.example/health\r')).raw)
    .toContain('curl: (6) Could not resolve host: api.shop.example');
});
