import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootStandard } from '../system/boot.ts';
import { defaultEnv, runLine } from '../system/testing.ts';

function fixture(name: string): string {
  return readFileSync(new URL(`./testdata/sessions/${name}.out`, import.meta.url), 'utf8');
}

/** The summary lines of procps-ng 4.0.2 top as shapes (recorded: top -b -n 1 on Debian 12). */
const SHAPES = [
  /^top - \d\d:\d\d:\d\d up .+,  \d+ users?,  load average: \d+\.\d\d, \d+\.\d\d, \d+\.\d\d$/,
  /^Tasks: {0,3}\d+ total, {0,3}\d+ running, {0,3}\d+ sleeping, {0,3}\d+ stopped, {0,3}\d+ zombie$/,
  /^%Cpu\(s\):(?:[ \d]{2}\d\.\d (?:us|sy|ni|id|wa|hi|si|st),?){8} $/,
  /^MiB Mem : {0,7}\d+\.\d total, {0,7}\d+\.\d free, {0,7}\d+\.\d used, {0,7}\d+\.\d buff\/cache {5}$/,
  /^MiB Swap: {0,7}\d+\.\d total, {0,7}\d+\.\d free, {0,7}\d+\.\d used\. {0,7}\d+\.\d avail Mem $/,
  /^$/,
  /^ {2}PID USER {6}PR {2}NI {4}VIRT {4}RES {4}SHR S {2}%CPU {2}%MEM {5}TIME\+ COMMAND$/,
];
/** A task row: the columns' widths as top prints them. */
const ROW = /^([ \d]{4}\d) (\S{1,8}) {0,7} ([ \d]{2}\d|rt) ([ -\d]{2}\d) ([ \d.]{6}[\dmgt]) ([ \d.]{5}[\dmgt]) ([ \d.]{5}[\dmgt]) ([RSDTtZI]) ([ \d.]{4}\d) ([ \d.]{4}\d) ([ \d:.]{8}\d) (.+)$/;

function rows(text: string): Map<number, RegExpExecArray> {
  const out = new Map<number, RegExpExecArray>();
  for (const l of text.split('\n').slice(7)) {
    const m = ROW.exec(l);
    if (m) out.set(Number(m[1]), m);
  }
  return out;
}

describe('top -b (procps-ng 4.0.2)', () => {
  it('prints the summary area and one row per process, in the widths top uses', () => {
    const r = runLine('sleep 30 & top -b -n 1; echo "me=$$ bg=$!"', { tty: false });
    const lines = r.stdout.split('\n');
    SHAPES.forEach((re, i) => expect(lines[i], `line ${i + 1}`).toMatch(re));
    const table = rows(r.stdout);
    const ids = /me=(\d+) bg=(\d+)/.exec(r.stdout)!;
    expect(table.get(1)?.[2]).toBe('root');
    expect(table.get(1)?.[12]).toBe('systemd');
    expect(table.get(Number(ids[1]))?.[12]).toBe('bash');
    expect(table.get(Number(ids[2]))?.[12]).toBe('sleep');
    expect(table.get(Number(ids[2]))?.[8]).toBe('S');
    const tasks = Number(/Tasks: +(\d+) total/.exec(r.stdout)![1]);
    expect(table.size).toBe(tasks);
    expect(lines.length).toBe(7 + tasks + 2);
  });

  it('puts a busy process first with its share of the CPU; -n 2 separates frames by a blank line', () => {
    const r = runLine('perl -e "1 while 1" & sleep 1; top -b -n 2 -d 1; kill $!', { tty: false });
    const frames = r.stdout.split('\n\ntop - ');
    expect(frames.length).toBe(2);
    const second = frames[1]!.split('\n');
    const first = ROW.exec(second[7]!)!;
    expect(first[12]).toBe('perl');
    expect(Number(first[9])).toBeGreaterThan(90);
  });

  it('splits the CPU ticks of /proc/stat that passed between frames', () => {
    const busy = runLine('perl -e "1 while 1" & sleep 1; top -b -n 2 -d 1 | grep Cpu; kill $!', { tty: false });
    const idle = runLine('sleep 1; top -b -n 2 -d 1 | grep Cpu', { tty: false });
    const cpu = (us: string, id: string): string => `%Cpu(s):${us} us,  0.0 sy,  0.0 ni,${id} id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st `;
    expect(busy.stdout.split('\n')[1]).toBe(cpu('100.0', '  0.0'));
    expect(idle.stdout.split('\n')[1]).toBe(cpu('  0.0', '100.0'));
  });

  it('takes VIRT, RES and SHR from /proc/PID/statm', () => {
    const r = runLine('top -b -n 1 -p $$ | tail -1; cat /proc/$$/statm', { tty: false });
    const [row, statm] = r.stdout.split('\n');
    const m = ROW.exec(row!)!;
    const pages = statm!.split(' ').map(Number);
    expect([m[5], m[6], m[7]].map((x) => Number(x!.trim()))).toEqual([pages[0]! * 4, pages[1]! * 4, pages[2]! * 4]);
  });

  it('-p and -u select tasks', () => {
    const r = runLine('top -b -n 1 -p 1 | tail -n +7; top -b -n 1 -u root | tail -n +8 | cut -c7-14 | sort -u', { tty: false });
    expect(r.stdout).toMatch(/^ {2}PID USER.*\n {4}1 root .* systemd\nroot {4}\n$/);
  });

  it('rejects bad arguments as top does', () => {
    for (const [name, line] of [['top-bad-option', 'top -Z'], ['top-bad-n', 'top -b -n x'], ['top-bad-d', 'top -b -d x']]) {
      const r = runLine(line!, { tty: false });
      expect(`${r.stdout}--- stderr\n${r.stderr}exit ${r.status}\n`, name).toBe(fixture(name!));
    }
  });
});

describe('top on a terminal', () => {
  /** Run `line` on a terminal, typing `keys` after `afterMs` of virtual time. */
  function typeLater(line: string, keys: string, afterMs: number): string {
    const m = bootStandard({ seed: 1 });
    const t = m.openTerminal({ rows: 24, cols: 80 });
    let out = '';
    const dec = new TextDecoder();
    t.onOutput((d) => (out += dec.decode(d, { stream: true })));
    const pid = m.spawn(['bash', '-c', line], { env: defaultEnv(), terminal: t, path: '/bin/bash' });
    m.runUntil(() => false, { maxVirtualMs: afterMs });
    t.input(keys);
    m.runUntil(() => m.exitStatus(pid) !== null, { maxVirtualMs: 60_000 });
    return out;
  }

  const around = 'b=$(stty -g); top -d 2; echo "st=$?"; [ "$(stty -g)" = "$b" ] && echo restored';

  it('redraws every -d seconds and quits on q, restoring the terminal', () => {
    const out = typeLater(around, 'q', 5000);
    expect(out.split('\x1b[H').filter((s) => s.startsWith('top - ')).length).toBe(3);
    expect(out).toMatch(/\x1b\[\?1049lst=0\r\nrestored\r\n$/);
  });

  it('quits on Ctrl-C the same way', () => {
    const out = typeLater(`set -m; ${around}`, '\x03', 3000);
    expect(out).toMatch(/st=0\r\nrestored\r\n$/);
  });
});
