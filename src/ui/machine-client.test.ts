import { describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { MachineClient } from './machine-client.ts';
import { MachineService, workerApi } from '../worker/machine-service.ts';
import { bootStandard } from '../../test/browser/stub-boot.ts';

const dec = new TextDecoder();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(5);
  }
}

/** A client talking to a service over a MessageChannel, as the page talks to the worker. */
function connect() {
  const { port1, port2 } = new MessageChannel();
  const service = new MachineService(() => bootStandard());
  Comlink.expose(workerApi(service), port1);
  const client = new MachineClient(port2 as unknown as Worker);
  const close = () => {
    service.dispose();
    port1.close();
    port2.close();
  };
  return { client, close };
}

describe('MachineClient', () => {
  it('opens sessions, moves keystrokes in and bytes out, reattaches after reset', async () => {
    const { client, close } = connect();
    try {
      const screens = ['', ''];
      const resets = [0, 0];
      const open = (i: number) => client.openTerminal(24, 80, {
        output: (b) => void (screens[i] += dec.decode(b)),
        reset: () => {
          resets[i]!++;
          screens[i] = '';
        },
      });
      const a = await open(0);
      const b = await open(1);
      expect([a.index, b.index]).toEqual([0, 1]);
      await a.input('hi\r');
      await until(() => screens[0] === 'user@linux:~$ hi\r\nstub: hi\r\nuser@linux:~$ ');
      await until(() => screens[1] === 'user@linux:~$ ');

      await b.input('spin\r');
      await sleep(30);
      await client.reset();
      expect(resets).toEqual([1, 1]);
      expect([a.index, b.index]).toEqual([0, 1]);
      await until(() => screens[0] === 'user@linux:~$ ' && screens[1] === 'user@linux:~$ ');
      await b.input('x');
      await until(() => screens[1] === 'user@linux:~$ x');
    } finally {
      close();
    }
  });

  it('reports a kernel panic to panic listeners', async () => {
    const { client, close } = connect();
    try {
      const panics: string[] = [];
      client.onPanic((e) => panics.push(e.message));
      let screen = '';
      await client.openTerminal(24, 80, { output: (b) => void (screen += dec.decode(b)) });
      await client.injectPanic();
      await until(() => panics.length === 1 && screen.includes('Kernel panic'));
      expect(panics).toEqual(['Error: kernel panic injected for testing']);
    } finally {
      close();
    }
  });
});
