/** Screens real bash produced (recorded by record-pty.py), rendered by headless xterm.js. */
import { readFileSync } from 'node:fs';
import headless from '@xterm/headless';

const RECORDED = JSON.parse(readFileSync(new URL('./recorded/bash-pty.json', import.meta.url), 'utf8'));

/** The keys of recording `name`, and the screen text they left (same trimming as the page). */
export async function recorded(name) {
  const rec = RECORDED[name];
  if (!rec) throw new Error(`no recording named ${name}`);
  const term = new headless.Terminal({ cols: 80, rows: 24, allowProposedApi: true });
  await new Promise((done) => term.write(Buffer.from(rec.output, 'latin1'), done));
  const buf = term.buffer.active;
  const lines = [];
  for (let y = 0; y < buf.length; y++) lines.push(buf.getLine(y)?.translateToString(true) ?? '');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  term.dispose();
  return { keys: rec.keys, screen: lines.join('\n') };
}
