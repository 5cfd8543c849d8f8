import { readFileSync } from 'node:fs';
import { Terminal } from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import { bootStandard } from '../system/boot.ts';
import { defaultEnv, runLine } from '../system/testing.ts';

function fixture(name: string): string {
  return readFileSync(new URL(`./testdata/sessions/${name}`, import.meta.url), 'utf8');
}

/** The screen an 80x24 terminal shows after `bytes`. */
async function render(bytes: string): Promise<string[]> {
  const t = new Terminal({ cols: 80, rows: 24, allowProposedApi: true });
  await new Promise<void>((done) => t.write(bytes, done));
  const lines: string[] = [];
  for (let i = 0; i < 24; i++) lines.push(t.buffer.active.getLine(i)?.translateToString(false) ?? '');
  t.dispose();
  return lines;
}

/** What watch showed last (before leaving the alternate screen), the title's host and date made general. */
async function lastScreen(raw: string): Promise<string[]> {
  const end = raw.lastIndexOf('\x1b[?1049l');
  const lines = await render(end < 0 ? raw : raw.slice(0, end));
  const m = /^(.*?) +(\S+): \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/.exec(lines[0]!);
  if (m && lines[0]!.length === 80) lines[0] = `${m[1]} | HOST: DATE`;
  return lines.map((l) => l.replace(/ +$/, ''));
}

/** Run `line` on an 80x24 terminal with job control, as record-watch.sh does. */
function onTerminal(line: string): string {
  const m = bootStandard({ seed: 1 });
  const t = m.openTerminal({ rows: 24, cols: 80 });
  let out = '';
  const dec = new TextDecoder();
  t.onOutput((d) => (out += dec.decode(d, { stream: true })));
  const pid = m.spawn(['bash', '-c', `set -m; ${line}`], { env: defaultEnv(), terminal: t, path: '/bin/bash' });
  m.runUntil(() => m.exitStatus(pid) !== null, { maxVirtualMs: 60_000 });
  return out;
}

describe('watch (procps-ng 4.0.2)', () => {
  for (const [name, args] of [
    ['two-lines', `-n 0.5 'echo hi; echo there'`],
    ['no-title', `-t -n 0.5 'echo hi; echo there'`],
    ['long-line', `-n 0.5 'printf "%0100d\\n" 7'`],
    ['exec', `-x -n 0.5 echo a 'b  c'`],
  ]) {
    it(`shows the command's output as watch does: ${name}`, async () => {
      const real = fixture(`watch-${name}.raw`);
      const ours = onTerminal(`watch ${args} & sleep 1; kill -INT $!; wait $!; echo "st=$?"`);
      expect(await lastScreen(ours)).toEqual(await lastScreen(real));
      expect(ours.endsWith('st=0\r\n')).toBe(true);
      expect(real.endsWith('st=0\r\n')).toBe(true);
    });
  }

  it('runs the command every interval', () => {
    const out = onTerminal(`watch -n 2 'date +%s' & sleep 5; kill $!; wait $!`);
    const seen = [...out.matchAll(/^(\d{10})\x1b\[K/gm)].map((m) => Number(m[1]));
    expect(seen.map((s) => s - seen[0]!)).toEqual([0, 2, 4]);
  });

  it('rejects bad arguments as watch does', () => {
    for (const [name, line] of [['watch-no-command', 'watch'], ['watch-bad-n', 'watch -n x true'], ['watch-bad-option', 'watch --nosuch true']]) {
      const r = runLine(line!, { tty: false });
      expect(`${r.stdout}--- stderr\n${r.stderr}exit ${r.status}\n`, name).toBe(fixture(`${name}.out`));
    }
  });
});
