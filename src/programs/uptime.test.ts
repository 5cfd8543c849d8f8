import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultEnv, runLine } from '../system/testing.ts';
import { upPretty, upText } from './lib/sessions.ts';

/** Recorded by testdata/sessions/record-uptime.sh: seconds since boot, `uptime -p`, `uptime` up to the user count. */
const RECORDED = readFileSync(new URL('./testdata/sessions/uptime.txt', import.meta.url), 'utf8')
  .trimEnd().split('\n').map((l) => l.split('\t') as [string, string, string]);

const LINE = /^ \d\d:\d\d:\d\d (up .*),  load average: \d+\.\d\d, \d+\.\d\d, \d+\.\d\d\n$/;

describe('uptime (procps-ng 4.0.2)', () => {
  it('words the time since boot as uptime does, in both forms', () => {
    for (const [secs, pretty, long] of RECORDED) {
      expect(upPretty(Number(secs)), secs).toBe(pretty);
      expect(`up ${upText(Number(secs))}, ${' 0 user'}`, secs).toBe(long);
    }
  });

  it('counts the logins: none without a terminal, one per terminal session', () => {
    const none = runLine('sleep 90; uptime; uptime -p', { tty: false });
    expect(none.stdout.split('\n')[0] + '\n').toMatch(LINE);
    expect(LINE.exec(none.stdout.split('\n')[0] + '\n')![1]).toBe('up 1 min,  0 user');
    expect(none.stdout.split('\n')[1]).toBe('up 1 minute');
    const one = runLine('uptime', { tty: true });
    expect(LINE.exec(one.output)![1]).toBe('up 0 min,  1 user');
    const two = runLine('sleep 4000; uptime', {
      tty: true,
      maxVirtualMs: 4_100_000,
      setup: (m) => {
        const t = m.openTerminal();
        m.spawn(['bash', '-c', 'sleep 5000'], { env: defaultEnv(), terminal: t, path: '/bin/bash' });
      },
    });
    expect(LINE.exec(two.output)![1]).toBe('up  1:06,  2 users');
  });
});
