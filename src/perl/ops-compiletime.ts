/**
 * Builtins the compiler emits for compile-time matters: the checks of `use
 * VERSION`, `no VERSION` and `require VERSION`, v-string containers, and
 * the main program's ${^GLOBAL_PHASE} steps.
 */
import { callAndResume, def, died } from './builtins.ts';
import { val, valStr } from './scalar.ts';
import { isRef, newAv, newHv, newSv, type Container, type Cv, type Sv } from './values.ts';
import { decref, incref, mortalRef } from './refcount.ts';
import { subOf } from './code.ts';
import { parseVersion, versionComplaint } from './versions.ts';

/**
 * `__version_check(TEXT, HOW)`: the run-time half of `use VERSION` (HOW
 * "use": a BEGIN failure), `no VERSION` ("no") and `require VERSION`.
 */
def('__version_check', (vm, [t, how]) => {
  const text = valStr(vm, val(vm, t!));
  const kind = valStr(vm, val(vm, how!));
  const v = parseVersion(text);
  if (!v) return 1;
  const msg = versionComplaint(v, kind === 'no');
  if (msg === null) return 1;
  const at = vm.where();
  return died(vm.die(kind === 'require' ? `${msg}${at}` : `${msg}${at}BEGIN failed--compilation aborted${at}`));
});

/** `__vstring(CHARS, TEXT)`: a v-string literal as a container, so `\v1.2` is a VSTRING reference. */
def('__vstring', (vm, [chars, text]) => {
  const sv: Sv = { t: 's', v: valStr(vm, val(vm, chars!)), rc: 0, ro: true, mg: { k: 'vstring', key: valStr(vm, val(vm, text!)) } };
  return sv;
});

/** `__phase(NAME)`: the main program's prologue moving ${^GLOBAL_PHASE} on (START, CHECK, INIT, RUN). */
def('__phase', (vm, [p]) => {
  const name = valStr(vm, val(vm, p!));
  vm.img.phase = name === 'RUN' ? undefined : name;
  return 1;
});

/**
 * `__queue_phase(CODE, KIND, LATE)`: a CHECK or INIT block compiled while the
 * main program is (perlmod): queued for its phase. Compiled later (a run-time
 * require or eval) it never runs, and perl says so where warnings are on.
 */
def('__queue_phase', (vm, [code, kind, late]) => {
  const v = val(vm, code!);
  const cv = isRef(v) && v.to.t === 'c' ? v.to : null;
  if (!cv) return 1;
  if (vm.img.phase === 'START') {
    const q = (vm.img.phaseQueues ??= { CHECK: [], INIT: [] });
    incref(cv);
    q[valStr(vm, val(vm, kind!)) === 'CHECK' ? 'CHECK' : 'INIT'].push(cv);
    return 1;
  }
  const msg = valStr(vm, val(vm, late!));
  if (msg) vm.warn(msg);
  return 1;
});

/** `__run_phase(KIND)`: call the queued CHECK blocks last first, or the INIT blocks first first, one per execution. */
def('__run_phase', (vm, [kind], _w, pc, f) => {
  const q = vm.img.phaseQueues;
  const cv = valStr(vm, val(vm, kind!)) === 'CHECK' ? q?.CHECK.pop() : q?.INIT.shift();
  if (!cv) { f.opState = null; return 1; }
  const r = callAndResume(vm, f, pc, cv, [], 0);
  decref(vm, cv);
  return r;
});

/**
 * `__end_unbound(INDEX)`: an END block nested in a sub, as registered when
 * compiled. A variable its sub takes from the unit's main body is shared;
 * the sub's own lexicals are stand-ins until `__bind_end` (undef if the sub
 * never runs, as in perl).
 */
def('__end_unbound', (vm, [i], _w, _pc, f) => {
  const idx = Number(val(vm, i!));
  const sub = subOf(f.unit, idx);
  const outer = subOf(f.unit, sub.parent);
  const pad = f.pad as (Container | undefined)[];
  const fresh = (name: string | undefined): Container => (name?.[0] === '@' ? newAv() : name?.[0] === '%' ? newHv() : newSv());
  const captured = sub.captures.map((c) => {
    const from = outer.parent === f.sub ? outer.captures.find((o) => o.inner === c.outer) : undefined;
    if (!from) return fresh(outer.padNames[c.outer]);
    const x = (pad[from.outer] ??= fresh(subOf(f.unit, f.sub).padNames[from.outer]));
    incref(x);
    return x;
  });
  const cv: Cv = { t: 'c', rc: 0, unit: f.unit, sub: idx, captured, name: '__ANON__', pkg: sub.pkg, unbound: true };
  return mortalRef(vm, cv);
});

/** `__bind_end(CODE)`: the first run of a sub reaching its END block gives the registered block this call's variables. */
def('__bind_end', (vm, [code]) => {
  const v = val(vm, code!);
  if (!isRef(v) || v.to.t !== 'c') return 1;
  const now = v.to;
  const e = vm.img.endBlocks.find((b) => b.unbound && b.unit === now.unit && b.sub === now.sub);
  if (!e) return 1;
  for (const x of e.captured) decref(vm, x);
  e.captured = now.captured.map((x) => { incref(x); return x; });
  e.unbound = false;
  return 1;
});
