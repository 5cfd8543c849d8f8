/**
 * Prototype argument counts (perlsub "Prototypes"): a call with parens to a
 * sub declared earlier with a prototype is checked when compiled, and a
 * wrong count is perl's "Not enough arguments for main::f" / "Too many
 * arguments for main::f" error, reported near the closing paren.
 */
import type { Node } from './ast.ts';

/** How many arguments a prototype accepts (max Infinity for a slurpy @ or %). */
export function protoArity(proto: string): { min: number; max: number } {
  let min = 0, max = 0, optional = false;
  for (let i = 0; i < proto.length; i++) {
    const c = proto[i]!;
    if (c === ';') { optional = true; continue; }
    if (c === '@' || c === '%') return { min, max: Infinity };
    if (c === '\\') {
      i++;
      if (proto[i] === '[') { const e = proto.indexOf(']', i); i = e < 0 ? proto.length : e; }
    } else if (!'$&*+_'.includes(c)) continue;
    max++;
    if (!optional && c !== '_') min++;
  }
  return { min, max };
}

/** The error for calling `full` (prototype `proto`) as `call`, or null when the count fits. */
export function protoError(call: Node, full: string, proto: string, file: string): string | null {
  const near = call.near;
  if (!near) return null;
  const n = (call.args ?? []).length;
  // A list or array argument can stand for any number of arguments.
  if ((call.args ?? []).some((a) => a.k === 'list' || (a.k === 'var' && a.sigil !== '$') || a.k === 'call' || a.k === 'func' || a.k === 'deref')) return null;
  const { min, max } = protoArity(proto);
  const what = n < min ? 'Not enough' : n > max ? 'Too many' : null;
  return what ? `${what} arguments for ${full} at ${file} line ${near.line}, ${near.where}\n` : null;
}
