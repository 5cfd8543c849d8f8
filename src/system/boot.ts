/**
 * A standard machine: the filesystem layout, /etc, and every program
 * installed where Debian puts it.
 */
import type { Program } from '../abi/sys.ts';
import { Machine, type MachineOptions } from '../kernel/machine.ts';
import { programs as userland } from '../programs/index.ts';
import { populateEtc } from './etc.ts';
import { httpd } from '../hosts/httpd.ts';

/** Every program area's install map; areas register here. */
const AREAS: Array<() => Record<string, Program>> = [userland];

/** Extra files some areas install (perl modules): path -> content. */
const FILE_AREAS: Array<() => Record<string, string | Uint8Array>> = [];

export function registerArea(programs: () => Record<string, Program>, files?: () => Record<string, string | Uint8Array>): void {
  AREAS.push(programs);
  if (files) FILE_AREAS.push(files);
}

export function bootStandard(opts: MachineOptions = {}): Machine {
  const m = new Machine(opts);
  populateEtc(m);
  for (const area of AREAS) {
    for (const [path, prog] of Object.entries(area())) {
      m.installProgram(path, prog, path.endsWith('/sudo') ? 0o4755 : 0o755);
    }
  }
  for (const area of FILE_AREAS) {
    for (const [path, data] of Object.entries(area())) m.writeFile(path, data);
  }
  m.installProgram('/usr/sbin/httpd', httpd);
  m.spawn(['/usr/sbin/httpd'], { uid: 0, cwd: '/' });
  m.runUntil(() => !m.kernel.hasRunnable(), { maxVirtualMs: 1000 });
  return m;
}
