/**
 * What `use Module LIST` imports, known while parsing: perl runs `use` at
 * compile time, so names a module exports parse as sub calls afterwards
 * (`use Socket; socket($s, PF_INET, SOCK_STREAM, 0)`). The compiler here
 * parses a whole file before running it, so the parser reads the module's
 * @EXPORT, @EXPORT_OK and %EXPORT_TAGS from its source instead.
 */

export interface ExportInfo { exports: string[]; ok: string[]; tags: Map<string, string[] | null>; customImport: boolean }

/** Source of a module by its name ("Foo::Bar"), or null; set by the runtime. */
let sourceOf: ((mod: string) => string | null) | null = null;
const cache = new Map<string, ExportInfo>();

export function setModuleSource(fn: ((mod: string) => string | null) | null): void { sourceOf = fn; }

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '');

/** Names in the first `qw(...)` list assigned to `@NAME` (or pushed onto it). */
function qwList(src: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`@${name}\\s*(?:=|,)\\s*(?:\\(\\s*)?qw\\s*([(\\[{/])`, 'g');
  for (const m of src.matchAll(re)) {
    const open = m[1]!;
    const close = ({ '(': ')', '[': ']', '{': '}', '/': '/' } as Record<string, string>)[open]!;
    const start = m.index! + m[0].length;
    const end = src.indexOf(close, start);
    if (end > start) out.push(...words(src.slice(start, end)));
  }
  return out;
}

function tagsOf(src: string): Map<string, string[] | null> {
  const tags = new Map<string, string[] | null>();
  const m = /%EXPORT_TAGS\s*=\s*\(([\s\S]*?)\n?\);/.exec(src);
  if (!m) return tags;
  for (const t of m[1]!.matchAll(/(\w+)\s*=>\s*\[([^\]]*)\]/g)) {
    const body = t[2]!.trim();
    const q = /^qw\s*\(([^)]*)\)$/.exec(body);
    tags.set(t[1]!, q ? words(q[1]!) : null);
  }
  return tags;
}

export function exportInfo(mod: string): ExportInfo | null {
  const src = sourceOf?.(mod) ?? null;
  if (src === null) return null;
  let info = cache.get(src);
  if (!info) {
    info = { exports: qwList(src, 'EXPORT'), ok: qwList(src, 'EXPORT_OK'), tags: tagsOf(src), customImport: /^\s*sub\s+import\b/m.test(src) };
    if (cache.size > 200) cache.clear();
    cache.set(src, info);
  }
  return info;
}

/** Symbols `use mod imports` brings in; `imports` null means the default list. */
function importedSymbols(mod: string, imports: string[] | null): string[] {
  const info = exportInfo(mod);
  if (!info) return [];
  if (imports === null) return info.exports;
  // A module with its own import (Test::More's `tests => 3`) still exports its defaults.
  const out: string[] = info.customImport ? [...info.exports] : [];
  for (const w of imports) {
    const tag = /^:(\w+)$/.exec(w);
    if (!tag) { out.push(w.replace(/^&/, '')); continue; }
    const t = info.tags.get(tag[1]!);
    if (t) out.push(...t);
    else if (tag[1] === 'all' || t === null) out.push(...info.exports, ...info.ok);
    else if (tag[1] === 'DEFAULT') out.push(...info.exports);
  }
  return out;
}

/** Sub names `use mod imports` brings in. */
export function importedNames(mod: string, imports: string[] | null): string[] {
  return importedSymbols(mod, imports).filter((n) => /^[A-Za-z_]\w*$/.test(n));
}

/** Variables (`$x`, `@x`, `%x`) `use mod imports` brings in, so `use strict` accepts them. */
export function importedVars(mod: string, imports: string[] | null): string[] {
  return importedSymbols(mod, imports).filter((n) => /^[$@%][A-Za-z_]\w*$/.test(n));
}

/**
 * Whether `name`, exported by `mod`, is a constant (a `()` prototype, so
 * `NAME + 1` adds) or a list operator (`GET 'url'`, `RED 'text'`), read from
 * the module's source: `sub NAME ()` and `use constant NAME` are constants,
 * `sub NAME {` and `sub NAME;` are not. Null when the source does not say
 * (names made at run time), so the caller keeps its own guess.
 */
export function exportIsConstant(mod: string, name: string): boolean | null {
  const src = sourceOf?.(mod) ?? null;
  if (src === null || !/^[A-Za-z_]\w*$/.test(name)) return null;
  if (new RegExp(`\\bsub\\s+${name}\\s*\\(\\s*\\)`).test(src)) return true;
  if (new RegExp(`\\buse\\s+constant\\s+(?:\\{[^}]*\\b${name}\\b|${name}\\b)`).test(src)) return true;
  if (new RegExp(`\\bsub\\s+${name}\\s*[;{]`).test(src)) return false;
  return null;
}

/** Whether the source of module `mod` mentions the word `name` (its package variables count as used there). */
export function moduleMentions(mod: string, name: string): boolean {
  const src = sourceOf?.(mod) ?? null;
  if (src === null || !/^\w+$/.test(name)) return false;
  return new RegExp(`(?:^|[^\\w:])${name}\\b`).test(src) || src.includes(`${mod}::${name}`);
}
