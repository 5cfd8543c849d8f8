import { describe, expect, it } from 'vitest';
import { normaliseOutcome, normaliseTerminal, replaceHomes, replacePorts } from './normalise.ts';

describe('normaliseTerminal', () => {
  it('turns CRLF into LF and leaves a lone CR alone', () => {
    expect(normaliseTerminal('a\r\nb\rc\r\n')).toBe('a\nb\rc\n');
  });
  it('drops the banners of a script that was not quiet', () => {
    expect(normaliseTerminal("Script started, output log file is '/dev/null'.\nhi\r\nScript done.\n")).toBe('hi\n');
  });
});

describe('replaceHomes', () => {
  it('replaces whole path components only', () => {
    expect(replaceHomes('/home/user /home/user/x /home/users /home/user.bak', ['/home/user'])).toBe(
      '<HOME> <HOME>/x /home/users /home/user.bak',
    );
  });
  it('prefers the longest of several homes', () => {
    expect(replaceHomes('/tmp/a/user:/a/user', ['/a/user', '/tmp/a/user'])).toBe('<HOME>:<HOME>');
  });
});

describe('replacePorts', () => {
  it('replaces the port as a whole number', () => {
    expect(replacePorts('port 12345, 123456, 112345, 12345\n', ['12345'])).toBe('port <PORT>, 123456, 112345, <PORT>\n');
  });
});

describe('normaliseOutcome', () => {
  it('applies homes, ports and masks to every stream, and is idempotent', () => {
    const opts = { homes: ['/h/user'], ports: ['15000'], masks: [{ pattern: 'pid \\d+', replace: 'pid N' }] };
    const once = normaliseOutcome({ stdout: '/h/user:15000 pid 42\n', stderr: 'pid 7 /h/user\n', status: 3 }, opts);
    expect(once).toEqual({ stdout: '<HOME>:<PORT> pid N\n', stderr: 'pid N <HOME>\n', status: 3 });
    expect(normaliseOutcome(once, opts)).toEqual(once);
    expect(normaliseOutcome({ terminal: 'x\r\n/h/user\r\n', status: 0 }, opts)).toEqual({ terminal: 'x\n<HOME>\n', status: 0 });
  });
});
