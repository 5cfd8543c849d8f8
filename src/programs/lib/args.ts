/**
 * GNU getopt_long for programs: options may follow operands (permutation),
 * `--` ends options, clustered short options (`-la`), attached or separate
 * arguments (`-n5`, `-n 5`), long options by unique prefix (`--num=5`).
 * Errors are GNU's texts; the caller prints them and the "Try" line.
 */

/** How an option takes an argument. */
export type ArgKind = 'none' | 'required' | 'optional';

export interface OptSpec {
  /** getopt(3) short string: "ln:" means -l (flag) and -n ARG. "x::" optional. */
  short?: string;
  /** Long name -> key and kind, e.g. { lines: 'n:', all: 'a', color: 'color::' }. */
  long?: Record<string, string>;
  /** Stop at the first operand (POSIX mode; used by env, nohup, timeout, xargs...). */
  stopAtOperand?: boolean;
  /** Accept a lone negative number like -5 as an operand (head -5 is handled by callers). */
  numbersAreOperands?: boolean;
}

export interface Parsed {
  /** Options in the order given: [key, value|undefined]. */
  opts: Array<[string, string | undefined]>;
  operands: string[];
  /** GNU-style message (without the program name prefix) when parsing failed. */
  error?: string;
}

function parseShort(short: string): Map<string, ArgKind> {
  const m = new Map<string, ArgKind>();
  for (let i = 0; i < short.length; i++) {
    const c = short[i]!;
    if (short[i + 1] === ':' && short[i + 2] === ':') { m.set(c, 'optional'); i += 2; }
    else if (short[i + 1] === ':') { m.set(c, 'required'); i += 1; }
    else m.set(c, 'none');
  }
  return m;
}

function splitLong(v: string): [string, ArgKind] {
  if (v.endsWith('::')) return [v.slice(0, -2), 'optional'];
  if (v.endsWith(':')) return [v.slice(0, -1), 'required'];
  return [v, 'none'];
}

/** Parse argv (without argv[0]). */
export function getopt(args: readonly string[], spec: OptSpec): Parsed {
  const shorts = parseShort(spec.short ?? '');
  const longs = spec.long ?? {};
  const out: Parsed = { opts: [], operands: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { out.operands.push(...args.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      let full = Object.prototype.hasOwnProperty.call(longs, name) ? name : undefined;
      if (full === undefined) {
        const cands = Object.keys(longs).filter((k) => k.startsWith(name));
        const distinct = new Set(cands.map((k) => longs[k]));
        if (cands.length === 0) { out.error = `unrecognized option '${a}'`; return out; }
        if (distinct.size > 1) {
          out.error = `option '${a}' is ambiguous; possibilities:${cands.map((c) => ` '--${c}'`).join('')}`;
          return out;
        }
        full = cands[0]!;
      }
      const [key, kind] = splitLong(longs[full]!);
      if (eq >= 0) {
        if (kind === 'none') { out.error = `option '--${full}' doesn't allow an argument`; return out; }
        out.opts.push([key, a.slice(eq + 1)]);
      } else if (kind === 'required') {
        if (i + 1 >= args.length) { out.error = `option '--${full}' requires an argument`; return out; }
        out.opts.push([key, args[++i]!]);
      } else out.opts.push([key, undefined]);
      continue;
    }
    if (a.startsWith('-') && a.length > 1 && !(spec.numbersAreOperands && /^-\d+$/.test(a))) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const kind = shorts.get(c);
        if (kind === undefined) { out.error = `invalid option -- '${c}'`; return out; }
        if (kind === 'none') { out.opts.push([c, undefined]); continue; }
        if (j + 1 < a.length) { out.opts.push([c, a.slice(j + 1)]); break; }
        if (kind === 'optional') { out.opts.push([c, undefined]); break; }
        if (i + 1 >= args.length) { out.error = `option requires an argument -- '${c}'`; return out; }
        out.opts.push([c, args[++i]!]);
        break;
      }
      continue;
    }
    if (spec.stopAtOperand) { out.operands.push(...args.slice(i)); break; }
    out.operands.push(a);
  }
  return out;
}

/** Convenience view over parsed options. */
export class Opts {
  constructor(readonly list: Array<[string, string | undefined]>) {}
  has(k: string): boolean { return this.list.some(([x]) => x === k); }
  /** Last value given for k. */
  get(k: string): string | undefined {
    for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i]![0] === k) return this.list[i]![1];
    return undefined;
  }
  all(k: string): string[] {
    return this.list.filter(([x, v]) => x === k && v !== undefined).map(([, v]) => v!);
  }
  count(k: string): number { return this.list.filter(([x]) => x === k).length; }
  /** The key among `keys` that appears last (GNU "last one wins"). */
  last(...keys: string[]): string | undefined {
    for (let i = this.list.length - 1; i >= 0; i--) if (keys.includes(this.list[i]![0])) return this.list[i]![0];
    return undefined;
  }
}
