/**
 * service (Debian init-system-helpers 1.65.2): run an action of a service.
 * With the service manager running, start/stop/restart/status/try-restart/
 * reload/force-reload/force-stop go to systemctl on NAME.service, as
 * Debian's script does on a systemd machine; any other action, or no
 * manager, runs /etc/init.d/NAME. `--status-all` lists the machine's service
 * units ("[ + ]" active, "[ - ]" not): unlike Debian's script, which only
 * asks /etc/init.d scripts, since this machine's services are all units.
 */
import { defineProgram, type Ctx, type Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { O_WRONLY } from '../abi/fcntl.ts';
import { WEXITSTATUS, WIFEXITED } from '../abi/wait.ts';
import { strerror } from '../abi/errno.ts';
import { dirNames } from './lib/io.ts';

const VERSION = '1.65.2';
const SYSTEMCTL = '/usr/bin/systemctl';
const INITD = '/etc/init.d';
const UNIT_DIRS = ['/etc/systemd/system', '/lib/systemd/system', '/usr/lib/systemd/system'];
const SYSTEMD_VERBS = new Set(['start', 'stop', 'restart', 'status', 'try-restart', 'reload']);

const usage = (name: string): string =>
  `Usage: ${name} < option > | --status-all | [ service_name [ command | --full-restart ] ]\n`;

/** The service manager is up: its run directory exists (Debian tests /run/systemd/system). */
function managerUp(ctx: Ctx): boolean {
  for (const d of ['/run/systemd/system', '/run/systemd/private']) if (typeof ctx.sys.stat(d) !== 'number') return true;
  return false;
}

function listDir(ctx: Ctx, dir: string): string[] {
  const names = dirNames(ctx, dir);
  return typeof names === 'number' ? [] : names;
}

/** Run argv with stdout and stderr on /dev/null; its exit status (-errno when it could not start). */
function* quietly(ctx: Ctx, path: string, argv: string[]): Gen<number> {
  const nul = ctx.sys.open('/dev/null', O_WRONLY);
  const pid = ctx.spawn(path, argv, ctx.envp(), nul >= 0 ? { fds: { 1: nul, 2: nul }, close: [nul] } : {});
  if (nul >= 0) ctx.sys.close(nul);
  if (pid < 0) return pid;
  const w = yield* ctx.wait4(pid, 0);
  if (typeof w === 'number') return w;
  return WIFEXITED(w.status) ? WEXITSTATUS(w.status) : 128;
}

function* statusAll(ctx: Ctx): Gen<number> {
  const names = new Set<string>();
  for (const d of UNIT_DIRS) for (const f of listDir(ctx, d)) if (f.endsWith('.service') && !f.includes('@')) names.add(f.slice(0, -8));
  for (const name of [...names].sort()) {
    const st = yield* quietly(ctx, SYSTEMCTL, ['systemctl', 'is-active', `${name}.service`]);
    yield* ctx.out(` [ ${st === 0 ? '+' : '-'} ]  ${name}\n`);
  }
  return 0;
}

/** exec, or the shell's complaint when that fails. */
function* execOr(ctx: Ctx, path: string, argv: string[]): Gen<number> {
  yield* ctx.flush();
  const r = ctx.sys.execve(path, argv, ctx.envp());
  if (ctx.sys.gone) return 0;
  yield* ctx.err(`${ctx.name}: ${path}: ${strerror(r)}\n`);
  return r === -2 ? 127 : 126;
}

function* viaInitScript(ctx: Ctx, service: string, action: string, options: string[]): Gen<number> {
  const path = `${INITD}/${service}`;
  if (service.includes('/') || ctx.sys.access(path, 1) < 0 || typeof ctx.sys.stat(path) === 'number') {
    yield* ctx.err(`${service}: unrecognized service\n`);
    return 1;
  }
  return yield* execOr(ctx, path, [path, ...(action ? [action] : []), ...options]);
}

const service = defineProgram('service', function* (ctx) {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    yield* ctx.err(usage(ctx.name));
    return 1;
  }
  let name = '';
  let action = '';
  const options: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a.startsWith('--h')) {
      yield* ctx.err(usage(ctx.name));
      return 0;
    }
    if (a === '--version' || a === '-V') {
      yield* ctx.err(`${ctx.name} ver. ${VERSION}\n`);
      return 0;
    }
    const left = args.length - i;
    if (name === '' && left === 1 && a === '--status-all') return yield* statusAll(ctx);
    if (left === 2 && args[i + 1] === '--full-restart') {
      name = a;
      action = 'restart';
      break;
    }
    if (name === '') name = a;
    else if (action === '') action = a;
    else options.push(a);
  }
  ctx.sys.chdir('/');
  if (managerUp(ctx)) {
    const unit = `${name.replace(/\.sh$/, '')}.service`;
    if (SYSTEMD_VERBS.has(action)) return yield* execOr(ctx, SYSTEMCTL, ['systemctl', action, unit]);
    if (action === 'force-reload') return yield* execOr(ctx, SYSTEMCTL, ['systemctl', 'reload', unit]);
    if (action === 'force-stop') return yield* execOr(ctx, SYSTEMCTL, ['systemctl', '--signal=KILL', 'kill', unit]);
  }
  return yield* viaInitScript(ctx, name, action, options);
});

export function servicePrograms(): Record<string, Program> {
  return { '/usr/sbin/service': service };
}
