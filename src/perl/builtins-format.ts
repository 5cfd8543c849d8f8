/**
 * Formats at run time (perlform; perlfunc write, formline): the accumulator
 * $^A, `write` with its pages (pp_sys.c pp_enterwrite/pp_leavewrite), and
 * the per-handle variables $~ $^ $= $- $% of the selected handle.
 *
 * write runs the format (a sub) as a VM call, then its page logic; when the
 * page is full it runs the top-of-page format and looks again. Its progress
 * is kept in the frame's opState, so the op is simply re-run after each call
 * or a blocked flush.
 */
import type { Vm } from './vm.ts';
import type { Frame, OpState } from './image.ts';
import { newSv, type Container, type Cv, type Gv, type Io, type IoForm } from './values.ts';
import { subOf } from './code.ts';
import { incref } from './refcount.ts';
import { def, died, callAndResume, BLOCKED } from './builtins.ts';
import { Flow } from './flow.ts';
import { isList, val, valStr, type Item } from './scalar.ts';
import { gvFetch } from './symbols.ts';
import { gvOfItem, ioAfterPrint, ioAppend, newIo } from './io.ts';
import { parsePicture, runFormline } from './formline.ts';
import { formTarget as target, ioForm } from './format-vars.ts';

/** formline PICTURE, LIST as compiled: false when a `~~` line wants another run. */
def('__formline', (vm, [pic, list]) => {
  const text = valStr(vm, val(vm, pic as Item));
  const steps = parsePicture(text);
  if (typeof steps === 'string') return died(vm.dieMsg(steps));
  const args = isList(list) ? list : list === undefined ? [] : [list];
  const r = runFormline(vm, text, args, steps);
  const t = target(vm);
  t.at = { file: vm.frame.file, line: vm.frame.line };
  if (t.inTop) { t.top += r.text; t.topLines += r.lines; } else { t.body += r.text; t.bodyLines += r.lines; }
  if (r.error) return died(vm.dieMsg(r.error));
  return r.again ? '' : 1;
});

interface WriteState extends OpState { gv: Gv; io: Io; phase: 'body' | 'top' | 'flush'; ok?: boolean }

/** perl's name for a glob in messages (gv_efullname4 without main::). */
const shownName = (full: string): string => (full.startsWith('main::') ? full.slice(6) : full);

/** write [FILEHANDLE] (perlfunc write). */
def('write', (vm, args, _want, pc, f) => {
  let st = vm.opState(pc) as WriteState | null;
  if (!st) {
    const g = args.length ? gvOfItem(vm, args[0], f.pkg) : vm.img.selected;
    if (!g) return died(vm.dieMsg('Not a format reference'));
    // A handle never opened still has its (closed) IO for the format settings, as perl's GV does.
    const io = (g.io ??= newIo(-1, g.name, 'closed'));
    const form = ioForm(io);
    const full = form.fmtFull ?? `${g.pkg}::${g.name}`;
    const cv = gvFetch(vm, full, false)?.form;
    if (!cv) return died(vm.dieMsg(`Undefined format "${shownName(full)}" called`));
    form.didTop = false;
    target(vm).inTop = false;
    st = { pc, phase: 'body', gv: g, io };
    f.opState = st;
    return callFormat(vm, f, pc, cv, g);
  }
  if (st.phase === 'flush') return finish(vm, st, f);
  if (st.phase === 'top') leaveTop(vm, st);
  return leaveBody(vm, st, pc, f);
});

/**
 * Run a format's code with its handle selected (pp_sys.c doform). A format
 * declared in a sub sees the lexicals of that sub's innermost running call.
 */
function callFormat(vm: Vm, f: Frame, pc: number, cv: Cv, gv: Gv): ReturnType<typeof callAndResume> {
  const cs = subOf(cv.unit, cv.sub);
  let run = cv;
  if (cs.parent > 0) {
    const frames = vm.img.frames;
    let i = frames.length - 1;
    while (i >= 0 && !(frames[i]!.unit === cv.unit && frames[i]!.sub === cs.parent)) i--;
    if (i >= 0) {
      const pad = frames[i]!.pad as (Container | undefined)[];
      const captured = cs.captures.map((c): Container => { const x = pad[c.outer]; if (x) { incref(x); return x; } return newSv(); });
      run = { t: 'c', rc: 0, unit: cv.unit, sub: cv.sub, captured, name: cv.name, pkg: cv.pkg };
    }
  }
  const r = callAndResume(vm, f, pc, run, [], 0);
  // Entered into the format's frame, so its end (or a die) selects the handle back.
  vm.img.save.push({ k: 'selected', old: vm.img.selected });
  vm.img.selected = gv;
  return r;
}

/** The top-of-page format has run: its text goes out first. */
function leaveTop(vm: Vm, st: WriteState): void {
  const t = target(vm);
  const form = ioForm(st.io);
  if (writable(st.io)) {
    form.linesLeft -= t.topLines;
    if (form.linesLeft < 0 && vm.frame.warn) vm.warn('page overflow');
    ioAppend(vm, st.io, t.top, 'write');
  }
  t.top = '';
  t.topLines = 0;
  t.inTop = false;
  st.phase = 'body';
}

const writable = (io: Io): boolean => io.mode === 'w' || io.mode === 'rw';

/** pp_leavewrite for the body: start a page (running the top format) when it does not fit, else print it. */
function leaveBody(vm: Vm, st: WriteState, pc: number, f: Frame): Item | ReturnType<typeof died> {
  const io = st.io;
  const t = target(vm);
  const form = ioForm(io);
  if (writable(io) && form.linesLeft < t.bodyLines) {
    const top = topFormat(vm, st.gv, form);
    if (typeof top === 'string') { f.opState = null; return died(vm.die(`${top}${formAt(vm)}`)); }
    if (top) {
      if (form.didTop) {
        // It still does not fit under the header: what fits goes on this page.
        if (form.linesLeft <= 0) return printBody(vm, st, f);
        let at = 0, lines = form.linesLeft;
        while (lines-- > 0) { const nl = t.body.indexOf('\n', at); if (nl < 0) { at = -1; break; } at = nl + 1; }
        if (at >= 0) {
          ioAppend(vm, io, t.body.slice(0, at), 'write');
          t.body = t.body.slice(at);
          t.bodyLines -= form.linesLeft;
        }
      }
      if (form.linesLeft >= 0 && form.page > 0) ioAppend(vm, io, valStr(vm, val(vm, gvFetch(vm, 'main::^L', false)?.sv)), 'write');
      form.linesLeft = form.pageLen;
      form.page++;
      form.didTop = true;
      t.inTop = true;
      st.phase = 'top';
      return callFormat(vm, f, pc, top, st.gv);
    }
  }
  return printBody(vm, st, f);
}

/** Where the format that just ran stands (perl's current statement is its last one). */
function formAt(vm: Vm): string {
  const at = target(vm).at;
  return at ? ` at ${at.file} line ${at.line}.\n` : vm.where();
}

/** The top format of a handle: $^, else NAME_TOP, else `top` (looked up once, then kept). Null when none. */
function topFormat(vm: Vm, g: Gv, form: IoForm): Cv | string | null {
  if (!form.topFull) {
    const own = `${g.name}_TOP`;
    const pkg = vm.frame.pkg;
    const q = (n: string): string => (pkg === 'main' ? `main::${n}` : `${pkg}::${n}`);
    const name = gvFetch(vm, q(own), false)?.form || !gvFetch(vm, q('top'), false)?.form ? own : 'top';
    form.topName = name;
    form.topFull = q(name);
  }
  const cv = gvFetch(vm, form.topFull, false)?.form;
  // A top format named by $^ must exist (perl keeps the glob $^ named and dies on it).
  if (!cv && form.topSet) return `Undefined top format "${shownName(form.topFull)}" called`;
  if (!cv) { form.linesLeft = form.pageLen; return null; }
  return cv;
}

/** forget_top: count the lines, print the accumulated text, empty it. */
function printBody(vm: Vm, st: WriteState, f: Frame): Item | ReturnType<typeof died> {
  const io = st.io;
  const t = target(vm);
  if (!writable(io)) {
    if (f.warn) vm.warn(io.mode === 'r' ? `Filehandle ${st.gv.name} opened only for input` : `write() on closed filehandle ${st.gv.name}`);
    f.opState = null;
    return '';
  }
  const form = ioForm(io);
  form.linesLeft -= t.bodyLines;
  if (form.linesLeft < 0 && f.warn) vm.warn('page overflow');
  ioAppend(vm, io, t.body, 'write');
  t.body = '';
  t.bodyLines = 0;
  st.phase = 'flush';
  return finish(vm, st, f);
}

function finish(vm: Vm, st: WriteState, f: Frame): Item | ReturnType<typeof died> {
  const r = ioAfterPrint(vm, st.io);
  if (r === Flow.BLOCK) { f.opState = st; return BLOCKED; }
  f.opState = null;
  return r < 0 ? '' : 1;
}
