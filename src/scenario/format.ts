/**
 * The scenario format: the guide's ` ```terminal ` fence YAML (title,
 * optional prompt, steps of {command, output, narration}; `scenario` and
 * `description` tolerated) plus optional extensions: files, setup, per-step
 * terminal, timeout and expect options, and hosts added to the simulated
 * internet (format-hosts.ts). Parsing errors name the file and
 * line, and say plainly what is wrong.
 */
import { parseDocument, isMap, isSeq, type Document } from 'yaml';
import { parseInspect } from '../inspect/spec.ts';
import type { HostDecl } from '../net/hosts/custom.ts';
import { hostsFromData } from './format-hosts.ts';

export interface ExpectOptions {
  /** Placeholders off: every number is literal. */
  strict?: boolean;
  /** Compare only that the expected text occurs in the output. */
  contains?: boolean;
}

export interface Step {
  command: string;
  output?: string;
  narration?: string;
  /** Which terminal types it (0-based), default 0. */
  terminal?: number;
  /** Virtual seconds before the step counts as still running (default 10). */
  timeout?: number;
  expect?: ExpectOptions;
  /** Inspector view to open (e.g. "sequence port=9900"). */
  inspect?: string;
  /** 1-based line of the step in its source, for reports. */
  line?: number;
}

export interface Scenario {
  title: string;
  prompt?: string;
  description?: string;
  steps: Step[];
  files?: Record<string, string>;
  setup?: string[];
  terminals?: number;
  /** Hosts the scenario adds to the simulated internet. */
  hosts?: HostDecl[];
  /** Where it came from, for reports. */
  origin: { file: string; line: number; block?: number };
}

export class ScenarioError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'ScenarioError';
  }
}

const STEP_KEYS = new Set(['command', 'output', 'narration', 'terminal', 'timeout', 'expect', 'inspect']);
const TOP_KEYS = new Set(['title', 'scenario', 'prompt', 'description', 'steps', 'files', 'setup', 'terminals', 'hosts']);

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

const indentOf = (s: string): number => s.length - s.trimStart().length;

/**
 * Explain a YAML error near block-relative `line`: the common mistake of a
 * block scalar (`output: |`) whose first line is indented deeper than the
 * lines after it (YAML takes the block's indentation from its first line, so
 * the next line ends the block and is read as a broken key). Returns the
 * block-relative line to report and the text.
 */
function explainYamlError(text: string, line: number, message: string): { line: number; text: string } {
  const lines = text.split('\n');
  for (let i = Math.min(lines.length - 1, line - 1); i >= Math.max(0, line - 6); i--) {
    const m = /^(\s*)(?:-\s+)?([\w-]+):\s*([|>][-+]?)\s*$/.exec(lines[i]!);
    if (!m) continue;
    const keyIndent = indentOf(lines[i]!) + (lines[i]!.trimStart().startsWith('-') ? lines[i]!.trimStart().indexOf(m[2]!) : 0);
    const first = lines[i + 1] ?? '';
    let j = i + 2;
    while (j < lines.length && !lines[j]!.trim()) j++;
    const next = lines[j] ?? '';
    if (!first.trim() || !next.trim()) break;
    const [f, n] = [indentOf(first), indentOf(next)];
    if (f > n && n > keyIndent) {
      return {
        line: i + 2,
        text: `the first line of the block scalar \`${m[2]}: ${m[3]}\` is indented ${f} spaces, more than the ${n} of line ${j + 1}; ` +
          'YAML takes a block scalar\'s indentation from its first line, so the lines after it end the block (indent them all alike)',
      };
    }
    break;
  }
  return { line, text: message.split('\n')[0]! };
}

/** Parse one scenario's YAML. `baseLine` is the line of the YAML's first line in `file`. */
export function parseScenario(yamlText: string, file: string, baseLine = 1, block?: number): Scenario {
  const doc: Document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    // An error at the very end (an unclosed quote) is reported at the block's last line of text.
    const last = lineOf(yamlText, yamlText.replace(/\s+$/, '').length);
    const why = explainYamlError(yamlText, Math.min(lineOf(yamlText, e.pos[0]), last), e.message);
    // Lines in the explanation are the file's, like the one in front.
    const text = why.text.replace(/ of line (\d+);/, (_m, n: string) => ` of line ${baseLine + Number(n) - 1};`);
    throw new ScenarioError(file, baseLine + why.line - 1, `invalid YAML${block !== undefined ? ` in terminal block ${block}` : ''}: ${text}`);
  }
  const root = doc.contents;
  if (!isMap(root)) throw new ScenarioError(file, baseLine, 'a scenario must be a YAML mapping with title and steps');
  const data = doc.toJS() as Record<string, unknown>;
  const where = (key: string): number => {
    const pair = root.items.find((p) => (p.key as { value?: unknown })?.value === key);
    const range = (pair?.key as { range?: number[] } | undefined)?.range;
    return baseLine + (range ? lineOf(yamlText, range[0]!) - 1 : 0);
  };
  for (const k of Object.keys(data)) {
    if (!TOP_KEYS.has(k)) throw new ScenarioError(file, where(k), `unknown key "${k}" (expected one of: ${[...TOP_KEYS].join(', ')})`);
  }
  const title = data.title ?? data.scenario;
  if (typeof title !== 'string') throw new ScenarioError(file, baseLine, 'missing "title"');
  const stepsNode = root.get('steps', true);
  if (!isSeq(stepsNode)) throw new ScenarioError(file, where('steps'), '"steps" must be a list');
  const steps: Step[] = stepsNode.items.map((item, i) => {
    const range = (item as { range?: number[] }).range;
    const line = baseLine + (range ? lineOf(yamlText, range[0]!) - 1 : 0);
    const s = (item as { toJSON(): unknown }).toJSON() as Record<string, unknown>;
    if (!s || typeof s !== 'object') throw new ScenarioError(file, line, `step ${i + 1} must be a mapping`);
    for (const k of Object.keys(s)) {
      if (!STEP_KEYS.has(k)) throw new ScenarioError(file, line, `step ${i + 1}: unknown key "${k}"`);
    }
    if (typeof s.command !== 'string') throw new ScenarioError(file, line, `step ${i + 1}: missing "command"`);
    if (s.output !== undefined && typeof s.output !== 'string') throw new ScenarioError(file, line, `step ${i + 1}: "output" must be a string`);
    if (s.inspect !== undefined) {
      if (typeof s.inspect !== 'string') throw new ScenarioError(file, line, `step ${i + 1}: "inspect" must be a string naming a view`);
      const v = parseInspect(s.inspect);
      if ('error' in v) throw new ScenarioError(file, line, `step ${i + 1}: ${v.error}`);
    }
    return {
      command: s.command,
      output: s.output as string | undefined,
      narration: s.narration as string | undefined,
      terminal: typeof s.terminal === 'number' ? s.terminal : undefined,
      timeout: typeof s.timeout === 'number' ? s.timeout : undefined,
      expect: s.expect as ExpectOptions | undefined,
      inspect: s.inspect as string | undefined,
      line,
    };
  });
  const files = data.files as Record<string, string> | undefined;
  if (files !== undefined && (typeof files !== 'object' || Array.isArray(files))) {
    throw new ScenarioError(file, where('files'), '"files" must map paths to contents');
  }
  // A value's line: the line of its key in a mapping, else of the value itself.
  const lineAt = (path: Array<string | number>): number => {
    if (path.length === 0) return where('hosts');
    const parent = doc.getIn(['hosts', ...path.slice(0, -1)], true);
    const last = path[path.length - 1]!;
    const pair = isMap(parent) ? parent.items.find((p) => (p.key as { value?: unknown })?.value === last) : undefined;
    const node = pair ? pair.key : doc.getIn(['hosts', ...path], true);
    const range = (node as { range?: number[] } | null)?.range;
    return baseLine + (range ? lineOf(yamlText, range[0]!) - 1 : 0);
  };
  const hosts = data.hosts === undefined ? undefined : hostsFromData(data.hosts, lineAt, (line, msg) => {
    throw new ScenarioError(file, line, msg);
  });
  const setup = data.setup === undefined ? undefined : Array.isArray(data.setup) ? data.setup.map(String) : [String(data.setup)];
  return {
    title,
    prompt: data.prompt as string | undefined,
    description: data.description as string | undefined,
    steps,
    files,
    setup,
    terminals: typeof data.terminals === 'number' ? data.terminals : undefined,
    hosts,
    origin: { file, line: baseLine, block },
  };
}
