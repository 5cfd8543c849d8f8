import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase } from './cases.ts';
import { recordCase, serialise } from '../../tools/oracle/record.ts';

function oneCase(name: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'oracle-record-'));
  writeFileSync(join(dir, name), text);
  return loadCase(join(dir, name));
}

/** Recording needs the host's tools; a machine without them only compares. */
const hostTools = ['/bin/bash', '/usr/bin/perl', '/usr/bin/script', '/usr/bin/mkfifo'].every((p) => existsSync(p));

describe.skipIf(!hostTools)('recordCase (real tools)', () => {
  it('records pipes with the home directory as a placeholder', async () => {
    const r = await recordCase(oneCase('p.yaml', 'cmd: |\n  pwd; cat f; echo err >&2; test -p /dev/stdin && echo piped; exit 4\nfiles:\n  f: "file\\n"\nstdin: x\n'));
    expect(r.kind).toBe('recorded');
    if (r.kind === 'rejected') return;
    expect(r.outcome).toEqual({ stdout: '<HOME>\nfile\npiped\n', stderr: 'err\n', status: 4 });
  });

  it('records a terminal: one screen, CRLF gone, real size, bash the parent', async () => {
    const cmd = 'stty size; echo e >&2; P=$$ perl -e \'print getppid() == $ENV{P} ? "parent\\n" : "exec\\n"\'';
    const r = await recordCase(oneCase('t.yaml', `tty: true\ncmd: |\n  ${cmd}\n`));
    expect(r.kind === 'rejected' ? r.reason : r.outcome).toEqual({ terminal: '24 80\ne\nparent\n', status: 0 });
  });

  it('rejects a case whose two runs differ, and one that times out', async () => {
    const flaky = await recordCase(oneCase('f.sh', 'echo $RANDOM$RANDOM\n'));
    expect(flaky.kind === 'rejected' && flaky.reason).toMatch(/^the two runs differ/);
    const slow = await recordCase(oneCase('s.sh', '# oracle: timeout=0.5\nsleep 30\n'));
    expect(slow.kind === 'rejected' && slow.reason).toBe('timed out after 0.5 s (run 1)');
  });

  it('gives a networked case its port, and another on the second run (TIME_WAIT)', async () => {
    const server = [
      '# oracle: net',
      'use IO::Socket::INET;',
      'my $l = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => $ENV{PORT}, Listen => 1) or die "listen: $!\\n";',
      'if (fork == 0) { my $c = IO::Socket::INET->new("127.0.0.1:$ENV{PORT}") or die; print scalar <$c>; exit 0 }',
      'my $s = $l->accept; print $s "hello on $ENV{PORT}\\n"; close $s; wait;',
      '',
    ].join('\n');
    const r = await recordCase(oneCase('n.pl', server));
    expect(r.kind === 'rejected' ? r.reason : r.outcome).toEqual({ stdout: 'hello on <PORT>\n', stderr: '', status: 0 });
  });

  it('kills what a case leaves running', async () => {
    const marker = `oracle-leftover-${process.pid}`;
    const r = await recordCase(oneCase('d.sh', `(exec -a ${marker} sleep 300) >/dev/null 2>&1 &\necho started\n`));
    expect(r.kind).toBe('recorded');
    const left = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          return readFileSync(`/proc/${d}/cmdline`, 'utf8').startsWith(marker);
        } catch {
          return false;
        }
      });
    expect(left).toEqual([]);
  });
});

describe('serialise', () => {
  it('writes the fields in a fixed order with a final newline', () => {
    expect(serialise({ status: 1, stderr: 'e', stdout: 'o' } as never)).toBe('{\n  "stdout": "o",\n  "stderr": "e",\n  "status": 1\n}\n');
  });
});
