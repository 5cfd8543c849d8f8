/**
 * A fresh image for execve (perlrun: command-line switches, the program
 * from -e, a file or stdin) and the first run: read the script through sys
 * (so it can block), compile it, push the main frame.
 */
import { ERESTARTSYS, allErrnos } from '../abi/errno.ts';
import { O_RDONLY } from '../abi/fcntl.ts';
import type { Image } from './image.ts';
import { RET } from './image.ts';
import { newAv, newHv, newSv, type Gv } from './values.ts';
import { newIo, fromBytes, ioAppend, ioFlush, type StdIo } from './io.ts';
import { compileSource, lastCompileFailure, loadUnit, pushUnitFrame } from './modules.ts';
import type { Vm } from './vm.ts';
import { Flow } from './flow.ts';
import { gvSv, gvHv, gvAv, gvFetch } from './symbols.ts';
import { startExit } from './lifecycle.ts';
import { SIGNAL_TABLE } from '../abi/signal-table.ts';

export const VERSION_TEXT = `
This is perl 5, version 36, subversion 0 (v5.36.0) built for x86_64-linux-gnu-thread-multi
(with 83 registered patches, see perl -V for more detail)

Copyright 1987-2022, Larry Wall

Perl may be copied only under the terms of either the Artistic License or the
GNU General Public License, which may be found in the Perl 5 source kit.

Complete documentation for Perl, including FAQ lists, should be found on
this system using "man perl" or "perldoc perl".  If you have access to the
Internet, point your browser at https://www.perl.org/, the Perl Home Page.

`;

interface Switches { code: string[]; E: boolean; file: string | null; args: string[]; sw: Image['switches']; inc: string[]; mods: string[]; check: boolean; version: boolean; error: string | null }

/** Parse perl's command line (perlrun). */
export function parseArgv(argv: readonly string[]): Switches {
  const out: Switches = { code: [], E: false, file: null, args: [], sw: { n: false, p: false, l: null, a: false, F: null, i: null, zero: null, w: false }, inc: [], mods: [], check: false, version: false, error: null };
  let i = 1;
  const takeArg = (rest: string): string | undefined => (rest !== '' ? rest : argv[++i]);
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') { i++; break; }
    if (a === '-' ) { out.file = '-'; i++; break; }
    if (!a.startsWith('-') || a.length < 2) break;
    let j = 1;
    while (j < a.length) {
      const c = a[j]!;
      const rest = a.slice(j + 1);
      if (c === 'e' || c === 'E') {
        const code = takeArg(rest);
        if (code === undefined) { out.error = 'No code specified for -e.\n'; return out; }
        out.code.push(code);
        if (c === 'E') out.E = true;
        break;
      }
      if (c === 'M' || c === 'm') {
        const m = takeArg(rest) ?? '';
        const [name, imports] = m.split('=');
        out.mods.push(imports !== undefined ? `use ${name} split(/,/,q\0${imports}\0);` : c === 'm' ? `use ${name} ();` : `use ${name};`);
        break;
      }
      if (c === 'I') { out.inc.push(takeArg(rest) ?? ''); break; }
      if (c === 'F') { out.sw.F = rest; out.sw.a = true; out.sw.n = out.sw.n || !out.sw.p; break; }
      if (c === 'i') { out.sw.i = rest; break; }
      if (c === 'l') { const m = /^[0-7]*/.exec(rest)![0]; out.sw.l = m ? String.fromCharCode(parseInt(m, 8)) : '\n'; j += 1 + m.length; continue; }
      if (c === '0') { const m = /^(x[0-9a-fA-F]+|[0-7]*)/.exec(rest)![0]; out.sw.zero = m.startsWith('x') ? String.fromCharCode(parseInt(m.slice(1), 16)) : m === '' ? '\0' : parseInt(m, 8) === 0o777 ? 'undef' : m === '0' ? '' : String.fromCharCode(parseInt(m, 8)); j += 1 + m.length; continue; }
      switch (c) {
        case 'n': out.sw.n = true; break;
        case 'p': out.sw.p = true; break;
        case 'a': out.sw.a = true; out.sw.n = out.sw.n || !out.sw.p; break;
        case 'w': case 'W': out.sw.w = true; break;
        case 'X': case 's': case 'T': case 't': case 'U': case 'u': case 'S': break;
        case 'c': out.check = true; break;
        case 'v': out.version = true; break;
        case 'x': break;
        default: out.error = `Unrecognized switch: -${c}  (-h will show valid options).\n`; return out;
      }
      j++;
    }
  }
  if (out.code.length === 0 && out.file === null && i < argv.length) out.file = argv[i++]!;
  out.args = argv.slice(i) as string[];
  return out;
}

/** The image execve creates: globals set up, program not yet read. */
export function newImage(argv: readonly string[], envp: readonly string[]): Image {
  const sw = parseArgv(argv);
  const img: Image = {
    argv: [...argv], envp: [...envp], frames: [], stack: [], save: [], tmps: [], globs: new Map(), pending: [], evals: [],
    ended: false, exit: null, endBlocks: [], errno: 0, childStatus: 0, lastMatch: null,
    selected: null as unknown as Gv, states: new Map(), flip: new Map(), nextAddr: 0x55d0c0a01e00, rand: null,
    warnHandlerDepth: 0, pid: 0, scriptName: '-e', switches: sw.sw, started: false, boot: null,
    globalDestruct: false, incDirs: sw.inc, modules: sw.mods, checkOnly: sw.check, objects: new Set(), handles: [],
    inDieHook: false, pendingDie: undefined, lastRead: null,
  };
  if (sw.error) { img.boot = { kind: 'e', src: '' }; img.bootError = sw.error; return img; }
  if (sw.version) { img.bootError = VERSION_TEXT; img.bootStatus = 0; img.boot = { kind: 'e', src: '' }; return img; }
  if (sw.code.length) { img.boot = { kind: 'e', src: sw.code.join('\n') + '\n' }; img.scriptName = '-e'; if (sw.E) img.featureSay = true; }
  else if (sw.file === null || sw.file === '-') { img.boot = { kind: 'stdin', buf: '' }; img.scriptName = '-'; }
  else { img.boot = { kind: 'file', path: sw.file, buf: '', fd: -1 }; img.scriptName = sw.file; }
  img.scriptArgs = sw.args;
  return img;
}

/** Globals every program starts with. */
function initGlobals(vm: Vm): void {
  const img = vm.img;
  const mk = (name: string, fd: number, mode: 'r' | 'w'): Gv => {
    const g = gvFetch(vm, `main::${name}`, true)!;
    g.io = newIo(fd, name, mode);
    return g;
  };
  mk('STDIN', 0, 'r');
  img.selected = mk('STDOUT', 1, 'w');
  (mk('STDERR', 2, 'w').io as StdIo).unbuf = true;
  const env = gvHv(vm, 'main::ENV');
  for (const kv of img.envp) { const i = kv.indexOf('='); if (i > 0) env.h.set(kv.slice(0, i), newSv(kv.slice(i + 1))); }
  gvAv(vm, 'main::ARGV').a = (img.scriptArgs ?? []).map((a) => newSv(a));
  gvAv(vm, 'main::INC').a = [...img.incDirs, '/usr/lib/perl5', '/usr/local/lib/perl5', '.'].map((d) => newSv(d));
  gvHv(vm, 'main::INC');
  gvSv(vm, 'main::0').v = img.scriptName;
  gvSv(vm, 'main::/').v = img.switches.zero === null ? '\n' : img.switches.zero === 'undef' ? undefined : img.switches.zero;
  gvSv(vm, 'main::"').v = ' ';
  gvSv(vm, 'main::;').v = '\x1c';
  gvSv(vm, 'main::@').v = '';
  gvSv(vm, 'main::^O').v = 'linux';
  gvSv(vm, 'main::^X').v = '/usr/bin/perl';
  gvSv(vm, 'main::]').v = 5.036;
  gvSv(vm, 'main::^V').v = 'v5.36.0';
  gvSv(vm, 'main::^W').v = img.switches.w ? 1 : 0;
  gvSv(vm, 'main::^T').v = vm.sys.clockGettime('realtime')[0];
  const magic: [string, string][] = [['!', 'errno'], ['$', 'pid'], ['|', 'autoflush'], ['?', 'child'], ['<', 'uid'], ['>', 'euid'], ['(', 'gid'], [')', 'egid'], ['.', 'lines']];
  for (const [n, k] of magic) gvSv(vm, `main::${n}`).mg = { k };
  for (const n of ['&', '`', "'", '+', '^N', '1', '2', '3', '4', '5', '6', '7', '8', '9']) gvSv(vm, `main::${n}`).mg = { k: 'cap', key: n };
  const sig = gvHv(vm, 'main::SIG');
  sig.mg = { k: 'sighash' };
  // Signals ignored when perl started (nohup, a parent's IGNORE kept across exec) show as 'IGNORE'.
  for (const [num, name] of SIGNAL_TABLE) {
    if (num > 0 && num < 32 && vm.sys.sigdisposition(num) === 'ignore') { const e = newSv('IGNORE'); e.mg = { k: 'sig', key: name }; sig.h.set(name, e); }
  }
  gvHv(vm, 'main::+').mg = { k: 'named' };
  gvHv(vm, 'main::-').mg = { k: 'namedall' };
  gvAv(vm, 'main::-').mg = { k: 'matchstart' };
  gvAv(vm, 'main::+').mg = { k: 'matchend' };
  const errHash = gvHv(vm, 'main::!');
  errHash.mg = { k: 'errnohash' };
  for (const [, names] of allErrnos()) for (const n of names) errHash.h.set(n, newSv(0));
  if (img.switches.l !== null) gvSv(vm, 'main::\\').v = img.switches.l;
  gvFetch(vm, 'main::ENV', true);
  void newAv; void newHv;
}

/** Program text with -n/-p/-l/-a wrapping and -M modules. */
function wrapSource(img: Image, src: string): string {
  const sw = img.switches;
  let pre = img.modules.join(' ');
  if (img.featureSay) pre += ' use feature qw(say);';
  if (img.switches.w) pre += ' BEGIN { $^W = 1 }';
  if (!sw.n && !sw.p) return pre ? `${pre} ${src}` : src;
  let head = 'LINE: while (defined($_ = <ARGV>)) {';
  if (sw.l !== null) head += ' chomp;';
  if (sw.a) head += ` our @F = split(${sw.F ? (sw.F.startsWith('/') ? sw.F : `/${sw.F.replace(/^['"]|['"]$/g, '')}/`) : "' '"}, $_, 0);`;
  const tail = sw.p ? '\n;}\ncontinue { die "-p destination: $!\\n" unless print $_; }\n' : '\n;}\n';
  return `${pre} ${head} ${src}${tail}`;
}

/**
 * Switches on the script's #! line (perlrun: they are honoured as if given
 * on the command line): -n -p -a -F -l -0 -i -w join those already set, and
 * the variables they preset ($/, $\, $^W) are set again.
 */
function shebangSwitches(vm: Vm, words: string[]): void {
  const img = vm.img;
  const sw = parseArgv(['perl', ...words.filter((w) => w.startsWith('-')), '-e', '']).sw;
  const cur = img.switches;
  cur.n ||= sw.n; cur.p ||= sw.p; cur.a ||= sw.a; cur.w ||= sw.w;
  if (sw.F !== null) cur.F = sw.F;
  if (sw.i !== null) cur.i = sw.i;
  if (sw.zero !== null) cur.zero = sw.zero;
  if (sw.l !== null) cur.l = sw.l;
  if (cur.p) cur.n = false;
  if (parseArgv(['perl', ...words.filter((w) => w.startsWith('-')), '-e', '']).check) img.checkOnly = true;
  gvSv(vm, 'main::/').v = cur.zero === null ? '\n' : cur.zero === 'undef' ? undefined : cur.zero;
  if (cur.l !== null) gvSv(vm, 'main::\\').v = cur.l;
  gvSv(vm, 'main::^W').v = cur.w ? 1 : 0;
}

/** First run: read the program (may block), compile, push main. Returns Flow.BLOCK or 0. */
export function bootImage(vm: Vm): number {
  const img = vm.img;
  if (!img.globsReady) { initGlobals(vm); img.globsReady = true; }
  if (img.bootError !== undefined) {
    const err = gvFetch(vm, img.bootStatus === 0 ? 'main::STDOUT' : 'main::STDERR', false)!.io!;
    ioAppend(vm, err, img.bootError);
    if (ioFlush(vm, err) === Flow.BLOCK) return Flow.BLOCK;
    vm.sys.exit(img.bootStatus ?? 29);
    return Flow.STOP;
  }
  const b = img.boot!;
  let src: string;
  if (b.kind === 'e') src = b.src;
  else {
    const fd = b.kind === 'stdin' ? 0 : b.fd >= 0 ? b.fd : vm.sys.open(b.path, O_RDONLY);
    if (fd === -ERESTARTSYS) return Flow.BLOCK;
    if (fd < 0) {
      img.bootError = `Can't open perl script "${(b as { path: string }).path}": ${errText(-fd)}\n`;
      img.bootStatus = 2;
      return bootImage(vm);
    }
    if (b.kind === 'file') b.fd = fd;
    for (;;) {
      const r = vm.sys.read(fd, 65536);
      if (r === -ERESTARTSYS) return Flow.BLOCK;
      if (typeof r === 'number' || r.length === 0) break;
      b.buf += fromBytes(r);
    }
    if (b.kind === 'file') vm.sys.close(fd);
    src = b.buf;
    const she = /^#!.*perl\S*[ \t]+(-[^\n]*)/.exec(src);
    if (she) shebangSwitches(vm, she[1]!.trim().split(/\s+/));
  }
  const u = compileSource(wrapSource(img, src), img.scriptName);
  img.started = true;
  img.boot = null;
  if (typeof u === 'string') {
    const name = img.scriptName;
    // After a croak (CompileError.fatal) perl adds no line; `perl -c` says "had compilation errors".
    const tail = lastCompileFailure()?.fatal || /has too many errors|aborted/.test(u) ? '' : img.checkOnly ? `${name} had compilation errors.\n` : `Execution of ${name} aborted due to compilation errors.\n`;
    img.bootError = u + tail;
    img.bootStatus = 255;
    return bootImage(vm);
  }
  if (img.checkOnly) {
    img.bootError = `${img.scriptName} syntax OK\n`;
    img.bootStatus = 0;
    const err = gvFetch(vm, 'main::STDERR', false)!.io!;
    ioAppend(vm, err, img.bootError);
    ioFlush(vm, err);
    vm.sys.exit(0);
    return Flow.STOP;
  }
  const pad = loadUnit(vm, u);
  pushUnitFrame(vm, u, pad, 'main', RET.DROP, 0);
  void startExit;
  return 0;
}

import { strerror } from '../abi/errno.ts';
const errText = (e: number): string => strerror(e);
