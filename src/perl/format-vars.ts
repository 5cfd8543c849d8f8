/**
 * The state formats keep: the accumulators ($^A and the top-of-page
 * format's) in the image, and each handle's page settings, with the magic
 * variables that show them ($^A, and $~ $^ $= $- $% of the selected handle).
 */
import type { Vm } from './vm.ts';
import type { Io, IoForm, Sv, Val } from './values.ts';
import { valNum, valStr } from './scalar.ts';
import { qualifySym } from './symbols.ts';

/** The accumulators: the body's ($^A) and the top-of-page format's, and which one formline fills. */
export interface FormTarget { body: string; bodyLines: number; top: string; topLines: number; inTop: boolean; at?: { file: string; line: number } }

/** The image's accumulators, made on first use. */
export function formTarget(vm: Vm): FormTarget {
  return (vm.img.form ??= { body: '', bodyLines: 0, top: '', topLines: 0, inTop: false });
}

/** A handle's format settings, made with perl's defaults (page of 60 lines). */
export function ioForm(io: Io): IoForm {
  return (io.form ??= { pageLen: 60, linesLeft: 0, page: 0, didTop: false });
}

const countLines = (s: string): number => { let n = 0; for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++; return n; };

/** Read $~ $^ $= $- $% (of the selected handle) and $^A. */
export function formVarGet(vm: Vm, sv: Sv): Val {
  const k = sv.mg!.key!;
  if (k === 'A') return formTarget(vm).body;
  const g = vm.img.selected;
  const io = g.io;
  switch (k) {
    case '~': return io?.form?.fmtName ?? g.name;
    case '^': return io?.form?.topName ?? `${g.name}_TOP`;
  }
  if (!io) return sv.v;
  const form = ioForm(io);
  return k === '=' ? form.pageLen : k === '-' ? form.linesLeft : form.page;
}

/** Assign $~ $^ $= $- $% (of the selected handle) or $^A. */
export function formVarSet(vm: Vm, sv: Sv): void {
  const k = sv.mg!.key!;
  const v = sv.v;
  sv.v = undefined;
  if (k === 'A') { const t = formTarget(vm); t.body = valStr(vm, v); t.bodyLines = countLines(t.body); return; }
  const io = vm.img.selected.io;
  if (!io) return;
  const form = ioForm(io);
  const n = (): number => Math.trunc(valNum(vm, v));
  switch (k) {
    case '~': form.fmtName = valStr(vm, v); form.fmtFull = qualifySym(vm, form.fmtName); return;
    case '^': form.topName = valStr(vm, v); form.topFull = qualifySym(vm, form.topName); form.topSet = true; return;
    case '=': form.pageLen = n(); return;
    case '-': form.linesLeft = Math.max(0, n()); return;
    case '%': form.page = n(); return;
  }
}

/** The magic names: `main::~` and friends, keyed by their magic key. */
export const FORM_VARS: [string, string][] = [['~', '~'], ['^', '^'], ['=', '='], ['-', '-'], ['%', '%'], ['^A', 'A']];
