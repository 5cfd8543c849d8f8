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

describe('runaway guests in fast mode', () => {
  it('a perl loop watching time() and an alarm inside a busy loop both end', () => {
    const r = runLine(`perl -e 'my $start = time; my $n = 0; $n++ until time() > $start + 2; print "waited\\n"; $SIG{ALRM} = sub { die "alarm\\n" }; alarm 1; eval { 1 while 1 }; print "busy loop: $@"'`);
    expect(r.output).toBe('waited\nbusy loop: alarm\n');
    expect(r.status).toBe(0);
  });

  it('a fork bomb is contained and the shell survives it', () => {
    const r = runLine('bomb() { bomb | bomb & }; bomb 2>/dev/null; sleep 2; kill -9 -1 2>/dev/null; sleep 1; echo survived; ps -e --no-headers | wc -l', { maxRealMs: 90_000 });
    expect(r.output).toBe('survived\n6\n');
  });
});
