/** Editors driven through a terminal with keystrokes; the file they write is the assertion. */
import { describe, expect, test } from 'vitest';
import { bootStandard } from '../system/boot.ts';

function session(argv: string[], keys: string[], setup?: (m: ReturnType<typeof bootStandard>) => void): { m: ReturnType<typeof bootStandard>; screen: string; done: boolean } {
  const m = bootStandard({ seed: 1 });
  setup?.(m);
  const t = m.openTerminal({ rows: 24, cols: 80 });
  let screen = '';
  const dec = new TextDecoder();
  t.onOutput((d) => { screen += dec.decode(d); });
  const pid = m.spawn(argv, { terminal: t, env: { TERM: 'xterm-256color', HOME: '/home/user', PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' }, cwd: '/home/user' });
  m.runUntil(() => false, { maxVirtualMs: 50 });
  for (const k of keys) {
    t.input(k);
    m.runUntil(() => false, { maxVirtualMs: 50 });
  }
  m.runUntil(() => m.exitStatus(pid) !== null, { maxVirtualMs: 1000 });
  return { m, screen, done: m.exitStatus(pid) !== null };
}

const text = (b: Uint8Array | null): string | null => (b === null ? null : new TextDecoder().decode(b));

describe('nano', () => {
  test('types, writes out with ^O and exits with ^X', () => {
    const { m, screen, done } = session(['/bin/nano', 'hello.txt'], ['hi there', '\r', 'second', '\x0f', '\r', '\x18']);
    expect(text(m.readFile('/home/user/hello.txt'))).toBe('hi there\nsecond\n');
    expect(screen).toContain('GNU nano');
    expect(screen).toContain('[ Wrote 2 lines ]');
    expect(done).toBe(true);
  });
  test('asks to save a modified buffer on ^X', () => {
    const { m, screen, done } = session(['/bin/nano', 'a.txt'], ['x', '\x18', 'y', '\r'], (mm) => mm.writeFile('/home/user/a.txt', 'one\ntwo\n', { uid: 1000 }));
    expect(screen).toContain('Save modified buffer?');
    expect(text(m.readFile('/home/user/a.txt'))).toBe('xone\ntwo\n');
    expect(done).toBe(true);
  });
  test('^K cuts a line and ^U pastes it', () => {
    const { m } = session(['/bin/nano', 'b.txt'], ['\x0b', '\x1b[B', '\x15', '\x0f', '\r', '\x18'], (mm) => mm.writeFile('/home/user/b.txt', '1\n2\n3\n', { uid: 1000 }));
    expect(text(m.readFile('/home/user/b.txt'))).toBe('2\n1\n3\n');
  });
  test('Enter after the last line leaves the empty "magic line", which adds no newline', () => {
    const { m, screen } = session(['/bin/nano', 'c.txt'], ['one', '\r', 'two', '\r', '\x0f', '\r', '\x18']);
    expect(text(m.readFile('/home/user/c.txt'))).toBe('one\ntwo\n');
    expect(screen).toContain('[ Wrote 2 lines ]');
    const again = session(['/bin/nano', 'd.txt'], ['\x1b[B', '\x1b[B', 'x', '\x0f', '\r', '\x18'], (mm) => mm.writeFile('/home/user/d.txt', 'a\n\n', { uid: 1000 }));
    expect(text(again.m.readFile('/home/user/d.txt'))).toBe('a\n\nx\n');
  });
});

describe('vi', () => {
  test('inserts text and writes with :wq', () => {
    const { m, done } = session(['/usr/bin/vi', 'v.txt'], ['i', 'hello', '\x1b', 'o', 'world', '\x1b', ':', 'wq', '\r']);
    expect(text(m.readFile('/home/user/v.txt'))).toBe('hello\nworld\n');
    expect(done).toBe(true);
  });
  test('dd, p, x, u and :q! refusal', () => {
    const { m, screen, done } = session(['/usr/bin/vi', 'w.txt'], ['dd', 'p', 'x', 'u', ':', 'q', '\r', ':', 'w', '\r', ':', 'q', '\r'],
      (mm) => mm.writeFile('/home/user/w.txt', 'one\ntwo\nthree\n', { uid: 1000 }));
    expect(screen).toContain('E37: No write since last change (add ! to override)');
    expect(text(m.readFile('/home/user/w.txt'))).toBe('two\none\nthree\n');
    expect(done).toBe(true);
  });
  test('search with / and edit with A', () => {
    const { m } = session(['/usr/bin/vi', 's.txt'], ['/', 'b', '\r', 'A', '!', '\x1b', ':', 'x', '\r'], (mm) => mm.writeFile('/home/user/s.txt', 'a\nb\nc\n', { uid: 1000 }));
    expect(text(m.readFile('/home/user/s.txt'))).toBe('a\nb!\nc\n');
  });
});
