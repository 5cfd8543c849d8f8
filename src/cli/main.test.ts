import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/terrarium.js', import.meta.url));

/** `sh -c SCRIPT` on the host: its stdout and status. */
function host(script: string): { out: string; status: number | null } {
  const r = spawnSync('/bin/sh', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
  return { out: r.stdout, status: r.status };
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

describe('terrarium run', () => {
  it('writes stdout and stderr in the order the guest wrote them (as the real bash does)', () => {
    const line = 'perl -e \'print "a\\n"; warn "w\\n"; print "b\\n"\'; echo next; echo err >&2; echo last';
    const ours = host(`node ${quote(BIN)} run --no-tty -- ${quote(line)} 2>&1`);
    const real = host(`/bin/bash -c ${quote(line)} 2>&1`);
    expect(ours).toEqual(real);
    expect(real.out).toBe('w\na\nb\nnext\nerr\nlast\n');
  });

  it('stops writing quietly when its reader goes away', () => {
    const r = host(`/bin/bash -c ${quote(`node ${quote(BIN)} run -- 'seq 100000' 2>&3 | head -n 2; echo "status \${PIPESTATUS[0]}"`)} 3>&1`);
    expect(r.out).toBe('1\n2\nstatus 0\n');
  });
});
