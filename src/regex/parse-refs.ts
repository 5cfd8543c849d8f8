// After parsing: group numbers for backreferences, conditions and recursion calls,
// which may refer forward (`(?1)(a)`, `\k<n>` before `(?<n>..)`).

import type { Node } from './ast.ts';
import type { BackrefFix, CallFix } from './parse.ts';

/** What the parser collected that refers to groups. */
export interface RefTables {
  readonly refs: readonly BackrefFix[];
  readonly calls: readonly CallFix[];
  readonly names: readonly (readonly [string, readonly number[]])[];
  readonly groups: number;
  readonly sawCall: boolean;
  fail(msg: string, offset?: number): never;
}

/** Fills in group numbers of references; the leftmost bad reference is the error, as perl reports. */
export function resolveRefs(p: RefTables): void {
  let err: [string, number] | null = null;
  const bad = (msg: string, offset: number): void => {
    if (err === null || offset < err[1]) err = [msg, offset];
  };
  const named = (name: string): readonly number[] | null => p.names.find(([n]) => n === name)?.[1] ?? null;
  for (const r of p.refs) {
    if (r.offset < 0) {
      // (?(N)...) on a group that does not exist is simply false; a (?(<name>)...) must exist
      const groups = r.name === null ? null : named(r.name);
      if (r.name !== null && !groups) bad('Reference to nonexistent named group', -2 - r.offset);
      if (groups) r.node.groups.push(...groups); else if (r.num <= p.groups) r.node.groups.push(r.num);
    } else if (r.name !== null) {
      const groups = named(r.name);
      if (groups) r.node.groups.push(...groups); else bad('Reference to nonexistent named group', r.offset);
    } else if (r.num > p.groups) bad('Reference to nonexistent group', r.offset);
    else r.node.groups.push(r.num);
  }
  for (const c of p.calls) {
    if (c.name !== null) {
      const groups = named(c.name);
      if (groups) c.node.group = groups[0]; else bad('Reference to nonexistent named group', c.offset);
    } else if (c.num > p.groups) bad('Reference to nonexistent group', c.offset);
    else c.node.group = c.num;
  }
  if (err !== null) p.fail(...(err as [string, number]));
}

/** Points each call node at the group it calls (the first of that number), for width(). */
export function linkCalls(p: RefTables, root: Node): void {
  if (!p.sawCall) return;
  const groups = new Map<number, Node>();
  const calls: { group: number; target?: Node }[] = [];
  const walk = (n: Node): void => {
    switch (n.t) {
      case 'group': if (!groups.has(n.index)) groups.set(n.index, n); walk(n.body); return;
      case 'call': calls.push(n); return;
      case 'seq': n.items.forEach(walk); return;
      case 'alt': n.alts.forEach(walk); return;
      case 'quant': case 'look': case 'atomic': case 'define': walk(n.body); return;
      case 'cond': case 'condr': walk(n.yes); walk(n.no); return;
      default: return;
    }
  };
  walk(root);
  for (const c of calls) c.target = c.group === 0 ? root : groups.get(c.group);
}
