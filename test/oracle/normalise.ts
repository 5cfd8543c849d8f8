/**
 * The one normaliser every conformance comparison goes through. It is applied
 * to the real tools' output when recording and to our machine's output before
 * comparing, so both sides meet in the same form:
 *  - terminal captures: CRLF becomes LF, and what `script` adds is removed;
 *  - the home directory (a temporary directory on the host, /home/user on our
 *    machine) becomes HOME_PLACEHOLDER;
 *  - the fixed port a networked case was given (env PORT) becomes PORT_PLACEHOLDER,
 *    so that the two recording runs may use two ports (a closed listener keeps
 *    its port in TIME_WAIT for a minute on Linux);
 *  - a case's masks (regex replacements) are applied last.
 */
import type { Mask, Outcome } from './cases.ts';

export const HOME_PLACEHOLDER = '<HOME>';
export const PORT_PLACEHOLDER = '<PORT>';
/** The home directory (and working directory) of a case on our machine. */
export const MACHINE_HOME = '/home/user';

export interface NormaliseOptions {
  /** Paths that stand for the home directory in this run (longest first is not required). */
  homes: string[];
  /** Port numbers (decimal strings) that stand for the case's PORT. */
  ports?: string[];
  masks?: Mask[];
}

/** Normalised copy of an outcome. Idempotent. */
export function normaliseOutcome(o: Outcome, opts: NormaliseOptions): Outcome {
  const text = (s: string): string =>
    applyMasks(replacePorts(replaceHomes(s, opts.homes), opts.ports ?? []), opts.masks ?? []);
  if ('terminal' in o) return { terminal: text(normaliseTerminal(o.terminal)), status: o.status };
  return { stdout: text(o.stdout), stderr: text(o.stderr), status: o.status };
}

/** CRLF to LF, and without the banner lines `script` writes when it is not quiet. */
export function normaliseTerminal(s: string): string {
  let t = s.replace(/\r\n/g, '\n');
  t = t.replace(/^Script started[^\n]*\n/, '');
  t = t.replace(/\n?Script done[^\n]*\n?$/, t.endsWith('\n') ? '\n' : '');
  return t;
}

/** Every occurrence of each home path (as a whole path component) becomes the placeholder. */
export function replaceHomes(s: string, homes: string[]): string {
  const sorted = [...new Set(homes.filter((h) => h.length > 1))].sort((a, b) => b.length - a.length);
  let out = s;
  for (const h of sorted) {
    const re = new RegExp(escapeRegExp(h.replace(/\/+$/, '')) + '(?![\\w.-])', 'g');
    out = out.replace(re, HOME_PLACEHOLDER);
  }
  return out;
}

/** Each port number, as a whole number, becomes the placeholder. */
export function replacePorts(s: string, ports: string[]): string {
  let out = s;
  for (const p of ports) {
    if (/^\d+$/.test(p)) out = out.replace(new RegExp(`(?<!\\d)${p}(?!\\d)`, 'g'), PORT_PLACEHOLDER);
  }
  return out;
}

function applyMasks(s: string, masks: Mask[]): string {
  let out = s;
  for (const m of masks) out = out.replace(new RegExp(m.pattern, 'g'), m.replace);
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
