/**
 * The mro module (perlfunc "mro", perlmro): `use mro 'c3'` switches the
 * calling class to C3 method resolution (symbols.ts reads %mro::c3), and
 * mro::get_linear_isa / get_mro / set_mro.
 */
import type { Vm } from './vm.ts';
import { NATIVE_TABLE, type NativeSub } from './flow.ts';
import { registerNative } from './modules.ts';
import { defineSub, gvHv, mro } from './symbols.ts';
import { newAv, newSv, type Cv, type Sv, type Val } from './values.ts';
import { val, valStr, type Item } from './scalar.ts';

const NAMES: string[] = [];
function sub(name: string, fn: NativeSub): void {
  NATIVE_TABLE.set(`mro::${name}`, fn);
  NAMES.push(name);
}
const S = (vm: Vm, x: Val | Sv | undefined): string => (x === undefined ? '' : valStr(vm, val(vm, x as Item)));

function setMro(vm: Vm, cls: string, kind: string): void {
  const table = gvHv(vm, 'mro::c3');
  if (kind === 'c3') table.h.set(cls, newSv(1)); else table.h.delete(cls);
}

sub('import', (vm, [, kind]) => { if (kind !== undefined) setMro(vm, vm.frame.pkg, S(vm, kind)); return undefined; });
sub('set_mro', (vm, [cls, kind]) => { setMro(vm, S(vm, cls), S(vm, kind)); return undefined; });
sub('get_mro', (vm, [cls]) => (gvHv(vm, 'mro::c3').h.has(S(vm, cls)) ? 'c3' : 'dfs'));
sub('get_linear_isa', (vm, [cls]) => {
  const av = newAv(mro(vm, S(vm, cls)).map((c) => newSv(c)));
  av.rc = 0;
  return vm.mortalRef(av);
});

registerNative('mro', (vm) => {
  for (const name of NAMES) {
    const cv: Cv = { t: 'c', rc: 0, unit: -1, sub: -1, captured: [], name, pkg: 'mro', native: `mro::${name}` };
    defineSub(vm, `mro::${name}`, cv);
  }
});
