/**
 * Magic variables: reading $! $$ $| and writing %SIG entries, $|, $!, $0
 * (which retitles the process).
 * A container carries `mg` naming its magic; plain containers pay nothing.
 */
import { strerror } from '../abi/errno.ts';
import { PR_SET_NAME } from '../abi/prctl.ts';
import type { Vm } from './vm.ts';
import type { Sv, Val } from './values.ts';
import { setMagicGet, uninitWarn, valNum, valStr, val } from './scalar.ts';
import { setSv } from './refcount.ts';
import { sigMagicSet } from './signals.ts';
import { ioFlush, newIo, utf8String } from './io.ts';
import { specialCapture } from './regex-glue.ts';
import { globalPhase } from './lifecycle.ts';
import { perlVersionObject } from './version-object.ts';
import { charToUnit, unitToChar } from './astral.ts';
import { charNames, kernelName } from './sysnames.ts';
import { formVarGet, formVarSet } from './format-vars.ts';
import { shellBytes, shellString } from '../programs/lib/bytes.ts';

function magicGet(vm: Vm, sv: Sv): Val {
  switch (sv.mg!.k) {
    case 'errno': {
      const e = vm.img.errno;
      return e ? { t: 'd', n: e, s: strerror(e) } : { t: 'd', n: 0, s: '' };
    }
    case 'pid': return vm.sys.getpid();
    case 'ppid': return vm.sys.getppid();
    case 'autoflush': return vm.img.selected.io?.autoflush ? 1 : 0;
    case 'child': return vm.img.childStatus;
    case 'uid': return vm.sys.getuid();
    case 'euid': return vm.sys.geteuid();
    case 'gid': return `${vm.sys.getgid()} ${vm.sys.getgroups().join(' ') || vm.sys.getgid()}`;
    case 'egid': return `${vm.sys.getegid()} ${vm.sys.getgroups().join(' ') || vm.sys.getegid()}`;
    case 'lines': return vm.img.lastRead?.lines ?? undefined;
    case 'phase': return globalPhase(vm);
    // $] (perlvar): the version as a decimal, printed with six places.
    case 'perlver': return { t: 'd', n: 5.036, s: '5.036000', nv: true };
    case 'perlV': return perlVersionObject(vm, sv);
    case 'cap': return specialCapture(vm, sv.mg!.key!);
    case 'form': return formVarGet(vm, sv);
    case 'substr': { const m = sv.mg!; return valStr(vm, val(vm, m.of!)).substr(m.off!, m.len!); }
    case 'pos': {
      // pos is kept in code units; perl counts characters.
      const t = sv.mg!.of as Sv & { pos?: number };
      return t.pos === undefined ? undefined : unitToChar(valStr(vm, val(vm, t)), t.pos);
    }
  }
  return sv.v;
}

/** Called after a magic container was assigned. */
export function magicSet(vm: Vm, sv: Sv): void {
  const mg = sv.mg!;
  switch (mg.k) {
    case 'sig':
      // A handler given as a sub name is stored qualified ("handler" -> "main::handler").
      if (typeof sv.v === 'string' && sv.v !== '' && sv.v !== 'IGNORE' && sv.v !== 'DEFAULT' && !sv.v.includes('::') && mg.key !== '__WARN__' && mg.key !== '__DIE__') sv.v = `main::${sv.v}`;
      sigMagicSet(vm, mg.key!, sv.v);
      return;
    case 'errno': vm.img.errno = valNum(vm, sv.v); sv.v = undefined; return;
    case 'autoflush': {
      const g = vm.img.selected;
      const on = valNum(vm, sv.v) !== 0;
      sv.v = undefined;
      // A handle not opened yet still keeps the setting for when it is.
      g.io ??= newIo(-1, g.name, 'closed');
      g.io.autoflush = on;
      if (on) ioFlush(vm, g.io);
      return;
    }
    case 'child': vm.img.childStatus = valNum(vm, sv.v); return;
    case 'form': formVarSet(vm, sv); return;
    case 'substr': {
      // Assigning to substr's lvalue splices into its string; the window then covers the new text.
      const cur = valStr(vm, val(vm, mg.of!));
      const text = valStr(vm, sv.v);
      sv.v = undefined;
      setSv(vm, mg.of!, cur.slice(0, mg.off!) + text + cur.slice(mg.off! + mg.len!));
      if (mg.of!.mg) magicSet(vm, mg.of!);
      mg.len = text.length;
      return;
    }
    case 'pos': {
      const t = mg.of as Sv & { pos?: number };
      t.pos = sv.v === undefined ? undefined : charToUnit(valStr(vm, val(vm, t)), Math.trunc(valNum(vm, sv.v)));
      sv.v = undefined;
      return;
    }
    case 'lines': if (vm.img.lastRead) vm.img.lastRead.lines = valNum(vm, sv.v); return;
    case 'envhash':
      // An element of %ENV (it shares the hash's magic) holds bytes: characters above 0xFF go as their UTF-8 (mg.c, magic_setenv).
      if (typeof sv.v === 'string' && /[^\x00-\xff]/.test(sv.v)) {
        if (vm.frame.warn) vm.warn('Wide character in setenv');
        sv.v = utf8String(sv.v);
      }
      return;
    // $^F is an integer (mg.c keeps PL_maxsysfd as an IV).
    case 'maxsysfd': sv.v = Math.trunc(valNum(vm, sv.v, vm.frame.warn ? 'scalar assignment' : undefined, '$^F')); return;
    case 'progname':
      // mg.c takes the name with SvPV_force: $0 holds a string from now on.
      if (sv.v === undefined && vm.frame.warn) uninitWarn(vm, sv, 'scalar assignment');
      sv.v = valStr(vm, sv.v);
      // A name with characters above 0xFF is downgraded to its UTF-8 bytes, with the warning.
      if (/[^\x00-\xff]/.test(sv.v)) {
        vm.warn('Wide character in $0');
        sv.v = utf8String(sv.v);
      }
      setProgName(vm, sv.v);
      return;
  }
}

/** Bytes of strings (the kernel's text) laid out one after another, each with its NUL. */
function areaBytes(strings: readonly string[]): number {
  let n = 0;
  for (const s of strings) n += shellBytes(s).length + 1;
  return n;
}

/** Linux shows a rewritten argument area up to its first NUL, reading at most a page (proc(5)). */
const PROCTITLE_MAX = 4096;

/** The longest prefix of UTF-8 `b`, at most `max` bytes, that ends on a character boundary. */
function charCut(b: Uint8Array, max: number): number {
  if (b.length <= max) return b.length;
  let k = max;
  while (k > 0 && (b[k]! & 0xc0) === 0x80) k--;
  return k;
}

/**
 * `$0 = NAME` on Linux (perlvar $0; perl 5.36's mg.c, S_set_dollarzero).
 * perl overwrites the argument area it started with: argv's strings and,
 * when there is an environment, the environment strings that follow them
 * (perl.c counts both in PL_origalen). A longer name is cut to that room;
 * a shorter one ends with a NUL and the rest is spaces, the last byte a NUL.
 * The kernel then shows in /proc/PID/cmdline argv's original extent while
 * argv's last byte is still a NUL, else the text up to the first NUL.
 * Last, prctl(PR_SET_NAME) names the process (comm) after the new $0.
 * Cuts keep whole characters (perl and Linux cut bytes).
 */
function setProgName(vm: Vm, name: string): void {
  // The kernel's text for the perl string: its bytes as perl writes them (sysnames.ts).
  const title = kernelName(name, charNames(vm.img));
  const argLen = areaBytes(vm.img.argv);
  const room = argLen + areaBytes(vm.img.envp);
  if (room > 1) {
    const text = shellBytes(title);
    const area = new Uint8Array(room).fill(0x20);
    if (text.length >= room - 1) area.fill(0).set(text.subarray(0, charCut(text, room - 1)));
    else { area.set(text); area[text.length] = 0; }
    area[room - 1] = 0;
    let shown = area.subarray(0, argLen);
    if (area[argLen - 1] !== 0) {
      const page = area.subarray(0, charCut(area, Math.min(room, PROCTITLE_MAX)));
      const nul = page.indexOf(0);
      // A title filling the whole page reads back without its NUL; the strings add one.
      shown = nul < 0 ? page : page.subarray(0, nul + 1);
    }
    const str = shellString(shown);
    vm.sys.setcmdline((str.endsWith('\0') ? str.slice(0, -1) : str).split('\0'));
  }
  vm.sys.prctl(PR_SET_NAME, title);
}

export function installMagic(): void {
  setMagicGet(magicGet);
}

export { val };
