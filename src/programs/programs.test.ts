import { describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sttyAll } from './term.ts';
import { layoutColumns, indent } from './lib/columns.ts';
import { strftime, parseDate } from './lib/time.ts';
import { parseMode } from './lib/mode.ts';
import { globMatch } from './lib/glob.ts';
import { compareLines, emptyKey, parseKey } from './sort.ts';
import type { SortOpts } from './sort.ts';
import { parseSed } from './sed-parse.ts';
import { parseAwk } from './awk-parse.ts';
import { humanSize, modeString } from './ls.ts';
import { printf } from './lib/printf.ts';

const here = path.dirname(new URL(import.meta.url).pathname);

describe('stty -a', () => {
  test('matches a fresh Linux pty', () => {
    const cc = new Array<number>(32).fill(0);
    Object.assign(cc, { 0: 3, 1: 28, 2: 127, 3: 21, 4: 4, 5: 0, 6: 1, 8: 17, 9: 19, 10: 26, 12: 18, 13: 15, 14: 23, 15: 22 });
    const t = { iflag: 0o400 | 0o2000, oflag: 0o1 | 0o4, cflag: 0o60 | 0o200 | 0o17, lflag: 0o1 | 0o2 | 0o100000 | 0o10 | 0o20 | 0o40 | 0o1000 | 0o4000, cc };
    expect(sttyAll(t, 0, 0, 80)).toBe(fs.readFileSync(path.join(here, 'testdata/stty-a.txt'), 'utf8'));
  });
});

describe('ls column layout', () => {
  test('fills columns like GNU ls', () => {
    const { cols, rows } = layoutColumns([5, 4, 5, 5, 7], 20);
    expect([cols, rows]).toEqual([2, 3]);
  });
  test('indent uses tabs at tab stops', () => {
    expect(indent(5, 16)).toBe('\t\t');
    expect(indent(5, 7)).toBe('  ');
  });
});

describe('time', () => {
  test('strftime', () => {
    expect(strftime('%a %b %e %H:%M:%S %Z %Y', 0)).toBe('Thu Jan  1 00:00:00 UTC 1970');
    expect(strftime('%F %T %j %u %-d %_H', 1709211909)).toBe('2024-02-29 13:05:09 060 4 29 13');
  });
  test('parseDate', () => {
    expect(parseDate('@5', 0)).toBe(5);
    expect(parseDate('2024-01-01 00:00:00', 0)).toBe(1704067200);
    expect(parseDate('2024-01-01 3 days ago', 0)).toBe(1704067200 - 3 * 86400);
  });
});

describe('chmod modes', () => {
  test('symbolic and octal', () => {
    expect(parseMode('755', 0, 0o022, false)).toBe(0o755);
    expect(parseMode('u+x,g-r', 0o644, 0o022, false)).toBe(0o704);
    expect(parseMode('+x', 0o644, 0o022, false)).toBe(0o755);
    expect(parseMode('go=u', 0o311, 0, false)).toBe(0o333);
    expect(parseMode('a+X', 0o644, 0, true)).toBe(0o755);
    expect(parseMode('z', 0, 0, false)).toBeNull();
  });
});

describe('glob', () => {
  test('fnmatch', () => {
    expect(globMatch('*.txt', 'a.txt')).toBe(true);
    expect(globMatch('a?c', 'abc')).toBe(true);
    expect(globMatch('[!a]*', 'abc')).toBe(false);
    expect(globMatch('[a-c]x', 'bx')).toBe(true);
    expect(globMatch('*a*a*a*a*b', 'a'.repeat(40))).toBe(false);
  });
});

describe('sort comparator', () => {
  const opts = (keys: string[], flags = ''): SortOpts => {
    const g = emptyKey();
    for (const f of flags) (g as unknown as Record<string, boolean>)[f] = true;
    return { keys: keys.map((k) => parseKey(k) as ReturnType<typeof emptyKey>), global: g, t: null, s: false, u: false };
  };
  test('numeric and keys', () => {
    expect(compareLines('10', '9', opts([], 'n'))).toBe(1);
    expect(compareLines('a 2', 'b 10', opts(['2n']))).toBe(-1);
    expect(compareLines('B', 'a', opts([]))).toBe(-1);
    expect(compareLines('B', 'a', opts([], 'f'))).toBe(1);
  });
});

describe('parsers', () => {
  test('sed', () => {
    const cmds = parseSed(['1,/x/{s/a/b/g;p}', '$d'], false);
    expect(cmds.map((c) => c.name)).toEqual(['{', 's', 'p', '}', 'd']);
    expect(() => parseSed(['s/a/b'], false)).toThrow("unterminated `s' command");
  });
  test('awk', () => {
    const p = parseAwk('BEGIN { x = 1 } /re/ { print $1 > "f" } END { for (k in a) print k }');
    expect(p.rules.map((r) => r.kind)).toEqual(['begin', 'main', 'end']);
  });
});

describe('formatting', () => {
  test('ls helpers', () => {
    expect(modeString(0o104755)).toBe('-rwsr-xr-x');
    expect(modeString(0o41777)).toBe('drwxrwxrwt');
    expect(humanSize(1536)).toBe('1.5K');
    expect(humanSize(1023)).toBe('1023');
  });
  test('printf rounds like glibc', () => {
    expect(printf('%.1f %.2f %g %e', ['2.25', '1.005', '0.0001234', '12345']).out).toBe('2.2 1.00 0.0001234 1.234500e+04');
  });
});
