import { afterEach, describe, expect, it } from 'vitest';
import { bootStandard } from '../system/boot.ts';
import { MachineService } from './machine-service.ts';
import { serviceMachine } from './machine-adapter.ts';

const services: MachineService[] = [];
/** bash turns bracketed paste on before each prompt and off when a line is accepted. */
const BP_ON = '\x1b[?2004h';
const BP_OFF = '\x1b[?2004l';
afterEach(() => {
  for (const s of services.splice(0)) s.dispose();
});

/** Paced, as in the page: a fast machine may jump its clock past a step's deadline and
 *  past the step's end in one slice, so its deadlines are not exact. */
function realService(mode: 'fast' | 'paced' = 'paced') {
  const service = new MachineService((opts) => serviceMachine(bootStandard({ ...opts, mode })));
  services.push(service);
  return service;
}

describe('runStep on a real machine', () => {
  it('ends a step when the shell is back at its prompt, with what the terminal printed', async () => {
    const service = realService();
    const i = service.openTerminal(24, 80);
    const first = await service.runStep(i, '');
    expect(first).toMatchObject({ raw: `${BP_ON}user@linux:~$ `, stillRunning: false, exited: false });
    const end = await service.runStep(i, 'echo hi | tr a-z A-Z\r');
    expect(end.raw).toBe(`echo hi | tr a-z A-Z\r\r\n${BP_OFF}\rHI\r\n${BP_ON}user@linux:~$ `);
    expect(end.stillRunning).toBe(false);
  });

  it('reports a step still running after its timeout in virtual seconds, and Ctrl-C ends it', async () => {
    const service = realService();
    const i = service.openTerminal(24, 80);
    await service.runStep(i, '');
    const end = await service.runStep(i, 'sleep 100\r', 0.5);
    expect(end.stillRunning).toBe(true);
    expect(end.elapsedMs).toBeGreaterThanOrEqual(500);
    expect(end.raw).toBe(`sleep 100\r\r\n${BP_OFF}\r`);
    const after = await service.runStep(i, '\x03');
    expect(after).toMatchObject({ raw: `^C\r\n${BP_ON}user@linux:~$ `, stillRunning: false });
  });

  it('a background job leaves the step ended at the next prompt', async () => {
    const service = realService();
    const i = service.openTerminal(24, 80);
    await service.runStep(i, '');
    const end = await service.runStep(i, 'sleep 30 &\r');
    expect(end.stillRunning).toBe(false);
    expect(end.raw).toMatch(/^sleep 30 &\r\r\n\x1b\[\?2004l\r\[1\] \d+\r\n\x1b\[\?2004huser@linux:~\$ $/);
  });

  it('writes scenario files and restores a saved home at boot', async () => {
    const service = realService();
    service.reset({ files: { 'notes.txt': 'one\n', 'run.sh': '#!/bin/sh\necho ran\n' } });
    const i = service.openTerminal(24, 80);
    await service.runStep(i, '');
    const line = 'cat notes.txt; ./run.sh; echo two > more.txt';
    expect((await service.runStep(i, `${line}\r`)).raw).toBe(`${line}\r\r\n${BP_OFF}\rone\r\nran\r\n${BP_ON}user@linux:~$ `);
    const home = await service.exportHome();
    expect(home.map((e) => [e.path, e.kind, e.mode.toString(8)])).toContainEqual(['more.txt', 'file', '644']);
    service.reset({ files: {}, home });
    const j = service.openTerminal(24, 80);
    await service.runStep(j, '');
    expect((await service.runStep(j, 'cat more.txt\r')).raw).toBe(`cat more.txt\r\r\n${BP_OFF}\rtwo\r\n${BP_ON}user@linux:~$ `);
  });

  it('a paced machine waiting on nothing still ends the watch at its deadline', async () => {
    const service = realService('paced');
    const i = service.openTerminal(24, 80);
    await service.runStep(i, '');
    service.input(i, 'cat');
    const t0 = performance.now();
    const end = await service.runStep(i, '\r', 0.3);
    expect(end.stillRunning).toBe(true);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
