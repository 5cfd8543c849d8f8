/**
 * The history list (bash(1) HISTORY): adding entries under HISTSIZE, the
 * history file (HISTFILE, read at start, written at exit under
 * HISTFILESIZE), and history expansion (bash(1) HISTORY EXPANSION): event
 * designators !! !n !-n !str !?str?, word designators (:n :^ :$ :* :n-m and
 * the !^ !$ !* shorthands), the :p :h :t :r :e :s/old/new/ :gs modifiers,
 * and the ^old^new quick substitution.
 */
import type { ShellState } from '../state.ts';
import { getScalar } from '../vars.ts';

/** HISTSIZE as a number (default 500; negative means unlimited). */
export function histSize(st: ShellState, name = 'HISTSIZE'): number {
  const v = getScalar(st, name);
  if (v === undefined || v === '' || !/^-?[0-9]+$/.test(v)) return name === 'HISTFILESIZE' ? histSize(st) : 500;
  const n = Number(v);
  return n < 0 ? Infinity : n;
}

/** Append an entry, dropping the oldest beyond HISTSIZE (numbers keep counting). */
export function addHistory(st: ShellState, line: string): void {
  if (!st.opts.history) return;
  const ctl = (getScalar(st, 'HISTCONTROL') ?? '').split(':');
  const ignSpace = ctl.includes('ignorespace') || ctl.includes('ignoreboth');
  const ignDups = ctl.includes('ignoredups') || ctl.includes('ignoreboth') || ctl.includes('erasedups');
  if (ignSpace && /^\s/.test(line)) return;
  if (ignDups && st.history[st.history.length - 1] === line) return;
  if (ctl.includes('erasedups')) st.history = st.history.filter((h) => h !== line);
  st.history.push(line);
  trimHistory(st);
}

export function trimHistory(st: ShellState): void {
  const max = histSize(st);
  if (st.history.length > max) {
    const drop = st.history.length - max;
    st.history.splice(0, drop);
    st.histBase += drop;
  }
}

/** Entries of a history file's text (timestamp comment lines skipped). */
export function parseHistFile(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.filter((l) => !/^#[0-9]+$/.test(l));
}

/** The words of a history event, as history expansion splits them (quotes kept together). */
export function historyWords(line: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) break;
    let w = '';
    const op = /^(;;|&&|\|\||>>|<<|[;&|<>()])/.exec(line.slice(i));
    if (op) {
      words.push(op[0]);
      i += op[0].length;
      continue;
    }
    while (i < line.length && !/\s/.test(line[i]!) && !/[;&|<>()]/.test(line[i]!)) {
      const c = line[i]!;
      if (c === '\\' && i + 1 < line.length) {
        w += c + line[i + 1];
        i += 2;
      } else if (c === '"' || c === "'" || c === '`') {
        const e = line.indexOf(c, i + 1);
        const end = e < 0 ? line.length : e + 1;
        w += line.slice(i, end);
        i = end;
      } else {
        w += c;
        i++;
      }
    }
    words.push(w);
  }
  return words;
}

export type Expansion = { k: 'same' } | { k: 'expanded'; text: string; print: boolean } | { k: 'error'; message: string };

class HistError {
  constructor(readonly message: string) {}
}

/** Expand history references in `line` against `hist` (oldest first; base = number of hist[0] minus 1). */
export function expandHistory(line: string, hist: string[], base: number): Expansion {
  try {
    const r = expandInner(line, hist, base);
    if (r.text === line && !r.print) return { k: 'same' };
    return { k: 'expanded', text: r.text, print: r.print };
  } catch (e) {
    if (e instanceof HistError) return { k: 'error', message: e.message };
    throw e;
  }
}

interface Acc {
  text: string;
  print: boolean;
}

function expandInner(line: string, hist: string[], base: number): Acc {
  const acc: Acc = { text: '', print: false };
  let i = 0;
  if (line.startsWith('^')) {
    const m = /^\^([^^]*)\^([^^]*)\^?(.*)$/s.exec(line);
    if (m) {
      const prev = hist[hist.length - 1];
      if (prev === undefined) throw new HistError(':s' + line + ': substitution failed');
      const at = prev.indexOf(m[1]!);
      if (m[1] === '' || at < 0) throw new HistError(`:s${line}: substitution failed`);
      return { text: prev.slice(0, at) + m[2] + prev.slice(at + m[1]!.length) + m[3], print: false };
    }
  }
  let squote = false;
  let dquote = false;
  while (i < line.length) {
    const c = line[i]!;
    if (c === "'" && !dquote) squote = !squote;
    else if (c === '"' && !squote) dquote = !dquote;
    if (c === '\\' && !squote && i + 1 < line.length) {
      acc.text += c + line[i + 1];
      i += 2;
      continue;
    }
    if (c !== '!' || squote) {
      acc.text += c;
      i++;
      continue;
    }
    const nx = line[i + 1];
    const afterDollar = line[i - 1] === '$' || (line[i - 1] === '{' && line[i - 2] === '$');
    if (nx === undefined || /[\s=(]/.test(nx) || (dquote && nx === '"') || afterDollar) {
      acc.text += c;
      i++;
      continue;
    }
    i = event(line, i, hist, base, acc);
  }
  return acc;
}

/** Expand one reference starting at line[i] === '!'; returns the index after it. */
function event(line: string, i: number, hist: string[], base: number, acc: Acc): number {
  const start = i;
  i++;
  let ev: string | undefined;
  const nx = line[i]!;
  let wordsShorthand = false;
  if (nx === '!') {
    ev = hist[hist.length - 1];
    i++;
  } else if (/[0-9]/.test(nx) || (nx === '-' && /[0-9]/.test(line[i + 1] ?? ''))) {
    const m = /^-?[0-9]+/.exec(line.slice(i))![0];
    i += m.length;
    const n = Number(m);
    ev = n < 0 ? hist[hist.length + n] : hist[n - base - 1];
  } else if (nx === '#') {
    ev = acc.text;
    i++;
  } else if (nx === '?') {
    const e = line.indexOf('?', i + 1);
    const nl = line.indexOf('\n', i + 1);
    const stop = e < 0 ? (nl < 0 ? line.length : nl) : e;
    const s = line.slice(i + 1, stop);
    i = e < 0 ? stop : e + 1;
    for (let k = hist.length - 1; k >= 0 && ev === undefined; k--) if (hist[k]!.includes(s)) ev = hist[k];
  } else if (nx === '$' || nx === '^' || nx === '*' || nx === ':') {
    ev = hist[hist.length - 1];
    wordsShorthand = nx !== ':';
  } else {
    const m = /^[^\s:;&|<>()"'`]+/.exec(line.slice(i));
    const s = m ? m[0] : '';
    i += s.length;
    for (let k = hist.length - 1; k >= 0 && ev === undefined; k--) if (hist[k]!.startsWith(s)) ev = hist[k];
  }
  if (ev === undefined) throw new HistError(`${line.slice(start, i)}: event not found`);
  let text = ev;
  if (wordsShorthand || line[i] === ':') {
    const r = wordDesignator(line, wordsShorthand ? i : i + 1, ev);
    if (r) {
      text = r.text;
      i = r.next;
    }
  }
  while (line[i] === ':' && /[phtresg&]/.test(line[i + 1] ?? '')) {
    const r = modifier(line, i + 1, text, acc);
    text = r.text;
    i = r.next;
  }
  acc.text += text;
  return i;
}

function wordDesignator(line: string, i: number, ev: string): { text: string; next: number } | null {
  const words = historyWords(ev);
  const rest = line.slice(i);
  const pick = (a: number, b: number, spec: string): string => {
    if (a < 0 || b >= words.length || a > b + 1) throw new HistError(`${spec}: bad word specifier`);
    return words.slice(a, b + 1).join(' ');
  };
  const last = words.length - 1;
  let m: RegExpExecArray | null;
  if (rest[0] === '$') return { text: pick(last, last, '$'), next: i + 1 };
  if (rest[0] === '^') return { text: pick(1, 1, '^'), next: i + 1 };
  if (rest[0] === '*') return { text: words.slice(1).join(' '), next: i + 1 };
  if ((m = /^([0-9]+)?-([0-9]+|\$)?/.exec(rest)) && (m[1] !== undefined || m[2] !== undefined)) {
    const a = m[1] === undefined ? 0 : Number(m[1]);
    const b = m[2] === undefined ? last - 1 : m[2] === '$' ? last : Number(m[2]);
    return { text: pick(a, b, m[0]), next: i + m[0].length };
  }
  if ((m = /^([0-9]+)\*/.exec(rest))) return { text: words.slice(Number(m[1])).join(' '), next: i + m[0].length };
  if ((m = /^[0-9]+/.exec(rest))) {
    const n = Number(m[0]);
    return { text: pick(n, n, m[0]), next: i + m[0].length };
  }
  return null;
}

function modifier(line: string, i: number, text: string, acc: Acc): { text: string; next: number } {
  const c = line[i]!;
  switch (c) {
    case 'p':
      acc.print = true;
      return { text, next: i + 1 };
    case 'h': {
      const k = text.lastIndexOf('/');
      return { text: k > 0 ? text.slice(0, k) : k === 0 ? '/' : text, next: i + 1 };
    }
    case 't':
      return { text: text.slice(text.lastIndexOf('/') + 1), next: i + 1 };
    case 'r': {
      const k = text.lastIndexOf('.');
      return { text: k > text.lastIndexOf('/') ? text.slice(0, k) : text, next: i + 1 };
    }
    case 'e': {
      const k = text.lastIndexOf('.');
      return { text: k > text.lastIndexOf('/') ? text.slice(k) : '', next: i + 1 };
    }
    default: {
      const global = c === 'g';
      const j = global ? i + 1 : i;
      if (line[j] !== 's' && line[j] !== '&') throw new HistError(`${line.slice(i - 1, j + 1)}: unrecognized history modifier`);
      const d = line[j + 1] ?? '/';
      const parts: string[] = [];
      let k = j + 2;
      for (let n = 0; n < 2; n++) {
        let s = '';
        while (k < line.length && line[k] !== d) s += line[k++];
        parts.push(s);
        if (line[k] === d) k++;
      }
      const [from, to] = parts as [string, string];
      if (from === '' || !text.includes(from)) throw new HistError(`${line.slice(i - 1, k)}: substitution failed`);
      return { text: global ? text.split(from).join(to) : text.replace(from, () => to), next: k };
    }
  }
}
