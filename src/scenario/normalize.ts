/**
 * How `verify` compares a step's expected text with what the terminal
 * showed. Normalisation (both sides): CR/LF to LF, ANSI escape sequences
 * removed, trailing spaces and trailing blank lines removed, bash's job
 * notices removed from the actual text unless the expected text has them.
 * Placeholders: a number of four or more digits in the expected text that
 * does not occur in the step's command stands for any number — the same one
 * wherever it recurs in the step.
 */

// CSI sequences, OSC sequences (ended by BEL or ST), and two-byte escapes.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78cDEHMZ]/g;

/** Job notices: "[1] 4242" after &, and "[1]+  Done   cmd" style status lines. */
const JOB_NOTICE = /^\[\d+\](?:[+-]? +(?:Done|Running|Stopped|Terminated|Killed|Exit \d+|Hangup|Interrupt|Quit)\b.*| \d+)$/;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

export function normalise(text: string): string {
  let s = stripAnsi(text).replace(/\r\n/g, '\n').replace(/\r/g, '\n');
  s = s.split('\n').map((l) => l.replace(/[ \t]+$/, '')).join('\n');
  return s.replace(/\n+$/, '');
}

export function hasJobNotices(text: string): boolean {
  return text.split('\n').some((l) => JOB_NOTICE.test(l));
}

export function dropJobNotices(text: string): string {
  return text.split('\n').filter((l) => !JOB_NOTICE.test(l)).join('\n');
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Build the matcher for an expected text: a RegExp where each placeholder
 * number becomes a capture group (first occurrence) or a backreference.
 */
export function expectedPattern(expected: string, command: string, strict = false): RegExp {
  const groups = new Map<string, number>();
  let re = '';
  let last = 0;
  const num = /\d{4,}/g;
  for (let m = num.exec(expected); m; m = num.exec(expected)) {
    const value = m[0];
    const before = expected[m.index - 1] ?? '';
    const after = expected[m.index + value.length] ?? '';
    const isolated = !/[\d.]/.test(before) && !/[\d]/.test(after);
    if (strict || !isolated || command.includes(value)) continue;
    re += escapeRe(expected.slice(last, m.index));
    const g = groups.get(value);
    if (g !== undefined) re += `\\${g}`;
    else {
      groups.set(value, groups.size + 1);
      re += '(\\d+)';
    }
    last = m.index + value.length;
  }
  re += escapeRe(expected.slice(last));
  return new RegExp(`^${re}$`);
}

export interface Comparison {
  pass: boolean;
  expected: string;
  actual: string;
}

/** Compare after normalisation; `actual` is returned normalised as compared. */
export function compareStep(expectedRaw: string, actualRaw: string, command: string, strict = false): Comparison {
  const expected = normalise(expectedRaw);
  let actual = normalise(actualRaw);
  if (!hasJobNotices(expected)) actual = dropJobNotices(actual).replace(/\n+$/, '');
  const pass = expectedPattern(expected, command, strict).test(actual);
  return { pass, expected, actual };
}

/** A unified diff of two texts (whole-text hunk; small outputs). */
export function unifiedDiff(expected: string, actual: string, label = 'output'): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Longest common subsequence table for a readable line diff.
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const out = [`--- expected ${label}`, `+++ actual ${label}`, `@@ -1,${n} +1,${m} @@`];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push(` ${a[i]}`);
      i++;
      j++;
    } else if (j < m && (i === n || dp[i]![j + 1]! >= dp[i + 1]![j]!)) out.push(`+${b[j++]}`);
    else out.push(`-${a[i++]}`);
  }
  return out.join('\n');
}

const PROMPT_RE = /^[\w.-]+@[\w.-]+:[^\n]*?[$#] /;

/** Remove prompt strings from the start of lines (`prompt` or the default user@host:dir$ shape). */
function stripPrompt(line: string, prompt: string | undefined): string {
  for (;;) {
    if (prompt && line.startsWith(prompt)) line = line.slice(prompt.length);
    else if (PROMPT_RE.test(line)) line = line.replace(PROMPT_RE, '');
    else return line;
  }
}

/**
 * Output lines with the shell's prompts taken out: a line that was only a
 * prompt disappears, text a background process printed after a prompt stays.
 */
export function withoutPrompts(lines: string[], prompt?: string): string {
  const out: string[] = [];
  for (const l of lines) {
    const bare = stripPrompt(l, prompt);
    if (bare === '' && bare !== l) continue;
    out.push(bare);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/**
 * A step's output from what the terminal showed after the command was typed:
 * escape sequences removed, the echoed command lines dropped, prompts removed.
 */
export function stepOutput(raw: string, command: string, prompt?: string): string {
  const lines = stripAnsi(raw).replace(/\r\n/g, '\n').replace(/\r/g, '').split('\n');
  return withoutPrompts(lines.slice(command.split('\n').length), prompt);
}
