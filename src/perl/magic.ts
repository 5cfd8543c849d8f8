/**
 * Magic variables: reading $! $$ $| and writing %SIG entries, $|, $!, $0.
 * A container carries `mg` naming its magic; plain containers pay nothing.
 */
import { strerror } from '../abi/errno.ts';
import type { Vm } from './vm.ts';
import type { Sv, Val } from './values.ts';
import { setMagicGet, valNum, valStr, val } from './scalar.ts';
import { setSv } from './refcount.ts';
import { sigMagicSet } from './signals.ts';
import { ioFlush, newIo } from './io.ts';
import { specialCapture } from './regex-glue.ts';
import { globalPhase } from './lifecycle.ts';
import { perlVersionObject } from './version-object.ts';

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
    case 'substr': { const m = sv.mg!; return valStr(vm, val(vm, m.of!)).substr(m.off!, m.len!); }
    case 'pos': return (sv.mg!.of as Sv & { pos?: number }).pos;
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
    case 'pos': { const t = mg.of as Sv & { pos?: number }; t.pos = sv.v === undefined ? undefined : Math.trunc(valNum(vm, sv.v)); sv.v = undefined; return; }
    case 'lines': if (vm.img.lastRead) vm.img.lastRead.lines = valNum(vm, sv.v); return;
  }
}

export function installMagic(): void {
  setMagicGet(magicGet);
}

export { val };
