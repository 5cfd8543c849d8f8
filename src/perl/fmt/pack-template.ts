// Parsing of pack/unpack templates (perlfunc "pack"): letters with modifiers < > !, counts
// (N, *, [N]), groups (...), "/" length prefixes, whitespace and # comments.

export type Count = number | '*' | undefined;

export interface PackItem {
  type: string;
  /** '<' little-endian, '>' big-endian, '' native (little on x86_64). */
  endian: '' | '<' | '>';
  bang: boolean;
  count: Count;
  group?: PackItem[];
  /** For "X/Y": this item is X and `data` is Y. */
  data?: PackItem;
  /** unpack checksum bits for "%N" prefixes. */
  checksum?: number;
}

export class TemplateError extends Error {}

const TYPES = 'aAZbBhHcCWsSlLqQjJiIfdFnNvVUwxX@.%';

/** Parses template text; throws TemplateError with perl's message (for "pack" or "unpack"). */
export function parseTemplate(t: string, fn: 'pack' | 'unpack'): PackItem[] {
  const p = { t, i: 0, fn };
  const items = parseSeq(p, false);
  return items;
}

interface P {
  t: string;
  i: number;
  fn: string;
}

function skipSpace(p: P): void {
  for (;;) {
    while (p.i < p.t.length && /\s/.test(p.t[p.i])) p.i++;
    if (p.t[p.i] !== '#') return;
    while (p.i < p.t.length && p.t[p.i] !== '\n') p.i++;
  }
}

function parseSeq(p: P, inGroup: boolean): PackItem[] {
  const items: PackItem[] = [];
  for (;;) {
    skipSpace(p);
    if (p.i >= p.t.length) {
      if (inGroup) throw new TemplateError(`No group ending character ')' found in template`);
      return items;
    }
    if (p.t[p.i] === ')') {
      if (!inGroup) throw new TemplateError(`Mismatched brackets in template`);
      p.i++;
      return items;
    }
    let item = parseItem(p);
    skipSpace(p);
    if (p.t[p.i] === '/') {
      p.i++;
      skipSpace(p);
      if (p.i >= p.t.length) throw new TemplateError(`Code missing after '/' in ${p.fn}`);
      item = { ...item, data: parseItem(p) };
    }
    items.push(item);
  }
}

function parseItem(p: P): PackItem {
  let checksum: number | undefined;
  if (p.t[p.i] === '%') {
    if (p.fn === 'pack') throw new TemplateError(`'%' may not be used in pack`);
    p.i++;
    const m = /^\d+/.exec(p.t.slice(p.i));
    checksum = m ? Number(m[0]) : 16;
    if (m) p.i += m[0].length;
  }
  const type = p.t[p.i++];
  const item: PackItem = { type, endian: '', bang: false, count: undefined, checksum };
  if (type === '(') {
    item.group = parseSeq(p, true);
  } else if (!TYPES.includes(type) || type === '%') {
    throw new TemplateError(`Invalid type '${type}' in ${p.fn}`);
  }
  while ('<>!'.includes(p.t[p.i] ?? 'z')) {
    const m = p.t[p.i++];
    if (m === '!') item.bang = true;
    else item.endian = m as '<' | '>';
  }
  item.count = parseCount(p);
  return item;
}

function parseCount(p: P): Count {
  const c = p.t[p.i];
  if (c === '*') {
    p.i++;
    return '*';
  }
  if (c === '[') {
    const end = p.t.indexOf(']', p.i);
    const inner = p.t.slice(p.i + 1, end);
    p.i = end + 1;
    if (/^\d+$/.test(inner)) return Number(inner);
    return templateSize(parseTemplate(inner, p.fn as 'pack'));
  }
  const m = /^\d+/.exec(p.t.slice(p.i));
  if (!m) return undefined;
  p.i += m[0].length;
  return Number(m[0]);
}

/** Byte size of a numeric item type, or undefined for string and positioning types. */
export function itemSize(type: string, bang: boolean): number | undefined {
  switch (type) {
    case 'c': case 'C': return 1;
    case 's': case 'S': case 'n': case 'v': return 2;
    case 'l': case 'L': return bang ? 8 : 4;
    case 'N': case 'V': case 'i': case 'I': case 'f': return 4;
    case 'q': case 'Q': case 'j': case 'J': case 'd': case 'F': return 8;
    default: return undefined;
  }
}

/** Size in bytes of a fixed template (for counts like x[N] or "[template]"). */
function templateSize(items: PackItem[]): number {
  let n = 0;
  for (const it of items) {
    const c = typeof it.count === 'number' ? it.count : 1;
    const sz = itemSize(it.type, it.bang) ?? ('aAZx'.includes(it.type) ? 1 : 0);
    n += it.group ? templateSize(it.group) * c : sz * c;
  }
  return n;
}
