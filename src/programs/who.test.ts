import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runLine } from '../system/testing.ts';

/** Recorded by testdata/sessions/record-utmp.sh: user on pts/0 since 2026-01-01 00:00, the machine's boot. */
function recorded(name: string): string {
  return readFileSync(new URL(`./testdata/sessions/${name}.txt`, import.meta.url), 'utf8');
}

function fixture(name: string): string {
  return readFileSync(new URL(`./testdata/sessions/${name}.out`, import.meta.url), 'utf8');
}

/** On a terminal (the login shell on pts/0 is the session), with the exit status after. */
function onTty(line: string): string {
  const r = runLine(`${line}; echo "exit $?"`);
  return r.output;
}

describe('who (coreutils 9.1)', () => {
  it('lists the terminal login as who does', () => {
    for (const [name, line] of [
      ['who-default', 'who'], ['who-heading', 'who -H'], ['who-count', 'who -q'], ['who-boot', 'who -b'],
      ['who-am-i', 'who am i'], ['who-m', 'who -m'], ['who-mesg', 'who -T'], ['who-boot-heading', 'who -bH'],
      ['who-runlevel', 'who -r'],
    ]) expect(onTty(line!), name).toBe(recorded(name!));
  });

  it('-u adds the idle time and the login shell\'s pid', () => {
    const pid = (s: string): string => s.replace(/ +\d+$/gm, ' PID');
    for (const [name, line] of [['who-all-users', 'who -u'], ['who-heading-users', 'who -Hu'], ['who-all', 'who -a']]) {
      expect(pid(onTty(line!)), name).toBe(pid(recorded(name!)));
    }
    const r = runLine('who -u; echo "$$"').output.split('\n');
    expect(r[0]!.split(/ +/).pop()).toBe(r[1]);
  });

  it('rejects bad options and operands as who does', () => {
    for (const [name, line] of [['who-bad-option', 'who --nosuch'], ['who-extra', 'who a b c']]) {
      const r = runLine(line!, { tty: false });
      expect(`${r.stdout}--- stderr\n${r.stderr}exit ${r.status}\n`, name).toBe(fixture(name!));
    }
  });
});

/**
 * w's clock readings differ from run to run: the uptime line is checked by
 * its shape, and a row's LOGIN@, IDLE, JCPU and PCPU by their widths.
 */
function wShape(text: string): string {
  return text
    .replace(/^ \d\d:\d\d:\d\d up (\d+ min|\d+:\d\d|\d+ days?, +\d+:\d\d),  1 user,  load average: \d+\.\d\d, \d+\.\d\d, \d+\.\d\d$/m, ' UPTIME')
    .replace(/^(user {5}pts\/\d+ +- {16})(\d\d:\d\d {2}|\d\d\w{3}\d\d)((?: +\d+\.\d\ds| {3}\? {3}){3}) /m, (_m, a: string, _l: string, t: string) => `${a}LOGIN@ ${'  IVAL7'.repeat(t.length / 7)} `)
    .replace(/^(user {5}pts\/\d+ +- {15})( +\d+\.\d\ds) /m, (_m, a: string, t: string) => `${a}${'  IVAL7'} `);
}

describe('w (procps-ng 4.0.2)', () => {
  it('prints the uptime line, the heading and the terminal\'s row', () => {
    for (const [name, line] of [
      ['w-default', 'w'], ['w-no-header', 'w -h'], ['w-short', 'w -s'], ['w-user', 'w user'], ['w-nobody', 'w nobody'],
    ]) expect(wShape(onTty(line!)), name).toBe(wShape(recorded(name!)));
  });

  it('names the foreground command and counts one user per terminal', () => {
    const r = runLine('w -h; w | head -1').output.split('\n');
    expect(r[0]).toMatch(/ w -h$/);
    expect(r[1]).toMatch(/^ 00:00:00 up 0 min,  1 user,  load average: /);
  });

  it('shows as IDLE the time since the terminal was last read, as who -u does', () => {
    // Nothing reads the terminal for 130 s (writes move only its mtime); -u's idle is hours:minutes.
    const r = runLine('sleep 130; who -u; w -h; stat -c "%X %Y" /dev/pts/0; date +%s').output.split('\n');
    expect(r[0]).toMatch(/^user +pts\/0 +2026-01-01 00:00 00:02 +\d+$/);
    expect(r[1]).toMatch(/^user +pts\/0 +- +00:00 +2:10 /);
    const [atime, mtime] = r[2]!.split(' ').map(Number);
    expect([atime, mtime]).toEqual([Number(r[3]) - 130, Number(r[3])]);
  });

  it('rejects a bad option with procps\' usage', () => {
    const r = runLine('w --nosuch', { tty: false });
    expect(`${r.stdout}--- stderr\n${r.stderr}exit ${r.status}\n`).toBe(fixture('w-bad-option'));
  });
});
