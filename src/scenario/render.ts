/**
 * `terrarium render`: a scenario (or each ` ```terminal ` fence of a
 * Markdown page) as static HTML — a `<terrarium-terminal>` element whose
 * light DOM already holds the transcript (commands and expected outputs in
 * a <pre>) and the scenario data (JSON in a non-executed script element).
 * Readers without JavaScript and search engines see the transcript; the
 * element upgrades it into a live terminal when the script loads.
 *
 * The MkDocs hook (tools/mkdocs/terrarium_hook.py) produces the same HTML.
 */
import type { Scenario } from './format.ts';
import { findFences } from './markdown.ts';
import { parseScenario, ScenarioError } from './format.ts';
import { parse as parseYaml } from 'yaml';
import { hostsToData } from './format-hosts.ts';

export const DEFAULT_PROMPT = 'user@linux:~$ ';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON safe inside a <script> element: no "</" sequence, no U+2028/9 surprises. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The data the element needs (origin dropped: it names a file on the author's disk). */
const TOP_ORDER = ['title', 'prompt', 'description', 'files', 'setup', 'terminals', 'hosts'] as const;
const STEP_ORDER = ['command', 'output', 'narration', 'terminal', 'timeout', 'expect', 'inspect'] as const;

export function scenarioData(s: Scenario): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of TOP_ORDER) if (s[k] !== undefined) out[k] = k === 'hosts' ? hostsToData(s.hosts!) : s[k];
  out.steps = s.steps.map((step) => {
    const o: Record<string, unknown> = {};
    for (const k of STEP_ORDER) if (step[k] !== undefined) o[k] = step[k];
    return o;
  });
  return out;
}

export function renderScenario(s: Scenario, attrs: Record<string, string> = {}): string {
  const prompt = s.prompt ?? DEFAULT_PROMPT;
  const lines: string[] = [];
  for (const step of s.steps) {
    lines.push(`<span class="terrarium-prompt">${escapeHtml(prompt)}</span><kbd class="terrarium-command">${escapeHtml(step.command)}</kbd>`);
    if (step.output) lines.push(`<samp class="terrarium-output">${escapeHtml(step.output.replace(/\n$/, ''))}</samp>`);
  }
  const extra = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
  return [
    `<terrarium-terminal aria-label="${escapeHtml(s.title)}"${extra}>`,
    `<script type="application/json" class="terrarium-scenario">${scriptJson(scenarioData(s))}</script>`,
    `<figure class="terrarium-static"><figcaption>${escapeHtml(s.title)}</figcaption>`,
    `<pre class="terrarium-transcript">${lines.join('\n')}</pre></figure>`,
    `</terrarium-terminal>`,
  ].join('\n');
}

/** A ```command-builder fence: its YAML as JSON for the builder element. */
export function renderCommandBuilder(yamlText: string, file: string, line: number): string {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (e) {
    throw new ScenarioError(file, line, `invalid YAML in command-builder block: ${(e as Error).message.split('\n')[0]}`);
  }
  return [
    '<terrarium-command-builder>',
    `<script type="application/json" class="terrarium-command-builder">${scriptJson(data)}</script>`,
    '</terrarium-command-builder>',
  ].join('\n');
}

/** Replace every ```terminal and ```command-builder fence of a Markdown page with its rendered HTML. */
export function renderMarkdown(markdown: string, file: string): string {
  const fences = [
    ...findFences(markdown, 'terminal').map((f) => ({ f, html: () => renderScenario(parseScenario(f.body, file, f.line, f.index)) })),
    ...findFences(markdown, 'command-builder').map((f) => ({ f, html: () => renderCommandBuilder(f.body, file, f.line) })),
  ].sort((a, b) => a.f.line - b.f.line);
  if (fences.length === 0) return markdown;
  const lines = markdown.split('\n');
  const out: string[] = [];
  let i = 0;
  for (const { f, html } of fences) {
    const open = f.line - 2;
    const bodyLines = f.body === '' ? 0 : f.body.split('\n').length;
    const close = open + bodyLines + 1;
    out.push(...lines.slice(i, open));
    out.push(html());
    i = close + 1;
  }
  out.push(...lines.slice(i));
  return out.join('\n');
}
