import { describe, expect, it } from 'vitest';
import { compareStep, expectedPattern, normalise, unifiedDiff } from './normalize.ts';
import { stepOutput } from './normalize.ts';

describe('verify normalisation', () => {
  it('turns CR/LF into LF, drops ANSI codes and trailing spaces and blank lines', () => {
    expect(normalise('\x1b[1;32mok\x1b[0m  \r\nnext\r\n\r\n')).toBe('ok\nnext');
  });

  it('drops bash job notices unless the expected text has them', () => {
    expect(compareStep('Listening on 9900', '[1] 4242\nListening on 9900\n', 'perl ... &').pass).toBe(true);
    expect(compareStep('[1] 12345\nx', '[1] 777\nx', 'cmd &').pass).toBe(true);
    expect(compareStep('x', 'x\n[1]+  Done                    sleep 1', 'sleep 1 &').pass).toBe(true);
  });

  it('a 4+ digit number not in the command is a placeholder, the same value wherever it recurs', () => {
    const cmd = "perl -e 'fork...'";
    expect(compareStep('Parent: child is 12345\nChild: PID 12345, SID 12345', 'Parent: child is 17\nChild: PID 17, SID 17', cmd).pass).toBe(true);
    expect(compareStep('Parent: child is 12345\nChild: PID 12345, SID 12345', 'Parent: child is 17\nChild: PID 18, SID 17', cmd).pass).toBe(false);
  });

  it('numbers from the command and short numbers stay literal; --strict turns placeholders off', () => {
    expect(compareStep('Listening on 9900', 'Listening on 9901', 'LocalPort=>9900').pass).toBe(false);
    expect(compareStep('HTTP 200', 'HTTP 201', 'curl').pass).toBe(false);
    expect(compareStep('PID 54321', 'PID 4', 'perl', true).pass).toBe(false);
    expect(expectedPattern('a 54321 b', 'x').source).toBe('^a (\\d+) b$');
  });

  it('drops OSC sequences (a window title) and two-byte escapes as well as CSI codes', () => {
    expect(normalise('\x1b]0;user@linux: ~\x07ok\x1b(B\x1b=\n')).toBe('ok');
  });

  it('keeps job notices when the expected text has them, so a missing one fails', () => {
    expect(compareStep('[1]+  Done                    sleep 1\nx', 'x', 'sleep 1 & wait; echo x').pass).toBe(false);
    expect(compareStep('[1]+  Done                    sleep 1\nx', '[1]+  Done                    sleep 1\nx', 'sleep 1 &').pass).toBe(true);
  });

  it('a number after a dot or inside a longer number is literal; two placeholders may differ', () => {
    expect(compareStep('perl 5.0360', 'perl 5.0370', 'perl -v').pass).toBe(false);
    expect(compareStep('[1] 12345\nchild 54321', '[1] 7\nchild 8', 'x &').pass).toBe(true);
    expect(compareStep('port 12345.', 'port 40000.', 'x').pass).toBe(true);
  });

  it('reports a unified diff', () => {
    expect(unifiedDiff('Welcome\nEcho: hello', 'Welcome')).toBe(
      '--- expected output\n+++ actual output\n@@ -1,2 +1,1 @@\n Welcome\n-Echo: hello',
    );
  });
});

describe('step output from the terminal', () => {
  it('drops the echoed command and prompts, keeping what a background process printed after one', () => {
    const raw = 'perl x &\r\n[1] 42\r\nuser@linux:~$ Listening on 9900\r\n';
    expect(stepOutput(raw, 'perl x &')).toBe('[1] 42\nListening on 9900');
    expect(stepOutput('echo hi\r\nhi\r\nuser@linux:~$ ', 'echo hi')).toBe('hi');
  });

  it('drops every line of a multi-line command and a prompt given by the scenario', () => {
    expect(stepOutput('for i in 1 2\r\n> do echo $i; done\r\n1\r\n2\r\nuser@linux:~$ ', 'for i in 1 2\ndo echo $i; done')).toBe('1\n2');
    expect(stepOutput('ls\r\na\r\nme@box:/tmp# b\r\n[prompt]> ', 'ls', '[prompt]> ')).toBe('a\nb');
  });
});
