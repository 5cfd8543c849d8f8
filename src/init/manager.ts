/**
 * The service manager, pid 1 (a small systemd): loads unit files, starts
 * enabled services at boot, supervises them (restart policies, stop with
 * SIGTERM then SIGKILL, reload), keeps the journal (services' stdout and
 * /dev/log), reaps orphans, and answers systemctl/journalctl over
 * /run/systemd/private. Everything it reports is computed from this state.
 */
import { EINTR } from '../abi/errno.ts';
import { O_APPEND, O_CREAT, O_RDONLY, O_WRONLY } from '../abi/fcntl.ts';
import { POLLIN } from '../abi/poll.ts';
import { SIGCHLD, SIGHUP, SIGKILL, SIGTERM, signalName } from '../abi/signals.ts';
import { AF_UNIX, SOCK_DGRAM, SOCK_STREAM } from '../abi/socket.ts';
import type { PollFd } from '../abi/sys.ts';
import { WEXITSTATUS, WIFEXITED, WNOHANG, WTERMSIG } from '../abi/wait.ts';
import { defineProgram, fromUtf8, utf8, type Ctx, type Gen } from '../programs/runtime.ts';
import type { ExecSpec } from './executor.ts';
import { formatEntry, syslogFileTime, type Entry } from './journal.ts';
import { handleRequest, type Request } from './control.ts';
import { execArgv, parseUnit, type Unit } from './units.ts';

export const CONTROL_SOCKET = '/run/systemd/private';
export const UNIT_DIRS = ['/etc/systemd/system', '/lib/systemd/system'];
export const WANTS_DIR = '/etc/systemd/system/multi-user.target.wants';

export type ActiveState = 'inactive' | 'activating' | 'active' | 'deactivating' | 'failed' | 'reloading';

export interface Service {
  unit: Unit;
  active: ActiveState;
  sub: string;
  mainPid: number;
  /** Pid of ExecStart for forking services, ExecReload while reloading. */
  controlPid: number;
  sinceMs: number;
  result: string;
  /** How the main process ended: "code=exited, status=217/USER". */
  lastExit: string;
  lastExitPid: number;
  restartAtMs: number;
  stopDeadlineMs: number;
  restarts: number;
  stopping: boolean;
}

export interface ManagerState {
  services: Map<string, Service>;
  journal: Entry[];
  host: string;
}

const EXIT_NAMES: Record<number, string> = { 200: 'CHDIR', 203: 'EXEC', 216: 'GROUP', 217: 'USER' };

export function nowMs(ctx: Ctx): number {
  const [s, ns] = ctx.sys.clockGettime('realtime');
  return s * 1000 + ns / 1e6;
}

function* readText(ctx: Ctx, path: string): Gen<string | null> {
  const fd = ctx.sys.open(path, O_RDONLY);
  if (fd < 0) return null;
  const d = yield* ctx.readAll(fd);
  ctx.sys.close(fd);
  return typeof d === 'number' ? null : fromUtf8(d);
}

function* listDir(ctx: Ctx, path: string): Gen<string[]> {
  const fd = ctx.sys.open(path, O_RDONLY | 0o200000);
  if (fd < 0) return [];
  const ents = ctx.sys.getdents(fd);
  ctx.sys.close(fd);
  yield* ctx.tick(1);
  return typeof ents === 'number' ? [] : ents.map((e) => e.name).filter((n) => n !== '.' && n !== '..');
}

export class Manager {
  readonly state: ManagerState;
  /** Read ends of journal pipes: fd -> [unit, ident, pid]. */
  readonly pipes = new Map<number, { unit: string; ident: string; pid: number; buf: string }>();

  constructor(readonly ctx: Ctx) {
    this.state = { services: new Map(), journal: [], host: ctx.sys.gethostname() };
  }

  log(unit: string | undefined, msg: string, ident = 'systemd', pid = 1): void {
    const e: Entry = { ms: nowMs(this.ctx), unit, ident, pid, msg };
    this.state.journal.push(e);
    if (this.state.journal.length > 5000) this.state.journal.shift();
    const fd = this.ctx.sys.open('/var/log/syslog', O_WRONLY | O_APPEND | O_CREAT, 0o640);
    if (fd >= 0) {
      this.ctx.sys.write(fd, utf8(`${syslogFileTime(e.ms)} ${this.state.host} ${ident}[${pid}]: ${msg}\n`));
      this.ctx.sys.close(fd);
    }
  }

  *loadUnits(): Gen<void> {
    for (const dir of [...UNIT_DIRS].reverse()) {
      for (const name of yield* listDir(this.ctx, dir)) {
        if (!name.endsWith('.service')) continue;
        const text = yield* readText(this.ctx, `${dir}/${name}`);
        if (text === null) continue;
        const unit = parseUnit(name, `${dir}/${name}`, text);
        for (const w of unit.warnings) this.log(undefined, w);
        const old = this.state.services.get(name);
        if (old) old.unit = unit;
        else this.state.services.set(name, this.fresh(unit));
      }
    }
  }

  private fresh(unit: Unit): Service {
    return {
      unit, active: 'inactive', sub: 'dead', mainPid: 0, controlPid: 0, sinceMs: 0, result: 'success',
      lastExit: '', lastExitPid: 0, restartAtMs: 0, stopDeadlineMs: 0, restarts: 0, stopping: false,
    };
  }

  *enabled(name: string): Gen<boolean> {
    return (yield* listDir(this.ctx, WANTS_DIR)).includes(name);
  }

  private setState(s: Service, active: ActiveState, sub: string): void {
    if (s.active !== active) s.sinceMs = nowMs(this.ctx);
    s.active = active;
    s.sub = sub;
  }

  /** Fork the executor for one command line of `s`. Returns the pid. */
  private spawn(s: Service, line: string, extraEnv: string[] = []): number {
    const argv = execArgv(line, { MAINPID: String(s.mainPid) });
    const spec: ExecSpec = {
      argv, env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', ...s.unit.environment, ...extraEnv],
      cgroup: `/system.slice/${s.unit.name}`, user: s.unit.user, group: s.unit.group,
      cwd: s.unit.workingDirectory, journal: true,
    };
    const p = this.ctx.sys.pipe();
    if (typeof p === 'number') return p;
    const [r, w] = p;
    const pid = this.ctx.spawn('/lib/systemd/systemd-executor', ['systemd-executor', JSON.stringify(spec)], [], { fds: { 1: w, 2: w }, close: [r] });
    this.ctx.sys.close(w);
    const ident = (argv[0] ?? '').split('/').pop() ?? '';
    if (pid > 0) this.pipes.set(r, { unit: s.unit.name, ident, pid, buf: '' });
    else this.ctx.sys.close(r);
    return pid;
  }

  start(s: Service): string | null {
    if (s.unit.error) return `Failed to start ${s.unit.name}: Unit ${s.unit.name} has a bad unit file setting.`;
    if (s.active === 'active' || s.active === 'activating' && s.sub !== 'auto-restart') return null;
    s.stopping = false;
    s.restartAtMs = 0;
    if (s.unit.type === 'forking' || s.unit.type === 'oneshot') this.log(s.unit.name, `Starting ${s.unit.name} - ${s.unit.description}...`);
    const pid = this.spawn(s, s.unit.execStart[0]!);
    if (pid < 0) return `Failed to start ${s.unit.name}: fork failed`;
    if (s.unit.type === 'forking' || s.unit.type === 'oneshot') {
      s.controlPid = pid;
      s.mainPid = 0;
      this.setState(s, 'activating', 'start');
    } else {
      s.mainPid = pid;
      s.controlPid = 0;
      this.setState(s, 'active', 'running');
      this.log(s.unit.name, `Started ${s.unit.name} - ${s.unit.description}.`);
    }
    return null;
  }

  *stop(s: Service): Gen<void> {
    if (s.active === 'inactive' || s.active === 'failed') {
      s.restartAtMs = 0;
      if (s.sub === 'auto-restart') this.setState(s, 'inactive', 'dead');
      return;
    }
    s.stopping = true;
    s.restartAtMs = 0;
    this.log(s.unit.name, `Stopping ${s.unit.name} - ${s.unit.description}...`);
    this.setState(s, 'deactivating', 'stop-sigterm');
    s.stopDeadlineMs = nowMs(this.ctx) + s.unit.timeoutStopSec * 1000;
    yield* this.killGroup(s, SIGTERM);
    yield* this.checkStopped(s);
  }

  reload(s: Service): string | null {
    if (s.active !== 'active') return `Job for ${s.unit.name} failed.`;
    if (s.unit.execReload.length === 0) return `Failed to reload ${s.unit.name}: Job type reload is not applicable for unit ${s.unit.name}.`;
    this.log(s.unit.name, `Reloading ${s.unit.name} - ${s.unit.description}...`);
    s.controlPid = this.spawn(s, s.unit.execReload[0]!);
    this.setState(s, 'reloading', 'reload');
    return null;
  }

  /** Pids in the service's control group, from /proc. */
  *cgroupPids(s: Service): Gen<number[]> {
    const out: number[] = [];
    for (const name of yield* listDir(this.ctx, '/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const cg = yield* readText(this.ctx, `/proc/${name}/cgroup`);
      const st = yield* readText(this.ctx, `/proc/${name}/stat`);
      if (cg?.trim() === `0::/system.slice/${s.unit.name}` && st && !/\) Z /.test(st)) out.push(Number(name));
    }
    return out.sort((a, b) => a - b);
  }

  private *killGroup(s: Service, sig: number): Gen<void> {
    for (const pid of yield* this.cgroupPids(s)) this.ctx.sys.kill(pid, sig);
  }

  private *checkStopped(s: Service): Gen<void> {
    if (!s.stopping) return;
    if ((yield* this.cgroupPids(s)).length > 0) return;
    s.stopping = false;
    s.mainPid = 0;
    const failed = s.result !== 'success';
    this.setState(s, failed ? 'failed' : 'inactive', failed ? 'failed' : 'dead');
    if (!failed) this.log(s.unit.name, `${s.unit.name}: Deactivated successfully.`);
    this.log(s.unit.name, `Stopped ${s.unit.name} - ${s.unit.description}.`);
  }

  /** A child of ours exited with wait status `status`. */
  *exited(pid: number, status: number): Gen<void> {
    for (const s of this.state.services.values()) {
      if (pid === s.controlPid) {
        s.controlPid = 0;
        yield* this.controlExited(s, pid, status);
        return;
      }
      if (pid === s.mainPid) {
        yield* this.mainExited(s, pid, status);
        return;
      }
    }
  }

  private describe(status: number): { text: string; clean: boolean; result: string } {
    if (WIFEXITED(status)) {
      const code = WEXITSTATUS(status);
      const name = EXIT_NAMES[code];
      return { text: `code=exited, status=${code}${name ? '/' + name : code === 0 ? '/SUCCESS' : ''}`, clean: code === 0, result: 'exit-code' };
    }
    const sig = WTERMSIG(status);
    const clean = [SIGHUP, 2, SIGTERM, 13].includes(sig);
    return { text: `code=killed, status=${sig}/${signalName(sig)}`, clean, result: 'signal' };
  }

  private *controlExited(s: Service, pid: number, status: number): Gen<void> {
    const d = this.describe(status);
    if (s.active === 'reloading') {
      this.setState(s, 'active', 'running');
      this.log(s.unit.name, `Reloaded ${s.unit.name} - ${s.unit.description}.`);
      return;
    }
    if (s.unit.type === 'oneshot') {
      s.lastExit = d.text;
      s.lastExitPid = pid;
      if (d.clean) {
        this.setState(s, 'inactive', 'dead');
        this.log(s.unit.name, `${s.unit.name}: Deactivated successfully.`);
        this.log(s.unit.name, `Finished ${s.unit.name} - ${s.unit.description}.`);
      } else yield* this.fail(s, pid, d);
      return;
    }
    if (!d.clean) {
      yield* this.fail(s, pid, d, 'Control process');
      return;
    }
    const pidText = s.unit.pidFile ? yield* readText(this.ctx, s.unit.pidFile) : null;
    const main = pidText ? Number(pidText.trim()) : (yield* this.cgroupPids(s))[0] ?? 0;
    if (!main) {
      this.log(s.unit.name, `${s.unit.name}: Can't open PID file ${s.unit.pidFile} (yet?) after start: No such file or directory`);
      yield* this.fail(s, pid, { text: d.text, clean: false, result: 'protocol' });
      return;
    }
    s.mainPid = main;
    this.setState(s, 'active', 'running');
    this.log(s.unit.name, `Started ${s.unit.name} - ${s.unit.description}.`);
  }

  private *mainExited(s: Service, pid: number, status: number): Gen<void> {
    const d = this.describe(status);
    s.lastExit = d.text;
    s.lastExitPid = pid;
    s.mainPid = 0;
    if (s.stopping) {
      if (!d.clean && !(WTERMSIG(status) === SIGKILL)) s.result = d.result;
      yield* this.checkStopped(s);
      return;
    }
    if (d.clean && s.unit.restart !== 'always' && s.unit.restart !== 'on-success') {
      this.setState(s, 'inactive', 'dead');
      this.log(s.unit.name, `${s.unit.name}: Deactivated successfully.`);
      return;
    }
    if (d.clean && s.unit.restart === 'on-success') return yield* this.scheduleRestart(s);
    yield* this.fail(s, pid, d);
  }

  private *fail(s: Service, pid: number, d: { text: string; clean: boolean; result: string }, what = 'Main process'): Gen<void> {
    const code = /status=(\d+)\/(USER|GROUP|CHDIR|EXEC)/.exec(d.text);
    if (code) {
      const step = code[2]!;
      const why = step === 'USER' || step === 'GROUP' ? 'No such process' : 'No such file or directory';
      if (step === 'USER') this.log(s.unit.name, `${s.unit.name}: Failed to determine user credentials: No such process`);
      this.log(s.unit.name, `${s.unit.name}: Failed at step ${step} spawning ${execArgv(s.unit.execStart[0]!, {})[0]}: ${why}`);
    }
    this.log(s.unit.name, `${s.unit.name}: ${what} exited, ${d.text}`);
    s.result = d.result;
    const restart = s.unit.restart === 'always' || (s.unit.restart === 'on-failure' && !d.clean) ||
      (s.unit.restart === 'on-abnormal' && d.result === 'signal' && !d.clean);
    this.log(s.unit.name, `${s.unit.name}: Failed with result '${d.result}'.`);
    yield* this.killGroup(s, SIGKILL);
    if (restart) return yield* this.scheduleRestart(s);
    this.setState(s, 'failed', 'failed');
  }

  private *scheduleRestart(s: Service): Gen<void> {
    this.setState(s, 'activating', 'auto-restart');
    s.restartAtMs = nowMs(this.ctx) + s.unit.restartSec * 1000;
    yield* this.ctx.tick(1);
  }

  /** Run due restarts and stop timeouts; returns ms until the next deadline, or -1. */
  *timers(): Gen<number> {
    const now = nowMs(this.ctx);
    let next = -1;
    for (const s of this.state.services.values()) {
      if (s.restartAtMs && now >= s.restartAtMs) {
        s.restartAtMs = 0;
        s.restarts++;
        this.log(s.unit.name, `${s.unit.name}: Scheduled restart job, restart counter is at ${s.restarts}.`);
        this.log(s.unit.name, `Stopped ${s.unit.name} - ${s.unit.description}.`);
        s.result = 'success';
        this.setState(s, 'inactive', 'dead');
        this.start(s);
      }
      if (s.stopping && s.stopDeadlineMs && now >= s.stopDeadlineMs) {
        this.log(s.unit.name, `${s.unit.name}: State 'stop-sigterm' timed out. Killing.`);
        s.stopDeadlineMs = 0;
        s.result = 'timeout';
        yield* this.killGroup(s, SIGKILL);
      }
      for (const at of [s.restartAtMs, s.stopping ? s.stopDeadlineMs : 0]) {
        if (at > 0 && (next < 0 || at - now < next)) next = Math.max(0, at - now);
      }
    }
    return next;
  }

  /** Journal lines from a service's stdout/stderr pipe. */
  *drain(fd: number): Gen<boolean> {
    const p = this.pipes.get(fd)!;
    const r = yield* this.ctx.read(fd, 4096);
    const text = typeof r === 'number' || r.length === 0 ? null : fromUtf8(r);
    if (text !== null) p.buf += text;
    const lines = p.buf.split('\n');
    p.buf = text === null ? '' : lines.pop()!;
    const done = text === null;
    if (done && lines[lines.length - 1] === '') lines.pop();
    for (const l of lines) this.log(p.unit, l, p.ident, p.pid);
    return !done;
  }

  /** A datagram on /dev/log: "<PRI>[timestamp ]tag[pid]: msg". */
  syslog(raw: string): void {
    const m = /^(?:<\d+>)?(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d )?([^\s:[]+)(?:\[(\d+)\])?: ?([\s\S]*)$/.exec(raw.replace(/\n$/, ''));
    if (m) this.log(undefined, m[3]!, m[1]!, Number(m[2] ?? 0));
    else this.log(undefined, raw.replace(/^<\d+>/, ''), 'unknown', 0);
  }
}

function* serveClient(ctx: Ctx, mgr: Manager, fd: number): Gen<void> {
  const data = yield* ctx.readAll(fd);
  if (typeof data !== 'number') {
    let reply: string;
    try {
      const req = JSON.parse(fromUtf8(data)) as Request;
      reply = JSON.stringify(yield* handleRequest(mgr, req));
    } catch (e) {
      reply = JSON.stringify({ out: '', err: `Failed to parse request: ${(e as Error).message}\n`, code: 1 });
    }
    yield* ctx.write(fd, reply);
  }
  ctx.sys.close(fd);
}

export const systemd = defineProgram('systemd', function* (ctx) {
  const sys = ctx.sys;
  sys.sigaction(SIGCHLD, 'catch');
  sys.mkdir('/run/systemd', 0o755);
  const ctl = sys.socket(AF_UNIX, SOCK_STREAM, 0);
  sys.bind(ctl, { family: 'unix', path: CONTROL_SOCKET });
  sys.listen(ctl, 64);
  const dlog = sys.socket(AF_UNIX, SOCK_DGRAM, 0);
  sys.bind(dlog, { family: 'unix', path: '/dev/log' });
  sys.chmod('/dev/log', 0o666);
  sys.chmod(CONTROL_SOCKET, 0o666);
  const mgr = new Manager(ctx);
  yield* mgr.loadUnits();
  for (const s of mgr.state.services.values()) {
    if (yield* mgr.enabled(s.unit.name)) mgr.start(s);
  }
  for (;;) {
    for (;;) {
      const w = sys.wait4(-1, WNOHANG);
      if (typeof w === 'number' || w.pid === 0) break;
      yield* mgr.exited(w.pid, w.status);
    }
    while (sys.sigtake() !== 0) { /* SIGCHLD: reaped above on the next turn */ }
    const timeout = yield* mgr.timers();
    const fds: PollFd[] = [
      { fd: ctl, events: POLLIN, revents: 0 }, { fd: dlog, events: POLLIN, revents: 0 },
      ...[...mgr.pipes.keys()].map((fd) => ({ fd, events: POLLIN, revents: 0 })),
    ];
    const n = yield* ctx.poll(fds, timeout);
    if (n === -EINTR || n <= 0) continue;
    for (const pfd of fds) {
      if (!pfd.revents) continue;
      if (pfd.fd === ctl) {
        const a = sys.accept(ctl);
        if (typeof a !== 'number') yield* serveClient(ctx, mgr, a.fd);
      } else if (pfd.fd === dlog) {
        const r = sys.recvfrom(dlog, 8192, 0);
        if (typeof r !== 'number') mgr.syslog(fromUtf8(r.data));
      } else if (!(yield* mgr.drain(pfd.fd))) {
        sys.close(pfd.fd);
        mgr.pipes.delete(pfd.fd);
      }
    }
  }
});
