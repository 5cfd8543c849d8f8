/**
 * JSON texts the way the simulated services print them: Python's
 * json.dumps(indent=2) with the old ", " item separator (httpbin, so every
 * line but the last in a container ends in a space), sorted keys or not;
 * and compact or two-space JSON as Express (JSON.stringify) prints it.
 */

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Python's json.dumps string escaping (ensure_ascii): non-ASCII as \uXXXX. */
function pyString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c > 0x7e) {
      const units = c > 0xffff ? [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)] : [c];
      for (const u of units) out += '\\u' + u.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

/** httpbin's pretty JSON: indent 2, separators (", ", ": "), keys sorted. Ends with a newline. */
export function pyDumps(v: Json, sortKeys = true): string {
  return pyValue(v, 0, sortKeys) + '\n';
}

function pyValue(v: Json, depth: number, sort: boolean): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'string') return pyString(v);
  const pad = '  '.repeat(depth + 1), end = '  '.repeat(depth);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[\n' + v.map((x) => pad + pyValue(x, depth + 1, sort)).join(', \n') + '\n' + end + ']';
  }
  const keys = Object.keys(v);
  if (keys.length === 0) return '{}';
  if (sort) keys.sort();
  return '{\n' + keys.map((k) => `${pad}${pyString(k)}: ${pyValue(v[k]!, depth + 1, sort)}`).join(', \n') + '\n' + end + '}';
}

/** Express's res.json with "json spaces" 2 (JSON.stringify(v, null, 2)), no trailing newline. */
export function jsDumps(v: Json, spaces = 2): string {
  return JSON.stringify(v, null, spaces);
}

/** A map with no prototype for guest-controlled keys. */
export function dict(): { [k: string]: Json } {
  return Object.create(null) as { [k: string]: Json };
}
