/**
 * `terrarium verify`: run every terminal block of Markdown files (or
 * scenario YAML files) in a fresh machine, step by step in one interactive
 * shell, and compare what really happens with the text on the page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseScenario, ScenarioError, type Scenario } from './format.ts';
import { findFences } from './markdown.ts';
import { compareStep, unifiedDiff } from './normalize.ts';
import { Session } from './session.ts';
import { setOutputs } from './yaml-edit.ts';

export type StepStatus = 'pass' | 'fail' | 'still-running' | 'no-expectation';

export interface StepReport {
  step: number;
  line?: number;
  command: string;
  status: StepStatus;
  expected?: string;
  actual: string;
}

export interface BlockReport {
  file: string;
  line: number;
  block?: number;
  title: string;
  steps: StepReport[];
  error?: string;
}

export interface VerifyOptions {
  strict?: boolean;
  update?: boolean;
  seed?: number;
}

/** Load the scenarios of one file (Markdown fences or a YAML scenario). */
export function loadScenarios(file: string, text: string): Scenario[] {
  if (/\.(md|markdown)$/i.test(file)) {
    return findFences(text, 'terminal').map((f) => parseScenario(f.body, file, f.line, f.index));
  }
  return [parseScenario(text, file, 1)];
}

export function runScenario(s: Scenario, opts: VerifyOptions = {}): BlockReport {
  const session = new Session(s, opts.seed ?? 1);
  const report: BlockReport = { file: s.origin.file, line: s.origin.line, block: s.origin.block, title: s.title, steps: [] };
  try {
    if (s.setup?.length) session.setup(s.setup);
    s.steps.forEach((step, i) => {
      const run = session.runStep(step.command, { terminal: step.terminal, timeoutS: step.timeout });
      const r: StepReport = { step: i + 1, line: step.line, command: step.command, status: 'pass', actual: run.output };
      if (step.output !== undefined) {
        const cmp = step.expect?.contains
          ? { pass: run.output.includes(step.output.trim()), expected: step.output, actual: run.output }
          : compareStep(step.output, run.output, step.command, opts.strict || step.expect?.strict);
        r.expected = cmp.expected;
        r.actual = cmp.actual;
        r.status = run.stillRunning ? 'still-running' : cmp.pass ? 'pass' : 'fail';
      } else r.status = run.stillRunning ? 'still-running' : 'no-expectation';
      report.steps.push(r);
    });
  } finally {
    session.close();
  }
  return report;
}

/**
 * Verify every block of a file. A block that does not parse becomes a
 * report with its error (file, block and line named); the others still run.
 */
export function verifyFile(file: string, opts: VerifyOptions = {}): BlockReport[] {
  const text = readFileSync(file, 'utf8');
  const md = /\.(md|markdown)$/i.test(file);
  const blocks = md ? findFences(text, 'terminal').map((f) => ({ body: f.body, line: f.line, index: f.index as number | undefined }))
    : [{ body: text, line: 1, index: undefined }];
  const reports = blocks.map((b): BlockReport => {
    let s: Scenario;
    try {
      s = parseScenario(b.body, file, b.line, b.index);
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      const title = /^(?:title|scenario):\s*["']?(.*?)["']?\s*$/m.exec(b.body)?.[1] ?? '(unreadable)';
      return { file, line: e.line, block: b.index, title, steps: [], error: e.message };
    }
    return runScenario(s, opts);
  });
  if (opts.update && !md && !reports[0]!.error) updateYaml(file, text, reports[0]!);
  return reports;
}

/** Rewrite a scenario YAML file's outputs with what really happened (steps still running keep theirs). */
function updateYaml(file: string, text: string, report: BlockReport): void {
  const outputs = new Map<number, string>();
  report.steps.forEach((s, i) => {
    if (s.status !== 'still-running') outputs.set(i, s.actual);
  });
  writeFileSync(file, setOutputs(text, outputs));
}

export const failed = (s: StepReport): boolean => s.status === 'fail' || s.status === 'still-running';

/** The human report: one line per step, diffs for failures, a summary. */
export function formatReport(reports: BlockReport[]): string {
  const out: string[] = [];
  let pass = 0;
  let fail = 0;
  for (const b of reports) {
    out.push(`${b.file}:${b.line}: ${b.title}`);
    if (b.error) {
      out.push(`  error: ${b.error}`);
      fail++;
      continue;
    }
    for (const s of b.steps) {
      const tag = s.status === 'pass' ? 'PASS' : s.status === 'no-expectation' ? 'RAN ' : s.status === 'still-running' ? 'FAIL (still running)' : 'FAIL';
      out.push(`  step ${s.step}: ${tag}  $ ${s.command.length > 70 ? s.command.slice(0, 67) + '...' : s.command}`);
      if (failed(s)) {
        fail++;
        out.push(unifiedDiff(s.expected ?? '', s.actual).split('\n').map((l) => `    ${l}`).join('\n'));
      } else pass++;
    }
  }
  out.push(`${reports.reduce((n, b) => n + b.steps.length, 0)} steps: ${pass} passed, ${fail} failed`);
  return out.join('\n') + '\n';
}
