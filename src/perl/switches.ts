/**
 * perl's command line (perlrun "Command Switches"): the switches before the
 * program, the texts of -v and -h, and the -s switch parsing done on the
 * script's own arguments.
 */
import type { Image } from './image.ts';

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

/** What `perl -h` prints (perl 5.36's usage text). */
export const USAGE_TEXT = `
Usage: perl [switches] [--] [programfile] [arguments]
  -0[octal/hexadecimal] specify record separator (\\0, if no argument)
  -a                    autosplit mode with -n or -p (splits $_ into @F)
  -C[number/list]       enables the listed Unicode features
  -c                    check syntax only (runs BEGIN and CHECK blocks)
  -d[t][:MOD]           run program under debugger or module Devel::MOD
  -D[number/letters]    set debugging flags (argument is a bit mask or alphabets)
  -e commandline        one line of program (several -e's allowed, omit programfile)
  -E commandline        like -e, but enables all optional features
  -f                    don't do $sitelib/sitecustomize.pl at startup
  -F/pattern/           split() pattern for -a switch (//'s are optional)
  -i[extension]         edit <> files in place (makes backup if extension supplied)
  -Idirectory           specify @INC/#include directory (several -I's allowed)
  -l[octnum]            enable line ending processing, specifies line terminator
  -[mM][-]module        execute "use/no module..." before executing program
  -n                    assume "while (<>) { ... }" loop around program
  -p                    assume loop like -n but print line also, like sed
  -s                    enable rudimentary parsing for switches after programfile
  -S                    look for programfile using PATH environment variable
  -t                    enable tainting warnings
  -T                    enable tainting checks
  -u                    dump core after parsing program
  -U                    allow unsafe operations
  -v                    print version, patchlevel and license
  -V[:configvar]        print configuration summary (or a single Config.pm variable)
  -w                    enable many useful warnings
  -W                    enable all warnings
  -x[directory]         ignore text before #!perl line (optionally cd to directory)
  -X                    disable all warnings
  
Run 'perldoc perl' for more help with Perl.

`;

export interface Switches {
  code: string[];
  /** -E: the features of this perl (say, state, fc, ...). */
  E: boolean;
  file: string | null;
  args: string[];
  sw: Image['switches'];
  inc: string[];
  /** `use`/`no` statements from -M/-m (and -V's Config call), in order. */
  mods: string[];
  check: boolean;
  /** -v or -h: print this on stdout and exit 0. */
  info: string | null;
  /** -s: turn the program's leading -name[=value] arguments into variables. */
  s: boolean;
  /** -S: look the script up along $PATH. */
  S: boolean;
  /** -x[dir]: skip text before the #!perl line (and chdir to dir when given). */
  x: string | null;
  /** -W (every warning, whatever the pragmas say) or -X (none). */
  forceWarn: 'all' | 'none' | null;
  /** -t or -T (accepted; the letter, which a #! line must repeat). */
  taint: string;
  /** -V: the program is empty (perl reads /dev/null). */
  noScript: boolean;
  error: string | null;
}

const newSwitches = (): Switches => ({
  code: [], E: false, file: null, args: [], inc: [], mods: [], check: false, info: null, s: false, S: false, x: null,
  forceWarn: null, taint: '', noScript: false, error: null,
  sw: { n: false, p: false, l: null, a: false, F: null, i: null, zero: null, w: false },
});

/**
 * -0[octal|xHEX]: the input record separator; 'undef' for -0777 (slurp), ''
 * for -00 (paragraphs). `digits` starts with the switch's own 0, as perl counts them.
 */
function recordSep(digits: string): string {
  if (digits.startsWith('x')) return String.fromCodePoint(parseInt(digits.slice(1), 16) || 0);
  const n = parseInt(digits, 8);
  if (n >= 0o400) return 'undef';
  if (n === 0 && digits.length >= 2) return '';
  return String.fromCharCode(n);
}

/** -M/-m argument as perl's preamble statement: `use Mod;`, `use Mod ();`, `use Mod split(/,/,q\0a,b\0);`, `no Mod;`. */
function moduleStatement(arg: string, letter: 'M' | 'm'): string {
  let use = 'use';
  if (arg.startsWith('-')) { use = 'no'; arg = arg.slice(1); }
  const eq = arg.indexOf('=');
  if (eq >= 0) {
    // perl writes split(/,/,q\0LIST\0); the same words as a list of strings let the parser see the imports.
    const words = arg.slice(eq + 1).split(',');
    while (words.length && words[words.length - 1] === '') words.pop();
    if (!words.length) return `${use} ${arg.slice(0, eq)} split(/,/,q\0${arg.slice(eq + 1)}\0);`;
    return `${use} ${arg.slice(0, eq)} (${words.map((w) => `q\0${w}\0`).join(', ')});`;
  }
  return letter === 'm' && !/\s/.test(arg) ? `${use} ${arg} ();` : `${use} ${arg};`;
}

/**
 * A switch that takes the rest of its word, or the next word (-e, -M, -I,
 * -F, -i, -x, -V, -d): true when it was one (the cluster ends there), null
 * when not; an error is left in `out.error`.
 */
function wordSwitch(out: Switches, c: string, rest: string, next: () => string | undefined): true | null {
  const sw = out.sw;
  switch (c) {
    case 'e': case 'E': {
      const code = rest !== '' ? rest : next();
      if (code === undefined) { out.error = `No code specified for -${c}.\n`; return true; }
      out.code.push(code);
      if (c === 'E') out.E = true;
      return true;
    }
    case 'M': case 'm': {
      const m = rest !== '' ? rest : next();
      if (m === undefined || m === '') out.error = `Missing argument to -${c}.\n`;
      else out.mods.push(moduleStatement(m, c));
      return true;
    }
    case 'I': {
      const d = rest !== '' ? rest : next();
      if (d === undefined) out.error = 'No directory specified for -I.\n';
      else out.inc.push(d);
      return true;
    }
    case 'F': sw.F = rest; sw.a = true; sw.n = true; return true;
    case 'i': sw.i = rest; return true;
    case 'x': out.x = rest; return true;
    case 'V':
      // perl runs Config's own code for -V, with an empty program.
      out.mods.push(rest.startsWith(':') ? `use Config; Config::config_vars(qw\0${rest.slice(1)}\0);` : 'use Config; Config::_V();');
      out.noScript = true;
      return true;
    case 'd': {
      // The debugger is perl5db.pl, which this machine does not have: loading it fails as perl's would.
      const m = /^t?(?::(.*))?$/.exec(rest);
      out.mods.push(m?.[1] ? moduleStatement(`Devel::${m[1]}`, 'M') : "BEGIN { require 'perl5db.pl' }");
      return true;
    }
  }
  return null;
}

/** A switch followed by digits or letters of its own (-l, -0, -C, -D): how many characters it used, or null. */
function digitSwitch(out: Switches, c: string, rest: string): number | null {
  const sw = out.sw;
  switch (c) {
    case 'l': {
      const m = /^[0-7]*/.exec(rest)![0];
      // Without digits, $\ takes $/ as set so far ("\n\n" in paragraph mode).
      sw.l = m ? String.fromCharCode(parseInt(m, 8)) : sw.zero === null ? '\n' : sw.zero === '' ? '\n\n' : sw.zero === 'undef' ? '' : sw.zero;
      return 1 + m.length;
    }
    case '0': {
      const m = /^(x[0-9a-fA-F]*|[0-7]*)/.exec(rest)![0];
      sw.zero = recordSep(m.startsWith('x') ? m : `0${m}`);
      return 1 + m.length;
    }
    case 'D':
      out.mods.push('BEGIN { print STDERR "Recompile perl with -DDEBUGGING to use -D switch (did you mean -d ?)\\n" }');
      return 1 + /^[0-9A-Za-z]*/.exec(rest)![0].length;
    case 'C': {
      const m = /^[0-9A-Za-z]*/.exec(rest)![0];
      sw.C = unicodeFlags(m);
      return 1 + m.length;
    }
  }
  return null;
}

/** perlrun -C: the letters (or a number) as ${^UNICODE}'s bits; bare -C is -CSDL. */
const C_BITS: Record<string, number> = { I: 1, O: 2, E: 4, S: 7, i: 8, o: 16, D: 24, A: 32, L: 64, a: 256 };

function unicodeFlags(spec: string): number {
  if (spec === '') return 7 | 24 | 64;
  if (/^\d/.test(spec)) return parseInt(spec, 10) || 0;
  let n = 0;
  for (const c of spec) n |= C_BITS[c] ?? 0;
  return n;
}

/** A switch of one letter: false when parsing stops (-v, -h, --version, an unknown switch). */
function flagSwitch(out: Switches, c: string, rest: string, word: string): boolean {
  const sw = out.sw;
  switch (c) {
    case 'n': sw.n = true; return true;
    case 'p': sw.p = true; return true;
    case 'a': sw.a = true; sw.n = true; return true;
    // -w does not undo an earlier -X or -W.
    case 'w': if (out.forceWarn === null) sw.w = true; return true;
    case 'W': out.forceWarn = 'all'; sw.w = true; return true;
    case 'X': out.forceWarn = 'none'; sw.w = false; return true;
    case 'c': out.check = true; return true;
    case 's': out.s = true; return true;
    case 'S': out.S = true; return true;
    case 't': case 'T': out.taint = c; return true;
    case 'U': case 'u': case 'f': return true;
    case 'v': out.info = VERSION_TEXT; return false;
    case 'h': out.info = USAGE_TEXT; return false;
    case '-':
      // GNU-style --version and --help; any other long option is unknown.
      if (rest === 'version') { out.info = VERSION_TEXT; return false; }
      if (rest === 'help') { out.info = USAGE_TEXT; return false; }
      break;
  }
  out.error = `Unrecognized switch: -${word}  (-h will show valid options).\n`;
  return false;
}

/**
 * One cluster of switch letters (`-lane`, `-pi.bak`, `-F:`); `next` takes the
 * following word for switches whose value may stand apart (-e, -I, -M).
 * Returns false when parsing must stop (an error or -v/-h).
 */
function cluster(out: Switches, a: string, next: () => string | undefined): boolean {
  let j = 1;
  while (j < a.length) {
    const c = a[j]!;
    const rest = a.slice(j + 1);
    if (c === '-' && rest === '') return true;
    if (wordSwitch(out, c, rest, next)) return out.error === null;
    const used = digitSwitch(out, c, rest);
    if (used !== null) { j += used; continue; }
    if (!flagSwitch(out, c, rest, a.slice(j))) return false;
    j++;
  }
  return true;
}

/** Parse perl's command line (perlrun): switches, then the program (-e, a file, `-` or stdin), then @ARGV. */
export function parseArgv(argv: readonly string[]): Switches {
  const out = newSwitches();
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') { i++; break; }
    // `-` is the program on stdin, or with -e the first argument.
    if (a === '-') { if (out.code.length === 0) { out.file = '-'; i++; } break; }
    if (!a.startsWith('-') || a.length < 2) break;
    if (!cluster(out, a, () => argv[++i])) return out;
  }
  if (out.sw.p) out.sw.n = false;
  if (out.noScript && out.code.length === 0) out.code.push('');
  if (out.code.length === 0 && out.file === null && i < argv.length) out.file = argv[i++]!;
  out.args = argv.slice(i) as string[];
  return out;
}

/**
 * -s: leading `-name` / `-name=value` arguments become `$main::name` (1 or
 * the value) and leave @ARGV; `--` ends them and is removed, `-` ends them.
 */
export function dashSVars(args: string[]): { vars: [string, string][]; rest: string[] } {
  const vars: [string, string][] = [];
  let k = 0;
  for (; k < args.length; k++) {
    const a = args[k]!;
    if (a === '--') { k++; break; }
    if (!a.startsWith('-') || a === '-') break;
    const eq = a.indexOf('=');
    vars.push(eq >= 0 ? [a.slice(1, eq), a.slice(eq + 1)] : [a.slice(1), '1']);
  }
  return { vars, rest: args.slice(k) };
}
