/**
 * The oracle case format: a corpus is a directory; each case is one file in it
 * (`NAME.sh`, `NAME.pl` or `NAME.yaml`) with its recording beside it in
 * `NAME.expected.json`. Every case reduces to the same thing: a command line
 * run by `bash -c` in a fresh home directory holding `files`, with `stdin`,
 * on pipes or on a terminal. test/oracle/README.md is the user's guide.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

export type CaseKind = 'sh' | 'pl' | 'yaml';

/** A replacement applied to both recorded and observed output before comparing. */
export interface Mask {
  pattern: string;
  replace: string;
}

export interface OracleCase {
  /** File name without extension: `echo`, `pipeline`. */
  name: string;
  /** `corpus/name`, stable across machines; the port is derived from it. */
  id: string;
  kind: CaseKind;
  /** Absolute path of the case file. */
  path: string;
  /** The command line, run as `bash -c LINE` with bash staying the parent. */
  cmd: string;
  /** Files created in the home directory before the run (relative paths). */
  files: Record<string, string>;
  /** Bytes given on standard input (typed at the terminal for tty cases). */
  stdin: string;
  tty: boolean;
  timeoutMs: number;
  /** Extra environment for the run (PORT for networked cases). */
  env: Record<string, string>;
  masks: Mask[];
  /** Where the recording lives. */
  expectedPath: string;
}

/** What a run produced, on either machine, before or after normalising. */
export type Outcome =
  | { stdout: string; stderr: string; status: number }
  | { terminal: string; status: number };

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The environment of every case, on the host and on our machine (HOME is
 * each side's own; a case's `env` and PORT come on top).
 */
export const ORACLE_ENV: Readonly<Record<string, string>> = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  TZ: 'UTC',
  SHELL: '/bin/bash',
  TERM: 'xterm-256color',
};
const CASE_EXT = /\.(sh|pl|yaml)$/;

/** All cases of a corpus directory, sorted by name. Throws on a malformed case. */
export function loadCorpus(dir: string): OracleCase[] {
  const abs = resolve(dir);
  const names = readdirSync(abs)
    .filter((f) => CASE_EXT.test(f) && !f.endsWith('.test.ts'))
    .sort();
  const seen = new Map<string, string>();
  const cases: OracleCase[] = [];
  for (const f of names) {
    const c = loadCase(join(abs, f));
    const prev = seen.get(c.name);
    if (prev) throw new Error(`${abs}: two cases named ${c.name} (${prev}, ${f})`);
    seen.set(c.name, f);
    cases.push(c);
  }
  return cases;
}

/** One case from its file. */
export function loadCase(path: string): OracleCase {
  const m = CASE_EXT.exec(path);
  if (!m) throw new Error(`${path}: not a case file (.sh, .pl or .yaml)`);
  const kind = m[1] as CaseKind;
  const name = basename(path).replace(CASE_EXT, '');
  const corpus = basename(resolve(path, '..'));
  const base = {
    name,
    id: `${corpus}/${name}`,
    kind,
    path,
    expectedPath: path.replace(CASE_EXT, '.expected.json'),
  };
  const text = readFileSync(path, 'utf8');
  if (kind === 'yaml') return { ...base, ...fromYaml(text, path, base.id) };
  const opts = parseDirectives(text, path);
  const file = `${name}.${kind}`;
  return {
    ...base,
    cmd: `${kind === 'sh' ? 'bash' : 'perl'} ${file}`,
    files: { [file]: text },
    stdin: readSidecar(path, '.stdin') ?? '',
    tty: opts.tty,
    timeoutMs: opts.timeoutMs,
    env: opts.net ? { PORT: String(portFor(base.id)) } : {},
    masks: [],
  };
}

interface Directives {
  tty: boolean;
  net: boolean;
  timeoutMs: number;
}

/**
 * Script cases carry their settings in comment lines `# oracle: tty net timeout=20`
 * anywhere in the first ten lines (after a `#!` line if there is one).
 */
export function parseDirectives(text: string, where: string): Directives {
  const d: Directives = { tty: false, net: false, timeoutMs: DEFAULT_TIMEOUT_MS };
  for (const line of text.split('\n').slice(0, 10)) {
    const m = /^#\s*oracle:(.*)$/.exec(line);
    if (!m) continue;
    for (const word of m[1]!.trim().split(/\s+/).filter(Boolean)) {
      const [key, value] = word.split('=', 2) as [string, string | undefined];
      if (key === 'tty') d.tty = value === undefined || value === 'true';
      else if (key === 'net') d.net = value === undefined || value === 'true';
      else if (key === 'timeout' && value && /^\d+(\.\d+)?$/.test(value)) d.timeoutMs = Number(value) * 1000;
      else throw new Error(`${where}: unknown oracle directive "${word}"`);
    }
  }
  return d;
}

function readSidecar(path: string, ext: string): string | undefined {
  const p = path.replace(CASE_EXT, ext);
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}

const YAML_KEYS = new Set(['cmd', 'files', 'stdin', 'tty', 'net', 'timeout', 'env', 'mask']);

function fromYaml(text: string, path: string, id: string): Omit<OracleCase, 'name' | 'id' | 'kind' | 'path' | 'expectedPath'> {
  const doc: unknown = parseYaml(text);
  if (!isRecord(doc)) throw new Error(`${path}: expected a mapping`);
  for (const k of Object.keys(doc)) if (!YAML_KEYS.has(k)) throw new Error(`${path}: unknown key "${k}"`);
  if (typeof doc.cmd !== 'string' || doc.cmd === '') throw new Error(`${path}: "cmd" must be a non-empty string`);
  const env = stringMap(doc.env, path, 'env');
  if (doc.net === true) env.PORT = String(portFor(id));
  const timeout = doc.timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : doc.timeout;
  if (typeof timeout !== 'number' || !(timeout > 0)) throw new Error(`${path}: "timeout" must be seconds`);
  const files = stringMap(doc.files, path, 'files');
  for (const f of Object.keys(files)) {
    if (f.startsWith('/') || f.split('/').includes('..')) throw new Error(`${path}: files.${f} must be a path inside the home directory`);
  }
  return {
    cmd: doc.cmd.replace(/\n$/, ''),
    files,
    stdin: optString(doc.stdin, path, 'stdin') ?? '',
    tty: optBool(doc.tty, path, 'tty') ?? false,
    timeoutMs: timeout * 1000,
    env,
    masks: masks(doc.mask, path),
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringMap(v: unknown, path: string, key: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (v === undefined || v === null) return out;
  if (!isRecord(v)) throw new Error(`${path}: "${key}" must be a mapping`);
  for (const [k, val] of Object.entries(v)) {
    if (typeof val !== 'string' && typeof val !== 'number') throw new Error(`${path}: ${key}.${k} must be a string`);
    out[k] = String(val);
  }
  return out;
}

function optString(v: unknown, path: string, key: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new Error(`${path}: "${key}" must be a string`);
  return v;
}

function optBool(v: unknown, path: string, key: string): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw new Error(`${path}: "${key}" must be true or false`);
  return v;
}

function masks(v: unknown, path: string): Mask[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new Error(`${path}: "mask" must be a list`);
  return v.map((m, i) => {
    if (!isRecord(m) || typeof m.pattern !== 'string' || typeof m.replace !== 'string') {
      throw new Error(`${path}: mask[${i}] needs "pattern" and "replace" strings`);
    }
    new RegExp(m.pattern, 'g'); // reject a bad pattern at load time
    return { pattern: m.pattern, replace: m.replace };
  });
}

/**
 * The fixed port of a networked case: 10000..19999 (below Linux's ephemeral
 * range, 32768..60999), from an FNV-1a hash of its id so that adding a case
 * never moves another's port. The second recording run uses `port + 10000`.
 */
export function portFor(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 10000 + (h % 10000);
}
