import { describe, expect, it } from 'vitest';
import { runLine } from '../../src/system/testing.ts';

const LINE = 'for i in 1 2 3; do (sleep 0.$i; echo "job $i $$") & done; echo "parent $RANDOM $RANDOM"; wait; ls /proc | grep -c "^[0-9]"; ls /proc/self/fd | wc -l';

describe('determinism', () => {
  it('the same command line and seed give the same bytes, 20 runs over', () => {
    const first = runLine(LINE, { seed: 42 });
    expect(first.status).toBe(0);
    expect(first.output).toMatch(/^parent \d+ \d+\njob 1 \d+\njob 2 \d+\njob 3 \d+\n\d+\n\d+\n$/);
    for (let i = 0; i < 19; i++) expect(runLine(LINE, { seed: 42 }).output).toBe(first.output);
    expect(runLine(LINE, { seed: 43 }).output).not.toBe(first.output);
  });

  it('a busy loop watching the clock ends in fast mode (virtual time advances per step)', () => {
    const t0 = performance.now();
    const r = runLine('start=$SECONDS; n=0; until (( SECONDS > start + 1 )); do n=$((n+1)); done; echo "waited, looped $(( n > 100 ? 1 : 0 ))"');
    expect(r.output).toBe('waited, looped 1\n');
    expect(performance.now() - t0).toBeLessThan(30_000);
  });

  it('sleep 5 costs no real time', () => {
    const t0 = performance.now();
    const r = runLine('sleep 5; echo slept');
    expect(r.output).toBe('slept\n');
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
