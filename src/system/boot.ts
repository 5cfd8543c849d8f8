/**
 * A standard machine: the filesystem layout, /etc, and every program
 * installed where Debian puts it.
 */
import type { Program } from '../abi/sys.ts';
import { Machine, type MachineOptions } from '../kernel/machine.ts';
import { programs as userland, manFiles } from '../programs/index.ts';
import { programs as shell } from '../shell/index.ts';
import * as nettools from '../nettools/index.ts';
import { installInternet } from '../net/hosts/index.ts';
import * as perl from '../perl/index.ts';
import { perlLibFiles } from '../perl-lib/index.ts';

/** Manual pages of the userland, under /usr/share/man/man1. */
function manPages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(manFiles())) out[name.startsWith('/') ? name : `/usr/share/man/man1/${name}`] = text;
  return out;
}

/** The engine's own modules live under /usr/lib/perl5 (its keys are relative). */
function perlEngineFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(perl.perlLibFiles())) out[path.startsWith('/') ? path : `/usr/lib/perl5/${path}`] = text;
  return out;
}
import { populateEtc } from './etc.ts';
import { httpd } from '../hosts/httpd.ts';
import { systemd } from '../init/manager.ts';
import { executor } from '../init/executor.ts';
import { journalctl, systemctl } from '../init/systemctl.ts';

/** Every program area's install map; areas register here. */
const AREAS: Array<() => Record<string, Program>> = [userland, shell, nettools.programs, perl.programs];

/** Extra files some areas install (perl modules): path -> content. */
// Later areas win: the library written in Perl (src/perl-lib) overrides the engine's own copies.
const FILE_AREAS: Array<() => Record<string, string | Uint8Array>> = [manPages, nettools.files, perlEngineFiles, perlLibFiles];

export function registerArea(programs: () => Record<string, Program>, files?: () => Record<string, string | Uint8Array>): void {
  AREAS.push(programs);
  if (files) FILE_AREAS.push(files);
}

const HTTPD_UNIT = `[Unit]
Description=The machine's web server
After=network.target

[Service]
Type=simple
ExecStart=/usr/sbin/httpd
Restart=on-failure

[Install]
WantedBy=multi-user.target
`;

export function bootStandard(opts: MachineOptions = {}): Machine {
  const m = new Machine({ init: systemd, ...opts });
  populateEtc(m);
  installInternet(m.net);
  m.installProgram('/lib/systemd/systemd', systemd);
  m.symlink('/sbin/init', '/lib/systemd/systemd');
  m.installProgram('/lib/systemd/systemd-executor', executor);
  m.installProgram('/usr/bin/systemctl', systemctl);
  m.installProgram('/usr/bin/journalctl', journalctl);
  m.installProgram('/usr/sbin/httpd', httpd);
  m.writeFile('/lib/systemd/system/httpd.service', HTTPD_UNIT);
  m.mkdir('/etc/systemd/system/multi-user.target.wants');
  m.symlink('/etc/systemd/system/multi-user.target.wants/httpd.service', '/lib/systemd/system/httpd.service');
  for (const area of AREAS) {
    for (const [path, prog] of Object.entries(area())) {
      m.installProgram(path, prog, /\/(sudo|su)$/.test(path) ? 0o4755 : 0o755);
    }
  }
  for (const area of FILE_AREAS) {
    for (const [path, data] of Object.entries(area())) m.writeFile(path, data, { mode: /\/s?bin\//.test(path) ? 0o755 : 0o644 });
  }
  m.runUntil(() => !m.kernel.hasRunnable(), { maxVirtualMs: 1000 });
  return m;
}
