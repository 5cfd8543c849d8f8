import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runLine } from '../system/testing.ts';

const SBIN = { PATH: '/usr/local/bin:/usr/bin:/bin:/usr/sbin' };

function fixture(name: string): string {
  return readFileSync(new URL(`./testdata/sessions/${name}.out`, import.meta.url), 'utf8');
}

/** A line run with pipes, as testdata/sessions/record.sh records it. */
function recorded(line: string): string {
  const r = runLine(line, { tty: false, env: SBIN });
  return `${r.stdout}--- stderr\n${r.stderr}exit ${r.status}\n`;
}

describe('service (init-system-helpers 1.65.2)', () => {
  it('prints usage, version and unknown services as Debian\'s script does', () => {
    for (const [name, line] of [
      ['service-usage', 'service'], ['service-version', 'service --version'], ['service-help', 'service --help'],
      ['service-unknown', 'service nosuch'],
    ]) expect(recorded(line!), name).toBe(fixture(name!));
  });

  it('hands start/stop/status to systemctl on NAME.service', () => {
    const viaService = runLine('service httpd status; echo "st=$?"', { tty: false, env: SBIN });
    const viaSystemctl = runLine('systemctl status httpd.service; echo "st=$?"', { tty: false, env: SBIN });
    const ago = (t: string): string => t.replace(/; \d+us ago/, '; Nus ago');
    expect(ago(viaService.stdout)).toBe(ago(viaSystemctl.stdout));
    expect(viaService.stdout).toMatch(/^● httpd\.service - /);
    const stop = runLine('sudo service httpd stop; echo "st=$?"; systemctl is-active httpd', { tty: false, env: SBIN });
    expect(stop.stdout).toBe('st=0\ninactive\n');
    const unit = runLine('sudo service nosuch start; echo "st=$?"', { tty: false, env: SBIN });
    const direct = runLine('sudo systemctl start nosuch.service; echo "st=$?"', { tty: false, env: SBIN });
    expect(unit.stdout + unit.stderr).toBe(direct.stdout + direct.stderr);
  });

  it('--status-all marks the active units + and the others -', () => {
    const r = runLine('service --status-all; sudo service httpd stop; service --status-all', { tty: false, env: SBIN });
    expect(r.stdout).toBe(' [ + ]  httpd\n [ - ]  httpd\n');
  });

  it('is not on a user\'s PATH, as on Debian', () => {
    expect(runLine('service --status-all', { tty: false }).stderr).toBe('bash: line 1: service: command not found\n');
  });
});
