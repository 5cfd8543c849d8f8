/**
 * What the parser learns about subs made at compile time that it cannot
 * see as `sub NAME` declarations: globs assigned in BEGIN blocks, and
 * imports whose names the module computes.
 */
import { exportInfo } from './exports.ts';
import type { Node } from './ast.ts';

/**
 * Subs a BEGIN block makes by glob assignment (`*main::f = sub {...}`,
 * `*{"f"} = \&g`) in package `pkg`: perl knows them for the rest of the
 * file, so `f "x"` is a list operator call. Names of `pkg` come back bare.
 */
export function beginGlobSubs(text: string, pkg: string): string[] {
  const out: string[] = [];
  const re = /\*(?:\{\s*["']?)?([A-Za-z_][\w:]*)["']?\s*\}?\s*=\s*(?:sub\b|\\&)/g;
  for (const m of text.matchAll(re)) {
    const full = m[1]!;
    const i = full.lastIndexOf('::');
    out.push(i < 0 || full.slice(0, i) === pkg ? full.slice(i < 0 ? 0 : i + 2) : full);
  }
  return out;
}

/**
 * Whether `use MOD LIST` (the list as AST JSON) names a tag whose names the
 * parser cannot list (`:constants => [@CONSTANTS]`): upper-case barewords
 * may then be the module's subs.
 */
export function importsUnresolved(mod: string, importsJson: string): boolean {
  const info = exportInfo(mod);
  if (!info) return false;
  for (const m of importsJson.matchAll(/"k":"str","line":\d+,"v":":(\w+)"/g)) {
    const t = info.tags.get(m[1]!);
    if (t === null || (t === undefined && m[1] !== 'all' && m[1] !== 'DEFAULT')) return true;
  }
  return false;
}

/** The strings an import list names at its top level (qw() and nested lists flattened). */
export function listWords(n: Node): string[] {
  if (n.k === 'str') return [String(n.v)];
  if (n.k === 'list') return (n.items ?? []).flatMap(listWords);
  return [];
}
