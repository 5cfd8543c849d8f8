/**
 * `terrarium record`: play a scenario in a fresh machine and write what the
 * terminal showed as an asciinema v2 cast, one marker per step.
 */
import type { Scenario } from './format.ts';
import { Session } from './session.ts';

export function recordCast(s: Scenario, seed = 1): string {
  const session = new Session(s, seed);
  const markers: Array<[number, string, string]> = [];
  try {
    if (s.setup?.length) session.setup(s.setup);
    const t0 = session.events.length ? session.events[session.events.length - 1]![0] : 0;
    s.steps.forEach((step, i) => {
      markers.push([session.machine.nowNs() / 1e9, 'm', `step ${i + 1}: ${step.command}`]);
      session.runStep(step.command, { terminal: step.terminal, timeoutS: step.timeout });
    });
    const events = [...session.events.filter((e) => e[0] >= t0), ...markers].sort((a, b) => a[0] - b[0]);
    const start = events.length ? events[0]![0] : 0;
    const header = { version: 2, width: 80, height: 24, title: s.title, env: { TERM: 'xterm-256color', SHELL: '/bin/bash' } };
    return [JSON.stringify(header), ...events.map(([t, k, d]) => JSON.stringify([Number((t - start).toFixed(6)), k, d]))].join('\n') + '\n';
  } finally {
    session.close();
  }
}
