/** The interactive shell on a terminal: prompt, PS2, ^C, job control notices, ^D (screens as xterm shows them). */
import { describe, expect, it } from 'vitest';
import { bootStandard, registerArea } from '../system/boot.ts';
import { defaultEnv } from '../system/testing.ts';
import { programs } from './index.ts';
import { screenOf } from './editor/term-testing.ts';

registerArea(programs);

async function session(keys: string[]): Promise<{ screen: string; status: number | null }> {
  const m = bootStandard({ seed: 1 });
  const t = m.openTerminal({ rows: 24, cols: 80 });
  let out = '';
  const dec = new TextDecoder();
  t.onOutput((d) => (out += dec.decode(d, { stream: true })));
  const pid = m.spawn(['/bin/bash'], { terminal: t, env: defaultEnv(), cwd: '/home/user' });
  const settle = (): void => {
    m.runUntil(() => false, { maxVirtualMs: 500 });
  };
  settle();
  for (const k of keys) {
    t.input(k);
    settle();
  }
  return { screen: await screenOf(out, 24, 80), status: m.exitStatus(pid) };
}

describe('interactive bash', () => {
  it('prompts, runs, continues with PS2 and exits on ^D', async () => {
    const r = await session(['echo hi\r', 'if true\r', 'then echo multi; fi\r', '\x04']);
    expect(r.screen).toBe('user@linux:~$ echo hi\nhi\nuser@linux:~$ if true\n> then echo multi; fi\nmulti\nuser@linux:~$ \nexit\n[cursor 7,0]');
    expect(r.status).toBe(0);
  });

  it('^C interrupts the foreground job and sets $? to 130', async () => {
    const r = await session(['sleep 30\r', '\x03', 'echo $?\r']);
    expect(r.screen).toBe('user@linux:~$ sleep 30\n^C\nuser@linux:~$ echo $?\n130\nuser@linux:~$ \n[cursor 4,14]');
  });

  it('^Z stops the job; jobs, bg and the & notice', async () => {
    const r = await session(['sleep 100\r', '\x1a', 'jobs\r', 'bg\r', 'sleep 200 &\r']);
    expect(r.screen).toBe(
      'user@linux:~$ sleep 100\n^Z\n[1]+  Stopped                 sleep 100\n' +
      'user@linux:~$ jobs\n[1]+  Stopped                 sleep 100\n' +
      'user@linux:~$ bg\n[1]+ sleep 100 &\n' +
      'user@linux:~$ sleep 200 &\n[2] 5\nuser@linux:~$ \n[cursor 9,14]',
    );
  });
});
