/**
 * Typing into an interactive shell on a machine terminal, and reading the
 * screen an xterm shows for the bytes it received (tests of the editor).
 */
import xterm from '@xterm/headless';
import { bootStandard } from '../../system/boot.ts';
import { defaultEnv } from '../../system/testing.ts';

export interface Case {
  rows?: number;
  cols?: number;
  files?: Record<string, string>;
  env?: Record<string, string>;
  keys: Array<string | { resize: [number, number] }>;
  /** Seconds to wait after each chunk (default 0.4). */
  pause?: number;
}

const HOME = '/home/user';

/** Run a case on a fresh machine: the bytes the terminal showed (job pids as PID, as recorded), and the history file after. */
export function runInteractive(c: Case): { screen: string; history: string | null } {
  const m = bootStandard({ seed: 1 });
  for (const [name, data] of Object.entries(c.files ?? {})) {
    const path = `${HOME}/${name}`;
    const d = path.replace(/\/?[^/]*\/?$/, '');
    if (d !== HOME) m.mkdir(d, { uid: 1000 });
    if (name.endsWith('/')) {
      m.mkdir(path, { uid: 1000 });
      continue;
    }
    m.writeFile(path, data, { uid: 1000, gid: 1000, mode: data.startsWith('#!') ? 0o755 : 0o644 });
  }
  const t = m.openTerminal({ rows: c.rows ?? 24, cols: c.cols ?? 80 });
  let out = '';
  const dec = new TextDecoder();
  t.onOutput((d) => (out += dec.decode(d, { stream: true })));
  const env: Record<string, string> = { ...defaultEnv(), PATH: '/usr/bin:/bin', PS1: '$ ' };
  for (const [k, v] of Object.entries(c.env ?? {})) env[k] = v.replace(/~/g, HOME);
  m.spawn(['bash', '--norc', '--noprofile', '-i'], { terminal: t, env, cwd: HOME, path: '/bin/bash' });
  // Each chunk is followed by `pause` seconds of virtual time, as the recorder waits after typing it.
  const settle = (): void => {
    const k = m.kernel;
    const until = k.clock.nowNs + (c.pause ?? 0.4) * 1e9;
    m.runUntil(() => false, { maxVirtualMs: (c.pause ?? 0.4) * 1000 });
    if (k.clock.nowNs < until) {
      k.clock.jumpTo(until);
      k.clock.fireDue();
      m.runUntil(() => false, { maxVirtualMs: 0 });
    }
  };
  settle();
  for (const k of c.keys) {
    if (typeof k === 'string') t.input(k);
    else t.resize(k.resize[0], k.resize[1]);
    settle();
  }
  const h = m.readFile(`${HOME}/.bash_history`);
  m.shutdown();
  return { screen: out.replace(/(\[[0-9]+\]) [0-9]+\r\n/g, '$1 PID\r\n'), history: h ? dec.decode(h) : null };
}

/** What an xterm shows after `data`: all rows (right-trimmed) and the cursor. */
export async function screenOf(data: string, rows: number, cols: number): Promise<string> {
  const term = new xterm.Terminal({ rows, cols, allowProposedApi: true, scrollback: 1000 });
  await new Promise<void>((r) => term.write(data, r));
  const b = term.buffer.active;
  const lines: string[] = [];
  for (let i = 0; i < b.length; i++) lines.push(b.getLine(i)!.translateToString(true));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  lines.push(`[cursor ${b.cursorY + b.baseY},${b.cursorX}]`);
  term.dispose();
  return lines.join('\n');
}
