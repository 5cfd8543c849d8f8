/**
 * A fresh image for execve (perlrun: command-line switches, the program
 * from -e, a file or stdin) and the first run: read the script through sys
 * (so it can block), compile it, push the main frame.
 */
import { ERESTARTSYS, allErrnos, strerror } from '../abi/errno.ts';
import { O_RDONLY, X_OK } from '../abi/fcntl.ts';
import type { Image } from './image.ts';
import { RET } from './image.ts';
import { newAv, newHv, newSv, type Gv } from './values.ts';
import { newIo, fromBytes, toBytes, ioAppend, ioFlush, type StdIo } from './io.ts';
import { compileSource, lastCompileFailure, loadUnit, pushUnitFrame } from './modules.ts';
import type { Vm } from './vm.ts';
import { Flow } from './flow.ts';
import { gvSv, gvHv, gvAv, gvFetch } from './symbols.ts';
import { def, BLOCKED } from './builtins.ts';
import { val, valStr } from './scalar.ts';
import { envp, flushAll } from './process.ts';
import { withForcedWarnings } from './warn-compile-registry.ts';
import { SIGNAL_TABLE } from '../abi/signal-table.ts';
import { parseArgv, dashSVars } from './switches.ts';
import { perlName, decodeArg } from './sysnames.ts';
import { FORM_VARS } from './format-vars.ts';

/** The image execve creates: globals set up, program not yet read. */
export function newImage(argv: readonly string[], envp: readonly string[]): Image {
  // perl reads its arguments as bytes: the program text of -e, the script's name, @ARGV.
  const sw = parseArgv(argv.map(perlName));
  const img: Image = {
    argv: [...argv], envp: [...envp], frames: [], stack: [], save: [], tmps: [], globs: new Map(), pending: [], evals: [],
    ended: false, exit: null, endBlocks: [], errno: 0, childStatus: 0, lastMatch: null,
    selected: null as unknown as Gv, states: new Map(), flip: new Map(), nextAddr: 0x55d0c0a01e00, rand: null,
    warnHandlerDepth: 0, pid: 0, scriptName: '-e', switches: sw.sw, started: false, boot: null,
    globalDestruct: false, incDirs: sw.inc, modules: sw.mods, checkOnly: sw.check, objects: new Set(), handles: [],
    inDieHook: false, pendingDie: undefined, lastRead: null,
  };
  Object.assign(img.switches, { forceWarn: sw.forceWarn, s: sw.s, S: sw.S, x: sw.x, taint: sw.taint });
  if (sw.error) { img.boot = { kind: 'e', src: '' }; img.bootError = sw.error; return img; }
  if (sw.info !== null) { img.bootError = sw.info; img.bootStatus = 0; img.boot = { kind: 'e', src: '' }; return img; }
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
  env.mg = { k: 'envhash' };
  for (const kv of img.envp) {
    const i = kv.indexOf('=');
    if (i <= 0) continue;
    const sv = newSv(perlName(kv.slice(i + 1)));
    sv.mg = env.mg;
    env.h.set(perlName(kv.slice(0, i)), sv);
  }
  let args = img.scriptArgs ?? [];
  if (img.switches.s) {
    const s = dashSVars(args);
    for (const [name, value] of s.vars) gvSv(vm, `main::${name}`).v = value;
    args = s.rest;
  }
  const utf8Locale = utf8Env(img);
  const uni = (img.switches.C ?? 0) & 64 && !utf8Locale ? 0 : img.switches.C ?? 0;
  img.unicode = uni;
  // Arguments are bytes; -CA decodes them as UTF-8.
  gvAv(vm, 'main::ARGV').a = args.map((a) => newSv(uni & 32 ? decodeArg(a) : a));
  ['STDIN', 'STDOUT', 'STDERR'].forEach((name, i) => { const io = gvFetch(vm, `main::${name}`, false)?.io; if (io && uni & (1 << i)) io.utf8 = true; });
  gvSv(vm, 'main::^UNICODE').v = img.switches.C ?? 0;
  gvSv(vm, 'main::^UTF8LOCALE').v = utf8Locale ? 1 : 0;
  gvSv(vm, 'main::^I').v = img.switches.i ?? undefined;
  gvAv(vm, 'main::INC').a = [...img.incDirs, '/usr/lib/perl5', '/usr/local/lib/perl5', '.'].map((d) => newSv(d));
  gvHv(vm, 'main::INC');
  gvSv(vm, 'main::0').v = img.scriptName;
  gvSv(vm, 'main::0').mg = { k: 'progname' };
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
  for (const [n, key] of FORM_VARS) gvSv(vm, `main::${n}`).mg = { k: 'form', key };
  gvSv(vm, 'main:::').v = ' \n-';
  gvSv(vm, 'main::^L').v = '\f';
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

/** Whether the locale (LC_ALL, LC_CTYPE or LANG, the first one set) names UTF-8: -C's L asks it. */
function utf8Env(img: Image): boolean {
  const env = new Map(img.envp.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const loc = ['LC_ALL', 'LC_CTYPE', 'LANG'].map((k) => env.get(k) ?? '').find((v) => v !== '') ?? '';
  return /utf-?8/i.test(loc);
}

/** The -F pattern as perl writes it into split(): /re/, 'str' or "str" as given, anything else quoted with q\0...\0. */
function splitPattern(F: string | null): string {
  if (F === null) return "' '";
  const q = F[0];
  if ((q === '/' || q === "'" || q === '"') && F.indexOf(q, 1) > 0) return F;
  return `q\0${F.replace(/\\/g, '\\\\')}\0`;
}

/**
 * The program as perl compiles it (perlrun): the -M/-m statements, -E's
 * features and -w on line 0 (where perl names no place), the script from
 * line 1, inside the -n/-p loop when asked.
 */
function wrapSource(img: Image, src: string): { text: string; firstLine: number } {
  const sw = img.switches;
  const pre = [...img.modules];
  if (img.featureSay) pre.push("use feature ':5.36';");
  if (sw.w) pre.push('BEGIN { $^W = 1 }');
  // The compile cache knows programs by their text: -c, -W and -X change what the same text compiles to.
  const marks = `${img.checkOnly ? ' -c' : ''}${sw.forceWarn === 'all' ? ' -W' : sw.forceWarn === 'none' ? ' -X' : ''}`;
  if (marks) pre.push(`#${marks}`);
  // The -n/-p loop shares line 1 with the program: the line <> reports in its warnings.
  if (sw.n || sw.p) {
    const head = `LINE: while (defined($_ = readline ARGV)) {${sw.l !== null ? ' chomp;' : ''}${sw.a ? ` our @F = split(${splitPattern(sw.F)});` : ''} `;
    const tail = sw.p ? '\n;}\ncontinue { die "-p destination: $!\\n" unless print $_; }\n' : '\n;}\n';
    // The loop closes before an __END__ or __DATA__ line (the lexer stops reading code there).
    const end = /^__(?:END|DATA)__\b/m.exec(src);
    const cut = end ? end.index : src.length;
    src = `${head}${src.slice(0, cut)}${tail}${src.slice(cut)}`;
  }
  if (!pre.length) return { text: src, firstLine: 1 };
  return { text: `${pre.join(' ')}\n${src}`, firstLine: 0 };
}

/**
 * The script's #! line (perlrun): a line not naming perl runs the program it
 * names instead (with perl's own arguments); otherwise the switches after
 * `perl` are honoured as if given on the command line, except those perl
 * refuses there. Returns 0 to go on, or the Flow of an exec or a failure.
 */
function shebang(vm: Vm, line: string): number {
  const img = vm.img;
  const at = line.indexOf('perl');
  if (at < 0) {
    const m = /^\s*(\S+)(?:\s+(\S+))?/.exec(line);
    if (!m || line.includes('indir') || img.checkOnly || !(img.argv[0] ?? '').includes('perl')) return 0;
    const r = vm.sys.execve(m[1]!, [m[1]!, ...(m[2] ? [m[2]] : []), ...img.argv.slice(1).map(perlName)], envp(vm));
    if (r === -ERESTARTSYS) return Flow.STOP;
    return bootFail(vm, `Can't exec ${m[1]} at ${img.scriptName} line 1.\n`, 255);
  }
  const words = line.slice(at).split(/[ \t]+/).slice(1).filter((w) => w.startsWith('-'));
  const place = ` at ${img.scriptName} line 1.\n`;
  for (const w of words) {
    if (/^-[Mm]/.test(w)) return bootFail(vm, `Too late for "${w}" option${place}`, 255);
    const one = parseArgv(['perl', w, '-e', '']);
    if (one.error) return bootFail(vm, one.error.replace(/\.\n$/, place), 255);
    if (one.taint && !img.switches.taint) return bootFail(vm, `"-${one.taint}" is on the #! line, it must also be used on the command line${place}`, 255);
    // -C on the #! line must agree with the command line's: the standard handles are set up by then.
    if (one.sw.C !== undefined && one.sw.C !== (img.switches.C ?? 0)) return bootFail(vm, `Too late for "-C${/C([0-9A-Za-z]*)/.exec(w)?.[1] ?? ''}" option${place}`, 255);
  }
  if (words.length) shebangSwitches(vm, parseArgv(['perl', ...words, '-e', '']));
  return 0;
}

/** Merge the #! line's switches into those of the command line, and preset again the variables they set ($/, $\, $^W, $^I). */
function shebangSwitches(vm: Vm, parsed: ReturnType<typeof parseArgv>): void {
  const img = vm.img;
  const sw = parsed.sw;
  const cur = img.switches;
  cur.n ||= sw.n; cur.p ||= sw.p; cur.a ||= sw.a; cur.w ||= sw.w;
  if (sw.F !== null) cur.F = sw.F;
  if (sw.i !== null) cur.i = sw.i;
  if (sw.zero !== null) cur.zero = sw.zero;
  if (sw.l !== null) cur.l = sw.l;
  if (parsed.forceWarn) cur.forceWarn = parsed.forceWarn;
  if (cur.p) cur.n = false;
  if (parsed.check) img.checkOnly = true;
  gvSv(vm, 'main::/').v = cur.zero === null ? '\n' : cur.zero === 'undef' ? undefined : cur.zero;
  if (cur.l !== null) gvSv(vm, 'main::\\').v = cur.l;
  gvSv(vm, 'main::^W').v = cur.w ? 1 : 0;
  gvSv(vm, 'main::^I').v = cur.i ?? undefined;
}

/**
 * perl's exit status for a bad command line is the errno its start-up left:
 * ESPIPE (29) when stderr cannot seek (a pipe or a terminal), else ENOTTY (25).
 */
function startupErrno(vm: Vm): number {
  return vm.sys.lseek(2, 0, 1 /* SEEK_CUR */) < 0 ? 29 : 25;
}

/** Stop with `text` on stderr (or stdout for status 0) and that exit status. */
function bootFail(vm: Vm, text: string, status: number): number {
  vm.img.bootError = text;
  vm.img.bootStatus = status;
  return bootImage(vm);
}

/** -S: a script name without a slash is looked up along $PATH (the name itself when not found). */
function searchPath(vm: Vm, name: string): string {
  if (name.includes('/')) return name;
  const env = gvHv(vm, 'main::ENV').h.get('PATH');
  for (const dir of String(env?.v ?? '').split(':')) {
    const p = `${dir || '.'}/${name}`;
    if (vm.sys.access(p, X_OK) === 0) return p;
  }
  return name;
}

/** Read the script from a file or stdin: its text, Flow.BLOCK, or a failure already reported (Flow.STOP). */
function readScript(vm: Vm, b: Exclude<Image['boot'], null | { kind: 'e' }>): string | number {
  if (b.kind === 'file' && b.fd < 0 && vm.img.switches.S) b.path = searchPath(vm, b.path);
  const fd = b.kind === 'stdin' ? 0 : b.fd >= 0 ? b.fd : vm.sys.open(b.path, O_RDONLY);
  if (fd === -ERESTARTSYS) return Flow.BLOCK;
  if (fd < 0) return bootFail(vm, `Can't open perl script "${(b as { path: string }).path}": ${errText(-fd)}\n`, 2);
  if (b.kind === 'file') b.fd = fd;
  for (;;) {
    const r = vm.sys.read(fd, 65536);
    if (r === -ERESTARTSYS) return Flow.BLOCK;
    if (typeof r === 'number' && r < 0 && b.kind === 'file') {
      vm.sys.close(fd);
      // perl's exit status here is the errno its own later isatty check leaves (ENOTTY).
      return bootFail(vm, `Can't open perl script "${b.path}": ${errText(-r)}\n`, 25);
    }
    if (typeof r === 'number' || r.length === 0) break;
    b.buf += fromBytes(r);
  }
  if (b.kind === 'file') vm.sys.close(fd);
  return b.buf;
}

/** -x[dir]: the program starts at the first #! line naming perl. */
function skipToPerlLine(vm: Vm, src: string): string | null {
  const m = /^#![^\n]*perl/m.exec(src);
  if (!m) return null;
  const dir = vm.img.switches.x;
  if (dir) vm.sys.chdir(dir);
  return src.slice(m.index);
}

/** First run: read the program (may block), compile, push main. Returns Flow.BLOCK or 0. */
export function bootImage(vm: Vm): number {
  const img = vm.img;
  if (!img.globsReady) { initGlobals(vm); img.globsReady = true; }
  if (img.bootError !== undefined) {
    const err = gvFetch(vm, img.bootStatus === 0 ? 'main::STDOUT' : 'main::STDERR', false)!.io!;
    ioAppend(vm, err, img.bootError);
    if (ioFlush(vm, err) === Flow.BLOCK) return Flow.BLOCK;
    vm.sys.exit(img.bootStatus ?? startupErrno(vm));
    return Flow.STOP;
  }
  const b = img.boot!;
  let src: string;
  if (b.kind === 'e') src = b.src;
  else {
    const r = readScript(vm, b);
    if (typeof r === 'number') return r;
    src = r;
  }
  if (img.switches.x != null) {
    // perl looks for the #! line in a script only; with -e it finds none.
    const from = b.kind === 'e' ? null : skipToPerlLine(vm, src);
    if (from === null) return bootFail(vm, 'No Perl script found in input\n', 255);
    src = from;
  }
  if (b.kind !== 'e') {
    const bang = /^#!([^\n]*)/.exec(src);
    if (bang) { const r = shebang(vm, bang[1]!); if (r !== 0) return r; }
  }
  // perl warns as it starts, before BEGIN blocks; -X silences it (perlrun -i).
  if (img.switches.i != null && gvAv(vm, 'main::ARGV').a.length === 0 && img.switches.forceWarn !== 'none') {
    // Appended to STDERR's buffer, ahead of anything BEGIN prints (vm.warn waits for the first op).
    const err = gvFetch(vm, 'main::STDERR', false)?.io;
    if (err) { ioAppend(vm, err, '-i used with no filenames on the command line, reading from STDIN.\n'); ioFlush(vm, err); }
  }
  const w = wrapSource(img, src);
  const u = withForcedWarnings(img.switches.forceWarn ?? null, () => compileSource(w.text, img.scriptName, { firstLine: w.firstLine, checkOnly: img.checkOnly }));
  img.started = true;
  img.boot = null;
  if (typeof u === 'string') {
    const name = img.scriptName;
    // After a croak (CompileError.fatal) perl adds no line; `perl -c` says "had compilation errors".
    const tail = lastCompileFailure()?.fatal || /has too many errors|aborted/.test(u) ? '' : img.checkOnly ? `${name} had compilation errors.\n` : `Execution of ${name} aborted due to compilation errors.\n`;
    return bootFail(vm, u + tail, 255);
  }
  if (img.switches.forceWarn === 'none') gvSv(vm, 'main::^W').v = 0;
  const pad = loadUnit(vm, u);
  pushUnitFrame(vm, u, pad, 'main', RET.DROP, 0);
  return 0;
}

/** perl -c once BEGIN and CHECK blocks have run: flush, "NAME syntax OK" on stderr, exit 0 without INIT, main or END. */
def('__perl_c_ok', (vm, [name]) => {
  if (!flushAll(vm)) return BLOCKED;
  vm.sys.write(2, toBytes(vm, `${valStr(vm, val(vm, name!))} syntax OK\n`, null));
  vm.sys.exit(0);
  return { flow: Flow.STOP };
});

const errText = (e: number): string => strerror(e);
