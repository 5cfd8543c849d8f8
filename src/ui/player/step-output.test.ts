import { describe, expect, it } from 'vitest';
import { checkStep, stepText } from './step-output.ts';

describe('stepText', () => {
  it('drops the echo tail, escape sequences and the prompt that ends the step', () => {
    expect(stepText('\r\n\x1b[?2004lhello\r\n\x1b[?2004huser@linux:~$ ')).toBe('hello');
    expect(stepText('\r\n[1] 4242\r\nuser@linux:~$ ')).toBe('[1] 4242');
  });

  it('keeps what a background job printed after a prompt, without the prompt', () => {
    expect(stepText('\r\nuser@linux:~$ late line\r\nuser@linux:~$ ')).toBe('late line');
  });

  it('knows a custom prompt', () => {
    expect(stepText('\r\nok\r\n% ', '% ')).toBe('ok');
  });
});

describe('checkStep', () => {
  it('compares by the verify rules (placeholders, job notices) or by containment', () => {
    expect(checkStep({ command: 'sleep 30 &', output: '[1] 8934' }, '[1] 4242')?.pass).toBe(true);
    expect(checkStep({ command: 'echo hello', output: 'goodbye' }, 'hello')).toEqual({ pass: false, expected: 'goodbye', actual: 'hello' });
    expect(checkStep({ command: 'x', output: 'b', expect: { contains: true } }, 'a\nb\nc')?.pass).toBe(true);
    expect(checkStep({ command: 'ls' }, 'x')).toBeNull();
  });
});
