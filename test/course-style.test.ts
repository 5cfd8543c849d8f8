/**
 * The course's own style of work, as a new user does it at the terminal:
 * write a script with nano, make it executable, run it as ./wc.pl, pipe it
 * through sort, write a test with vi and run `prove -v t/`. The files the
 * editors write must be the fixtures in course-style/, and each command's
 * output must be what the real bash and perl printed on a terminal for the
 * same files (course-style/expected.json, made by course-style/record.sh).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bootStandard } from '../src/system/boot.ts';
import { defaultEnv } from '../src/system/testing.ts';

const DIR = new URL('./course-style/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, DIR), 'utf8');
const expected = JSON.parse(fixture('expected.json')) as Record<string, string>;
const PROMPT = '$ ';

interface Session {
  /** Keys typed into a full-screen program, each given time to be handled. */
  keys(...keys: string[]): void;
  /** A command line typed at the prompt; returns what it printed. */
  command(line: string, input?: string[]): string;
  file(path: string): string | null;
}

function login(): Session {
  const m = bootStandard({ seed: 1 });
  const t = m.openTerminal({ rows: 24, cols: 80 });
  const dec = new TextDecoder();
  let screen = '';
  t.onOutput((d) => { screen += dec.decode(d, { stream: true }); });
  m.spawn(['bash'], { env: defaultEnv(), uid: 1000, cwd: '/home/user', terminal: t, path: '/bin/bash' });
  const idle = (ms = 50): void => { m.runUntil(() => false, { maxVirtualMs: ms }); };
  const prompted = (from: number): void => {
    m.runUntil(() => screen.length > from && screen.endsWith(`\n${PROMPT}`), { maxVirtualMs: 60_000, maxRealMs: 60_000 });
  };
  idle(200);
  const s: Session = {
    keys(...keys) { for (const k of keys) { t.input(k); idle(); } },
    command(line, input = []) {
      const mark = screen.length;
      t.input(`${line}\r`);
      idle();
      s.keys(...input);
      prompted(mark);
      // bash turns bracketed paste off while a command runs and on again at the prompt
      const shown = screen.slice(mark).replace(/\x1b\[\?2004l\r?|\x1b\[\?2004h/g, '').replace(/\r\n/g, '\n');
      return shown.slice(shown.indexOf('\n') + 1, shown.length - PROMPT.length);
    },
    file(path) {
      const b = m.readFile(`/home/user/${path}`);
      return b === null ? null : new TextDecoder().decode(b);
    },
  };
  t.input(`PS1='${PROMPT}'\r`);
  prompted(0);
  return s;
}

/** Keystrokes that type a text: each line, then Enter as a key of its own. */
const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n').flatMap((l) => (l === '' ? ['\r'] : [l, '\r']));
/** The same without the Enter after the last line (the editor ends the file with a newline itself). */
const typed = (text: string): string[] => lines(text).slice(0, -1);
const timing = (s: string): string => s.replace(/(Files=\d+, Tests=\d+, ).*$/m, '$1TIMING');

describe('course style', () => {
  it('edits, runs, pipes and proves a script like a new user', () => {
    const s = login();
    // nano: type the script, write it out with ^O and leave with ^X
    s.command('nano wc.pl', [...typed(fixture('wc.pl')), '\x0f', '\r', '\x18']);
    expect(s.file('wc.pl')).toBe(fixture('wc.pl'));
    expect(s.command('chmod +x wc.pl')).toBe('');
    // the data, typed into cat and ended with ^D
    s.command('cat > words.txt', [...lines(fixture('words.txt')), '\x04']);
    expect(s.file('words.txt')).toBe(fixture('words.txt'));
    const cmd = './wc.pl words.txt | sort';
    expect(s.command(cmd)).toBe(expected[cmd]);
    // vi: insert the test, leave insert mode, :wq
    expect(s.command('mkdir t')).toBe('');
    s.command('vi t/count.t', ['i', ...typed(fixture('t/count.t')), '\x1b', ':', 'wq', '\r']);
    expect(s.file('t/count.t')).toBe(fixture('t/count.t'));
    for (const c of ['prove -v t/', 'prove t/count.t; echo "exit $?"']) {
      expect(timing(s.command(c))).toBe(expected[c]);
    }
  });
});
