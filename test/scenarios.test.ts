/**
 * Every scenario in scenarios/ must verify: each step's real output on the
 * machine matches the output recorded from the real tools. Scenarios listed
 * in PENDING are known not to match yet (with the reason); they are run as
 * expected failures, so one that starts passing fails here until it is
 * taken off the list.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarios, runScenario, failed } from '../src/scenario/verify.ts';
import { unifiedDiff } from '../src/scenario/normalize.ts';

const DIR = join(import.meta.dirname, '..', 'scenarios');

const PENDING: Record<string, string> = {
  'chat-server.yaml':
    'step 3: the last job notice of "wait %4 %3 %2" is "[2]   Done ..." where bash, with jobs 4 and 3 gone, ' +
    'marks job 2 as the current one: "[2]+  Done ..."',
  'double-fork.yaml':
    'step 4: after open STDERR, ">", "/dev/null" fd 2 is the PID file, not /dev/null (perl must reopen onto fd 2)',
  'forking-server.yaml':
    'step 7: ps -o stat=,comm= --ppid N with no matching process prints an empty line (procps prints nothing), ' +
    'so "children left: 1"',
  'systemd-service.yaml':
    'step 4: status of a unit in auto-restart shows "○" (systemd 252: "●" for activating), "since" the failure instead of ' +
    'InactiveExitTimestamp, "code=killed, status=9/KILL" (systemctl status: "code=killed, signal=KILL"), and no CPU: line; ' +
    'step 6: no "Process: N ExecReload=/bin/kill -HUP $MAINPID (code=exited, status=0/SUCCESS)" line',
  'tcpdump-handshake.yaml':
    'step 4: tcpdump accepts -q and -t but ignores them: prints "00:00:00.095685 IP 33763 > 9904: Flags [S], seq ..." ' +
    'instead of "IP 35812 > 9904: tcp 0"',
};

describe('scenarios', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort()) {
    const test = PENDING[file] ? it.fails : it;
    test(`${file}${PENDING[file] ? ` (pending: ${PENDING[file]})` : ''}`, () => {
      const path = join(DIR, file);
      for (const s of loadScenarios(path, readFileSync(path, 'utf8'))) {
        const report = runScenario(s);
        const bad = report.steps.filter(failed);
        const msg = bad.map((st) => `step ${st.step} (${st.status}): $ ${st.command}\n${unifiedDiff(st.expected ?? '', st.actual)}`).join('\n');
        expect(msg).toBe('');
      }
    });
  }
});
