/**
 * A scenario as the page receives it: the JSON `terrarium render` and the MkDocs hook
 * put in the element, the guide site's `data-config` (the fence's YAML as JSON), or
 * parsed YAML. Checked here with the same rules and messages as src/scenario/format.ts,
 * without the YAML library (the page loads that only for YAML text).
 */
import type { Scenario, Step } from '../../scenario/format.ts';
import { hostsFromData } from '../../scenario/format-hosts.ts';

export type PlayerScenario = Omit<Scenario, 'origin'>;
export type PlayerStep = Step;

const STEP_KEYS = new Set(['command', 'output', 'narration', 'terminal', 'timeout', 'expect', 'inspect']);
const TOP_KEYS = new Set(['title', 'scenario', 'prompt', 'description', 'steps', 'files', 'setup', 'terminals', 'hosts']);

export class ScenarioDataError extends Error {
  override name = 'ScenarioDataError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validate scenario data; `where` names its source in error messages. */
export function scenarioFromData(data: unknown, where: string): PlayerScenario {
  const fail = (msg: string): never => {
    throw new ScenarioDataError(`${where}: ${msg}`);
  };
  if (!isObject(data)) return fail('a scenario must be a mapping with title and steps');
  for (const k of Object.keys(data)) {
    if (!TOP_KEYS.has(k)) fail(`unknown key "${k}" (expected one of: ${[...TOP_KEYS].join(', ')})`);
  }
  const title = data.title ?? data.scenario;
  if (typeof title !== 'string') fail('missing "title"');
  if (!Array.isArray(data.steps)) return fail('"steps" must be a list');
  const steps = data.steps.map((s: unknown, i): Step => {
    if (!isObject(s)) return fail(`step ${i + 1} must be a mapping`);
    for (const k of Object.keys(s)) if (!STEP_KEYS.has(k)) fail(`step ${i + 1}: unknown key "${k}"`);
    if (typeof s.command !== 'string') fail(`step ${i + 1}: missing "command"`);
    if (s.output !== undefined && typeof s.output !== 'string') fail(`step ${i + 1}: "output" must be a string`);
    const step: Step = { command: s.command as string };
    if (typeof s.output === 'string') step.output = s.output;
    if (typeof s.narration === 'string') step.narration = s.narration;
    if (typeof s.terminal === 'number') step.terminal = s.terminal;
    if (typeof s.timeout === 'number') step.timeout = s.timeout;
    if (isObject(s.expect)) step.expect = { strict: s.expect.strict === true, contains: s.expect.contains === true };
    if (typeof s.inspect === 'string') step.inspect = s.inspect;
    return step;
  });
  const out: PlayerScenario = { title: title as string, steps };
  if (typeof data.prompt === 'string') out.prompt = data.prompt;
  if (typeof data.description === 'string') out.description = data.description;
  if (data.files !== undefined) {
    if (!isObject(data.files)) fail('"files" must map paths to contents');
    out.files = Object.fromEntries(Object.entries(data.files as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  }
  if (data.setup !== undefined) out.setup = Array.isArray(data.setup) ? data.setup.map(String) : [String(data.setup)];
  if (typeof data.terminals === 'number') out.terminals = data.terminals;
  if (data.hosts !== undefined) out.hosts = hostsFromData(data.hosts, () => 0, (_line, msg) => fail(msg));
  return out;
}

/** How many terminals the scenario uses: `terminals`, or the highest step terminal + 1. */
export function terminalCount(s: PlayerScenario): number {
  const used = s.steps.reduce((n, st) => Math.max(n, (st.terminal ?? 0) + 1), 1);
  return Math.max(used, s.terminals ?? 1);
}
