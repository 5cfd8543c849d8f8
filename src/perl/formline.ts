/**
 * formline PICTURE, LIST (perlform, perlfunc formline): a picture is parsed
 * into a list of steps (fields, literal text, line marks) once, then run over
 * the values, appending to the accumulator. `^` fields chop what they used
 * off their variable; a `~~` line that produced something asks the caller to
 * evaluate the arguments and run the picture again.
 */
import type { Vm } from './vm.ts';
import type { Sv, Val } from './values.ts';
import { uninitWarn, val, valNum, valStr, type Item } from './scalar.ts';
import { setSv } from './refcount.ts';
import { magicSet } from './magic.ts';
import { sprintfValues } from './builtins-string.ts';

/** One step of a parsed picture. */
type Step =
  | { k: 'mark' }
  | { k: 'lit'; n: number }
  | { k: 'skip'; n: number }
  | { k: 'fetch'; size: number }
  | { k: 'checknl' } | { k: 'checkchop' }
  | { k: 'space' } | { k: 'halfspace' } | { k: 'item' } | { k: 'chop' }
  | { k: 'lineglob' } | { k: 'linesngl' }
  | { k: 'decimal'; zero: boolean; point: boolean; blank: boolean; prec: number }
  | { k: 'newline' }
  | { k: 'blank'; repeat: boolean }
  | { k: 'more' };

const CACHE = new Map<string, Step[] | string>();

/**
 * Parse a picture (pp_ctl.c's doparseform): returns the steps, or the text
 * of the error perl dies with.
 */
export function parsePicture(pic: string): Step[] | string {
  const hit = CACHE.get(pic);
  if (hit) return hit;
  const r = parseUncached(pic);
  if (CACHE.size > 500) CACHE.clear();
  CACHE.set(pic, r);
  return r;
}

function parseUncached(s: string): Step[] | string {
  if (s === '') return 'Null picture in formline';
  const out: Step[] = [];
  const send = s.length;
  let i = 0, base = 0, skipspaces = 0;
  let noblank = false, repeat = false, postspace = false, unchopnum = false;
  out.push({ k: 'mark' });
  while (i <= send) {
    const c = i < send ? s[i]! : '\0';
    i++;
    if (c === '~') {
      if (s[i] === '~') { repeat = true; skipspaces++; i++; }
      noblank = true;
      skipspaces++;
      continue;
    }
    if (c === ' ' || c === '\t') { skipspaces++; continue; }
    if (c === '\n' || (c === '\0' && i > send)) {
      let arg = i - base;
      skipspaces++;
      arg -= skipspaces;
      if (arg > 0) { if (postspace) out.push({ k: 'space' }); out.push({ k: 'lit', n: arg }); }
      postspace = false;
      if (i <= send) skipspaces--;
      if (skipspaces) out.push({ k: 'skip', n: skipspaces });
      skipspaces = 0;
      if (i <= send) out.push({ k: 'newline' });
      if (noblank) out.push({ k: 'blank', repeat });
      if (i < send) { out.push({ k: 'mark' }); noblank = repeat = false; base = i; } else i++;
      continue;
    }
    if (c !== '@' && c !== '^') { skipspaces = 0; continue; }
    const chop = c === '^';
    if (postspace) { out.push({ k: 'space' }); postspace = false; }
    if (i - base - 1 > 0) out.push({ k: 'lit', n: i - base - 1 });
    base = i - 1;
    if (s[i] === '*') {
      i++;
      out.push({ k: 'fetch', size: 2 });
      if (chop) out.push({ k: 'linesngl' }, { k: 'chop' }); else out.push({ k: 'lineglob' });
    } else if (s[i] === '#' || (s[i] === '.' && s[i + 1] === '#') || (s[i] === '0' && s[i + 1] === '#')) {
      const zero = s[i] === '0';
      if (zero) i++;
      while (s[i] === '#') i++;
      let point = false, prec = 0;
      if (s[i] === '.') { const f = ++i; while (s[i] === '#') i++; point = true; prec = i - f; }
      out.push({ k: 'fetch', size: i - base }, { k: 'decimal', zero, point, blank: chop, prec });
      unchopnum ||= !chop;
    } else {
      let pre: Step | null = null, more = false;
      if (s[i] === '>') { while (s[++i] === '>'); pre = { k: 'space' }; }
      else if (s[i] === '|') { while (s[++i] === '|'); pre = { k: 'halfspace' }; postspace = true; }
      else { if (s[i] === '<') while (s[++i] === '<'); postspace = true; }
      if (s[i] === '.' && s[i + 1] === '.' && s[i + 2] === '.') { i += 3; more = true; }
      out.push({ k: 'fetch', size: i - base }, { k: chop ? 'checkchop' : 'checknl' });
      if (pre) out.push(pre);
      out.push({ k: 'item' });
      if (more) out.push({ k: 'more' });
      if (chop) out.push({ k: 'chop' });
    }
    base = i;
    skipspaces = 0;
  }
  if (unchopnum && repeat) return 'Repeated format line will never terminate (~~ and @#)';
  return out;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
const isCntrl = (c: string): boolean => { const n = c.charCodeAt(0); return n < 32 || n === 127; };

/** Can `value` be printed in `size` columns with `prec` decimals (pp_ctl.c num_overflow)? */
function numOverflow(value: number, size: number, prec: number, point: boolean): boolean {
  let intsize = size - (value < 0 ? 1 : 0) - (point ? 1 : 0) - prec;
  let pwr = 1, eps = 0.5;
  while (intsize-- > 0) pwr *= 10;
  for (let k = 0; k < prec; k++) eps /= 10;
  return value >= 0 ? value + eps >= pwr : value - eps <= -pwr;
}

/** The result of one run of a picture. */
export interface FormlineResult { text: string; lines: number; again: boolean; error?: string }

/**
 * Run `pic` over `args` (pp_formline): the text to append, the lines it
 * holds, and whether a `~~` line asks for another run. `target` is the
 * accumulator's current text (a `~` line that stays blank is taken back).
 */
export function runFormline(vm: Vm, pic: string, args: Item[], steps: Step[]): FormlineResult {
  const chopset = valStr(vm, val(vm, gvChopset(vm)));
  let chopspace = chopset.includes(' ');
  let t = '';
  let f = 0, argi = 0, lines = 0, linemark = 0;
  let fieldsize = 0, itemsize = 0, gotsome = false;
  let item = '', chophere = 0;
  let sv: Item = undefined;
  let noArg = false;
  // What perl has stored in the accumulator: text up to the last copy (a die keeps that much).
  let committed = 0;
  for (const st of steps) {
    switch (st.k) {
      case 'mark': linemark = t.length; lines++; gotsome = false; break;
      case 'lit': t += pic.slice(f, f + st.n).replace(/~/g, ' '); f += st.n; committed = t.length; break;
      case 'skip': f += st.n; break;
      case 'fetch':
        f += st.size;
        fieldsize = st.size;
        if (argi < args.length) { sv = args[argi++]; noArg = false; } else {
          sv = ''; noArg = true;
          if (vm.frame.warn) vm.warn('Not enough format arguments');
        }
        break;
      case 'checknl': {
        item = itemText(vm, sv);
        let k = 0;
        itemsize = 0;
        while (k < item.length) {
          const c = item[k]!;
          if (!isCntrl(c)) gotsome = true; else if (c === '\n') break;
          k++; itemsize++;
          if (itemsize === fieldsize) break;
        }
        chophere = k;
        break;
      }
      case 'checkchop': {
        item = itemText(vm, sv);
        let k = 0, size = 0, found = -1;
        while (k < item.length) {
          const c = item[k]!;
          if (isSpace(c)) {
            if (c === '\r') { found = k; itemsize = size; break; }
            if (chopspace) { found = k; itemsize = size; }
            if (size === fieldsize) break;
          } else {
            // perl 5.36 takes a break character as a split point (shown, though not counted) before it checks the width.
            if (chopset.includes(c)) { found = k + 1; itemsize = size; }
            if (size === fieldsize) break;
            if (!isCntrl(c)) gotsome = true;
          }
          k++; size++;
        }
        if (found < 0 || k === item.length) { found = k; itemsize = size; }
        chophere = found;
        break;
      }
      case 'space': { const arg = fieldsize - itemsize; fieldsize -= arg; if (arg > 0) t += ' '.repeat(arg); break; }
      case 'halfspace': { const arg = Math.trunc((fieldsize - itemsize) / 2); fieldsize -= arg; if (arg > 0) t += ' '.repeat(arg); break; }
      case 'item': t += item.slice(0, chophere).replace(/[\x00-\x1f\x7f]/g, ' '); committed = t.length; break;
      case 'chop': {
        // With no argument there is nothing to chop (nor to show: the value is empty).
        if (noArg) break;
        let k = chophere;
        if (chopspace) while (k < item.length && isSpace(item[k])) k++;
        if (!chopItem(vm, sv, item.slice(k))) return { text: t.slice(0, committed), lines: 0, again: false, error: 'Modification of a read-only value attempted' };
        break;
      }
      case 'linesngl': chopspace = false; { item = itemText(vm, sv); const r = lineGlob(item, true); chophere = r.chop; if (item.length) { gotsome = true; t += r.text; committed = t.length; } } break;
      case 'lineglob': { item = itemText(vm, sv); const r = lineGlob(item, false); if (item.length) { gotsome = true; lines += r.lines; t += r.text; committed = t.length; } break; }
      case 'decimal': {
        if (st.blank && val(vm, sv) === undefined) { t += ' '.repeat(fieldsize); break; }
        gotsome = true;
        const v = val(vm, sv);
        if (v === undefined && vm.frame.warn) uninitWarn(vm, sv, 'formline');
        const value = valNum(vm, v, vm.frame.warn && v !== undefined ? 'formline' : undefined);
        if (numOverflow(value, fieldsize, st.prec, st.point)) { t += '#'.repeat(fieldsize); break; }
        const spec = `%${st.point ? '#' : ''}${st.zero ? '0' : ''}${fieldsize}.${st.prec}f`;
        // perl moves on by the field's width even when the number came out wider (its tail is overwritten).
        t += sprintfValues(vm, [spec, value]).slice(0, fieldsize);
        break;
      }
      case 'newline': f++; t = t.slice(0, linemark) + t.slice(linemark).replace(/ +$/, '') + '\n'; break;
      case 'blank':
        if (gotsome) { if (st.repeat) return { text: t, lines, again: true }; }
        else { t = t.slice(0, linemark); lines--; }
        break;
      case 'more': {
        let k = chophere;
        if (chopspace) while (k < item.length && isSpace(item[k])) k++;
        if (k < item.length) {
          const arg = fieldsize - itemsize;
          fieldsize -= arg;
          if (arg > 0) t += ' '.repeat(arg);
          let s1 = t.length - 3;
          if (t.slice(s1, s1 + 3) === '   ') while (s1 > 0 && isSpace(t[s1 - 1])) s1--;
          t = t.slice(0, s1) + '...' + t.slice(s1 + 3);
        }
        break;
      }
    }
  }
  return { text: t, lines, again: false };
}

/** @* and ^*: the whole value (or its first line), a final newline dropped. */
function lineGlob(item: string, oneline: boolean): { text: string; lines: number; chop: number } {
  let lines = 0;
  for (let k = 0; k < item.length; k++) {
    if (item[k] !== '\n') continue;
    if (oneline) return { text: item.slice(0, k), lines, chop: k + 1 };
    if (k === item.length - 1) return { text: item.slice(0, k), lines, chop: item.length };
    lines++;
  }
  return { text: item, lines, chop: item.length };
}

function itemText(vm: Vm, x: Item): string {
  const v = val(vm, x);
  if (v === undefined && vm.frame.warn) uninitWarn(vm, x, 'formline');
  return valStr(vm, v);
}

/**
 * A `^` field takes what it showed off its variable. False for a read-only
 * value (a literal); a computed value is a temporary and is chopped unseen.
 */
function chopItem(vm: Vm, x: Item, rest: string): boolean {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || (x as Sv).t !== 's') return true;
  const sv = x as Sv;
  if (sv.ro) return false;
  setSv(vm, sv, rest as Val);
  if (sv.mg) magicSet(vm, sv);
  return true;
}

function gvChopset(vm: Vm): Item {
  return vm.img.globs.get('main:::')?.sv ?? ' \n-';
}
