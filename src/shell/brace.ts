/** Brace expansion (bash(1) "Brace Expansion") over a word's parts. */
import type { Word, WordPart } from './parse/ast.ts';

type Atom = { ch: string } | { part: WordPart };

function toAtoms(w: Word): Atom[] {
  const out: Atom[] = [];
  for (const p of w.parts) {
    if (p.t === 'lit') for (const ch of p.v) out.push({ ch });
    else out.push({ part: p });
  }
  return out;
}

function toWord(atoms: Atom[]): Word {
  const parts: WordPart[] = [];
  for (const a of atoms) {
    if ('ch' in a) {
      const last = parts[parts.length - 1];
      if (last?.t === 'lit') last.v += a.ch;
      else parts.push({ t: 'lit', v: a.ch });
    } else parts.push(a.part);
  }
  return { parts };
}

const isCh = (a: Atom | undefined, c: string): boolean => !!a && 'ch' in a && a.ch === c;

/** The first expandable {...}: [open, close, comma positions] or null. */
function findBrace(atoms: Atom[]): { open: number; close: number; commas: number[] } | null {
  for (let i = 0; i < atoms.length; i++) {
    if (!isCh(atoms[i], '{')) continue;
    if (i > 0 && isCh(atoms[i - 1], '$')) continue;
    let depth = 0;
    const commas: number[] = [];
    for (let j = i + 1; j < atoms.length; j++) {
      if (isCh(atoms[j], '{')) depth++;
      else if (isCh(atoms[j], '}')) {
        if (depth === 0) {
          if (commas.length || isSequence(atoms.slice(i + 1, j))) return { open: i, close: j, commas };
          break;
        }
        depth--;
      } else if (isCh(atoms[j], ',') && depth === 0) commas.push(j);
    }
  }
  return null;
}

function plainText(atoms: Atom[]): string | null {
  let s = '';
  for (const a of atoms) {
    if (!('ch' in a)) return null;
    s += a.ch;
  }
  return s;
}

const SEQ = /^(-?[0-9]+)\.\.(-?[0-9]+)(?:\.\.(-?[0-9]+))?$|^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?[0-9]+))?$/;

function isSequence(atoms: Atom[]): boolean {
  const s = plainText(atoms);
  return s !== null && SEQ.test(s);
}

function sequence(text: string): string[] {
  const m = SEQ.exec(text)!;
  const out: string[] = [];
  if (m[1] !== undefined) {
    const a = Number(m[1]), b = Number(m[2]);
    let step = Math.abs(Number(m[3] ?? 1)) || 1;
    const width = /^-?0[0-9]/.test(m[1]) || /^-?0[0-9]/.test(m[2]!) ? Math.max(m[1].length, m[2]!.length) : 0;
    if (a > b) step = -step;
    for (let v = a; step > 0 ? v <= b : v >= b; v += step) {
      let s = String(Math.abs(v));
      const w = v < 0 ? width - 1 : width;
      while (s.length < w) s = '0' + s;
      out.push(v < 0 ? '-' + s : s);
      if (out.length > 100000) break;
    }
    return out;
  }
  const a = m[4]!.charCodeAt(0), b = m[5]!.charCodeAt(0);
  let step = Math.abs(Number(m[6] ?? 1)) || 1;
  if (a > b) step = -step;
  for (let v = a; step > 0 ? v <= b : v >= b; v += step) out.push(String.fromCharCode(v));
  return out;
}

function expandAtoms(atoms: Atom[], out: Atom[][], limit: number): void {
  const b = findBrace(atoms);
  if (!b || out.length > limit) {
    out.push(atoms);
    return;
  }
  const pre = atoms.slice(0, b.open), post = atoms.slice(b.close + 1);
  let alts: Atom[][];
  if (b.commas.length) {
    alts = [];
    let start = b.open + 1;
    for (const c of [...b.commas, b.close]) {
      alts.push(atoms.slice(start, c));
      start = c + 1;
    }
  } else {
    alts = sequence(plainText(atoms.slice(b.open + 1, b.close))!).map((s) => [...s].map((ch) => ({ ch })));
  }
  for (const alt of alts) expandAtoms([...pre, ...alt, ...post], out, limit);
}

/** Expand braces in a word; returns the word itself when there are none. */
export function braceExpand(w: Word): Word[] {
  if (!w.parts.some((p) => p.t === 'lit' && p.v.includes('{'))) return [w];
  const out: Atom[][] = [];
  expandAtoms(toAtoms(w), out, 100000);
  return out.map(toWord);
}
