/**
 * `terrarium verify` on the chapter itself ("Networking and Daemons", from
 * ../shared/guide): its six terminal steps run in fresh machines. Five match
 * the page; the TCP echo client of step 2 never sends its stdin, so on a
 * real machine (and ours) it prints "Welcome" and then waits: verify must
 * report it as still running.
 */
import { describe, expect, it } from 'vitest';
import { verifyFile } from '../src/scenario/verify.ts';

const GUIDE = '../shared/guide/networking-daemons.md';

describe('verify on the chapter', () => {
  it('reports 6 steps: 5 pass, the echo client step still running after "Welcome"', () => {
    const reports = verifyFile(GUIDE);
    const steps = reports.flatMap((b) => b.steps.map((s) => `${b.title} #${s.step}: ${s.status}`));
    expect(steps).toEqual([
      'TCP Echo Server and Client #1: pass',
      'TCP Echo Server and Client #2: still-running',
      'TCP Echo Server and Client #3: pass',
      'Daemonizing a Process #1: pass',
      'Daemonizing a Process #2: pass',
      'Daemonizing a Process #3: pass',
    ]);
    expect(reports[0]!.steps[1]!.actual).toBe('Welcome');
  });
});
