/** Terminal settings: stty and tput (xterm-256color sequences). */
import { defineProgram } from './runtime.ts';
import type { Ctx } from './runtime.ts';
import type { Program, Termios } from '../abi/sys.ts';
import { TCSADRAIN } from '../abi/termios.ts';
import { strerror } from '../abi/errno.ts';

type FlagSet = 'iflag' | 'oflag' | 'cflag' | 'lflag';
/** Linux termios bits in the order stty -a prints them. */
const FLAGS: Array<[FlagSet, string, number]> = [
  ['cflag', 'parenb', 0o400], ['cflag', 'parodd', 0o1000], ['cflag', 'cmspar', 0o10000000000], ['cflag', 'cs8', 0o60], ['cflag', 'hupcl', 0o2000],
  ['cflag', 'cstopb', 0o100], ['cflag', 'cread', 0o200], ['cflag', 'clocal', 0o4000], ['cflag', 'crtscts', 0o20000000000],
  ['iflag', 'ignbrk', 0o1], ['iflag', 'brkint', 0o2], ['iflag', 'ignpar', 0o4], ['iflag', 'parmrk', 0o10], ['iflag', 'inpck', 0o20],
  ['iflag', 'istrip', 0o40], ['iflag', 'inlcr', 0o100], ['iflag', 'igncr', 0o200], ['iflag', 'icrnl', 0o400], ['iflag', 'ixon', 0o2000],
  ['iflag', 'ixoff', 0o10000], ['iflag', 'iuclc', 0o1000], ['iflag', 'ixany', 0o4000], ['iflag', 'imaxbel', 0o20000], ['iflag', 'iutf8', 0o40000],
  ['oflag', 'opost', 0o1], ['oflag', 'olcuc', 0o2], ['oflag', 'ocrnl', 0o10], ['oflag', 'onlcr', 0o4], ['oflag', 'onocr', 0o20],
  ['oflag', 'onlret', 0o40], ['oflag', 'ofill', 0o100], ['oflag', 'ofdel', 0o200],
  ['lflag', 'isig', 0o1], ['lflag', 'icanon', 0o2], ['lflag', 'iexten', 0o100000], ['lflag', 'echo', 0o10], ['lflag', 'echoe', 0o20],
  ['lflag', 'echok', 0o40], ['lflag', 'echonl', 0o100], ['lflag', 'noflsh', 0o200], ['lflag', 'xcase', 0o4], ['lflag', 'tostop', 0o400],
  ['lflag', 'echoprt', 0o2000], ['lflag', 'echoctl', 0o1000], ['lflag', 'echoke', 0o4000], ['lflag', 'flusho', 0o10000], ['lflag', 'extproc', 0o200000],
];
const CC: Array<[string, number]> = [['intr', 0], ['quit', 1], ['erase', 2], ['kill', 3], ['eof', 4], ['eol', 11], ['eol2', 16], ['swtch', 7],
  ['start', 8], ['stop', 9], ['susp', 10], ['rprnt', 12], ['werase', 14], ['lnext', 15], ['discard', 13]];

function ccText(c: number): string {
  if (c === 0) return '<undef>';
  if (c === 127) return '^?';
  if (c < 32) return '^' + String.fromCharCode(c + 64);
  if (c >= 128) return 'M-' + ccText(c - 128);
  return String.fromCharCode(c);
}

/** GNU stty's wrapping printer. */
class Wrap {
  col = 0;
  out = '';
  constructor(readonly max: number) {}
  put(s: string): void {
    if (this.col > 0) {
      if (this.max - this.col <= s.length) { this.out += '\n'; this.col = 0; }
      else { this.out += ' '; this.col++; }
    }
    this.out += s;
    this.col += s.length;
  }
  nl(): void { if (this.col > 0) { this.out += '\n'; this.col = 0; } }
}

const flagOn = (t: Termios, set: FlagSet, bit: number): boolean => (bit === 0o60 ? (t[set] & 0o60) === 0o60 : (t[set] & bit) !== 0);

/** `stty -a` text for a termios and window size. */
export function sttyAll(t: Termios, rows: number, cols: number, width: number): string {
  const w = new Wrap(width);
  w.put('speed 38400 baud;');
  w.put(`rows ${rows};`);
  w.put(`columns ${cols};`);
  w.put('line = 0;');
  w.nl();
  for (const [name, i] of CC) w.put(`${name} = ${ccText(t.cc[i] ?? 0)};`);
  w.put(`min = ${t.cc[6] ?? 1};`);
  w.put(`time = ${t.cc[5] ?? 0};`);
  w.nl();
  let prev: FlagSet | null = null;
  for (const [set, name, bit] of FLAGS) {
    if (prev !== null && set !== prev) {
      if (prev === 'oflag') for (const d of ['nl0', 'cr0', 'tab0', 'bs0', 'vt0', 'ff0']) w.put(d);
      w.nl();
    }
    prev = set;
    w.put(flagOn(t, set, bit) ? name : `-${name}`);
  }
  w.nl();
  return w.out;
}

function applySetting(t: Termios, arg: string, next: () => string | undefined): string | null {
  const neg = arg.startsWith('-');
  const name = neg ? arg.slice(1) : arg;
  const f = FLAGS.find(([, n]) => n === name);
  if (f) { const [set, , bit] = f; if (neg) t[set] &= ~bit; else t[set] |= bit; return null; }
  const cc = CC.find(([n]) => n === name);
  if (cc) {
    const v = next();
    if (v === undefined) return `missing argument to ${arg}`;
    t.cc[cc[1]] = v === 'undef' || v === '^-' ? 0 : v === '^?' ? 127 : v.startsWith('^') ? v.charCodeAt(1) & 31 : v.charCodeAt(0);
    return null;
  }
  switch (name) {
    case 'raw': case 'cooked':
      if ((name === 'raw') !== neg) {
        t.iflag &= ~(0o1 | 0o2 | 0o4 | 0o10 | 0o20 | 0o40 | 0o100 | 0o200 | 0o400 | 0o2000 | 0o10000 | 0o1000 | 0o4000 | 0o20000);
        t.oflag &= ~0o1;
        t.lflag &= ~(0o2 | 0o1 | 0o4 | 0o100000);
        t.cc[6] = 1; t.cc[5] = 0;
      } else { t.iflag |= 0o2 | 0o400 | 0o2000; t.oflag |= 0o1; t.lflag |= 0o2 | 0o1 | 0o100000; }
      return null;
    case 'sane':
      t.iflag = 0o2 | 0o400 | 0o2000 | 0o20000 | 0o40000; t.oflag = 0o1 | 0o4; t.cflag = (t.cflag & ~0o60) | 0o60 | 0o200;
      t.lflag = 0o1 | 0o2 | 0o100000 | 0o10 | 0o20 | 0o40 | 0o1000 | 0o4000;
      Object.assign(t.cc, { 0: 3, 1: 28, 2: 127, 3: 21, 4: 4, 5: 0, 6: 1, 8: 17, 9: 19, 10: 26, 12: 18, 14: 23, 15: 22, 13: 15 });
      return null;
    case 'cbreak': if (neg) t.lflag |= 0o2; else t.lflag &= ~0o2; return null;
    case 'min': case 'time': { const v = next(); if (v === undefined) return `missing argument to ${arg}`; t.cc[name === 'min' ? 6 : 5] = Number(v); return null; }
    default: return `invalid argument ${arg}`;
  }
}

const stty = defineProgram('stty', function* (ctx) {
  const args = ctx.argv.slice(1);
  let fd = 0;
  if (args[0] === '-F' || args[0] === '--file') {
    const f = args[1] ?? '';
    fd = ctx.sys.open(f, 2 | 0o4000);
    if (fd < 0) { yield* ctx.err(`${ctx.prog}: ${f}: ${strerror(fd)}\n`); return 1; }
    args.splice(0, 2);
  }
  const t = ctx.sys.tcgetattr(fd);
  if (typeof t === 'number') { yield* ctx.err(`${ctx.prog}: 'standard input': ${strerror(t)}\n`); return 1; }
  const ws = ctx.sys.tiocgwinsz(fd);
  const rows = typeof ws === 'number' ? 0 : ws.rows, cols = typeof ws === 'number' ? 0 : ws.cols;
  const outWs = ctx.sys.tiocgwinsz(1);
  const width = typeof outWs === 'number' ? Number(ctx.env.get('COLUMNS') ?? 80) || 80 : outWs.cols || 80;
  if (args.length === 0 || args[0] === '-a' || args[0] === '--all') {
    if (args.length === 0) {
      const w = new Wrap(width);
      w.put('speed 38400 baud;'); w.put('line = 0;'); w.nl();
      const diffs = FLAGS.filter(([set, name, bit]) => {
        const sane = { brkint: true, icrnl: true, ixon: true, imaxbel: true, iutf8: true, opost: true, onlcr: true, cs8: true, cread: true,
          isig: true, icanon: true, iexten: true, echo: true, echoe: true, echok: true, echoctl: true, echoke: true } as Record<string, boolean>;
        return flagOn(t, set, bit) !== (sane[name] ?? false);
      });
      for (const [set, name, bit] of diffs) w.put(flagOn(t, set, bit) ? name : `-${name}`);
      w.nl();
      yield* ctx.out(w.out);
      return 0;
    }
    yield* ctx.out(sttyAll(t, rows, cols, width));
    return 0;
  }
  if (args[0] === 'size') { yield* ctx.out(`${rows} ${cols}\n`); return 0; }
  if (args[0] === '-g' || args[0] === '--save') {
    yield* ctx.out([t.iflag, t.oflag, t.cflag, t.lflag].map((x) => x.toString(16)).join(':') + ':' + t.cc.slice(0, 32).map((x) => x.toString(16)).join(':') + '\n');
    return 0;
  }
  const nt: Termios = { ...t, cc: [...t.cc] };
  let winChanged = false;
  let nr = rows, nc = cols;
  const saved = /^([0-9a-f]+:){35}[0-9a-f]+$/.exec(args[0] ?? '');
  if (saved) {
    const parts = args[0]!.split(':').map((x) => parseInt(x, 16));
    nt.iflag = parts[0]!; nt.oflag = parts[1]!; nt.cflag = parts[2]!; nt.lflag = parts[3]!; nt.cc = parts.slice(4);
  } else {
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === 'rows' || a === 'cols' || a === 'columns') {
        const v = Number(args[++i]);
        if (a === 'rows') nr = v; else nc = v;
        winChanged = true;
        continue;
      }
      const e = applySetting(nt, a, () => args[++i]);
      if (e !== null) { yield* ctx.err(`${ctx.prog}: ${e}\nTry '${ctx.prog} --help' for more information.\n`); return 1; }
    }
  }
  const r = ctx.sys.tcsetattr(fd, TCSADRAIN, nt);
  if (r < 0) { yield* ctx.err(`${ctx.prog}: 'standard input': ${strerror(r)}\n`); return 1; }
  if (winChanged) ctx.sys.tiocswinsz(fd, { rows: nr, cols: nc });
  return 0;
});

function* winsize(ctx: Ctx): Generator<void, { rows: number; cols: number }, void> {
  for (const fd of [1, 2, 0]) {
    const ws = ctx.sys.tiocgwinsz(fd);
    if (typeof ws !== 'number') return ws;
  }
  return { rows: Number(ctx.env.get('LINES') ?? 24), cols: Number(ctx.env.get('COLUMNS') ?? 80) };
}

const tput = defineProgram('tput', function* (ctx) {
  const args = ctx.argv.slice(1).filter((a) => !a.startsWith('-T'));
  if (args.length === 0) { yield* ctx.err(`${ctx.prog}: usage: tput [-V] [-S] [-T term] capname\n`); return 2; }
  const cap = args[0]!;
  const n = (i: number): number => Number(args[i] ?? 0);
  const ws = yield* winsize(ctx);
  const table: Record<string, () => string> = {
    cols: () => `${ws.cols}\n`, lines: () => `${ws.rows}\n`, colors: () => '256\n',
    clear: () => '\x1b[H\x1b[2J', cup: () => `\x1b[${n(1) + 1};${n(2) + 1}H`, home: () => '\x1b[H',
    bold: () => '\x1b[1m', dim: () => '\x1b[2m', smul: () => '\x1b[4m', rmul: () => '\x1b[24m', rev: () => '\x1b[7m', blink: () => '\x1b[5m',
    smso: () => '\x1b[7m', rmso: () => '\x1b[27m', sgr0: () => '\x1b(B\x1b[m', el: () => '\x1b[K', ed: () => '\x1b[J', el1: () => '\x1b[1K',
    civis: () => '\x1b[?25l', cnorm: () => '\x1b[?12l\x1b[?25h', smcup: () => '\x1b[?1049h\x1b[22;0;0t', rmcup: () => '\x1b[?1049l\x1b[23;0;0t',
    setaf: () => (n(1) < 8 ? `\x1b[3${n(1)}m` : n(1) < 16 ? `\x1b[9${n(1) - 8}m` : `\x1b[38;5;${n(1)}m`),
    setab: () => (n(1) < 8 ? `\x1b[4${n(1)}m` : n(1) < 16 ? `\x1b[10${n(1) - 8}m` : `\x1b[48;5;${n(1)}m`),
    cuu1: () => '\x1b[A', cud1: () => '\n', cuf1: () => '\x1b[C', cub1: () => '\b', sc: () => '\x1b7', rc: () => '\x1b8',
    bel: () => '\x07', cr: () => '\r', reset: () => '\x1bc', init: () => '', longname: () => 'xterm with 256 colors',
  };
  const f = table[cap];
  if (!f) { yield* ctx.err(`${ctx.prog}: unknown terminfo capability '${cap}'\n`); return 4; }
  yield* ctx.out(f());
  return 0;
});

export function termPrograms(): Record<string, Program> {
  return { '/bin/stty': stty, '/usr/bin/tput': tput };
}
