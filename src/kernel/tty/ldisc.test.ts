import { describe, expect, it } from 'vitest';
import { Ldisc } from './ldisc.ts';
import { SIGINT, SIGTSTP, SIGQUIT } from '../../abi/signals.ts';
import { ECHO, ICANON } from '../../abi/termios.ts';

function make() {
  const echoed: number[] = [];
  const signals: number[] = [];
  const l = new Ldisc({ echo: (b) => echoed.push(...b), signal: (s) => signals.push(s), changed: () => {} });
  const type = (s: string) => l.input(new TextEncoder().encode(s));
  const screen = () => String.fromCharCode(...echoed);
  const read = () => {
    const r = l.take(4096);
    return r === null ? null : new TextDecoder().decode(r);
  };
  return { l, type, screen, read, signals };
}

describe('canonical mode (XBD 11.1.6)', () => {
  it('delivers nothing until newline, then one line per read; CR becomes NL (ICRNL)', () => {
    const t = make();
    t.type('ab');
    expect(t.read()).toBeNull();
    t.type('c\rde\n');
    expect(t.read()).toBe('abc\n');
    expect(t.read()).toBe('de\n');
    expect(t.screen()).toBe('abc\nde\n');
  });

  it('ERASE removes a character and echoes backspace-space-backspace', () => {
    const t = make();
    t.type('abx\x7fc\n');
    expect(t.read()).toBe('abc\n');
    expect(t.screen()).toBe('abx\b \bc\n');
  });

  it('KILL (^U) discards the line; WERASE (^W) the last word', () => {
    const t = make();
    t.type('junk\x15ok one two\x17three\n');
    expect(t.read()).toBe('ok one three\n');
  });

  it('EOF (^D) on an empty line reads as end of file; mid-line it sends the line without newline', () => {
    const t = make();
    t.type('abc\x04');
    expect(t.read()).toBe('abc');
    t.type('\x04');
    expect(t.read()).toBe('');
  });
});

describe('signal characters (ISIG)', () => {
  it('^C, ^\\ and ^Z raise SIGINT, SIGQUIT and SIGTSTP, echo as ^C and flush the line', () => {
    const t = make();
    t.type('partial\x03');
    t.type('\x1c\x1a');
    expect(t.signals).toEqual([SIGINT, SIGQUIT, SIGTSTP]);
    expect(t.screen()).toBe('partial^C^\\^Z');
    t.type('x\n');
    expect(t.read()).toBe('x\n');
  });
});

describe('raw mode and output processing', () => {
  it('without ICANON and ECHO bytes are readable at once and nothing is echoed', () => {
    const t = make();
    t.l.setTermios({ ...t.l.termios, lflag: t.l.termios.lflag & ~(ICANON | ECHO) });
    t.type('\x1b[A');
    expect(t.read()).toBe('\x1b[A');
    expect(t.screen()).toBe('');
  });

  it('ONLCR turns NL into CR NL on output', () => {
    const t = make();
    expect(Array.from(t.l.output(new TextEncoder().encode('a\nb')))).toEqual([97, 13, 10, 98]);
  });
});
