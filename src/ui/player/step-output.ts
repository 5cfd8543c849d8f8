/**
 * A step's output as `terrarium verify` reads it, from the text the terminal printed
 * after the Enter that ended the command: escape sequences removed, the rest of the
 * echoed line dropped, prompts
 * at the start of lines removed, then compared with the expected text by the verify
 * rules (src/scenario/normalize.ts).
 */
import { compareStep, stripAnsi, withoutPrompts } from '../../scenario/normalize.ts';
import type { PlayerStep } from './scenario.ts';

/** The output lines of a step (`raw` begins at the final Enter); escape sequences
 *  (colours, bracketed-paste toggles around the prompt) are removed. */
export function stepText(raw: string, prompt?: string): string {
  return withoutPrompts(stripAnsi(raw).replace(/\r\n/g, '\n').replace(/\r/g, '').split('\n').slice(1), prompt);
}

export interface StepCheck {
  pass: boolean;
  expected: string;
  actual: string;
}

/** Compare a step's output with its expectation (null when the step has none). */
export function checkStep(step: PlayerStep, output: string): StepCheck | null {
  if (step.output === undefined) return null;
  if (step.expect?.contains) {
    return { pass: output.includes(step.output.trim()), expected: step.output, actual: output };
  }
  return compareStep(step.output, output, step.command, step.expect?.strict ?? false);
}
