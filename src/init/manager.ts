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
import { syslogFileTime, timespan, type Entry } from './journal.ts';
import { cgroupCpuNs, cgroupUsageNow, readText, TICK_NS } from './accounting.ts';
import { handleRequest, type Request } from './control.ts';
import { execArgv, parseUnit, type Unit } from './units.ts';

export const CONTROL_SOCKET = '/run/systemd/private';
export const UNIT_DIRS = ['/etc/systemd/system', '/lib/systemd/system'];
export const WANTS_DIR = '/etc/systemd/system/multi-user.target.wants';

export type ActiveState = 'inactive' | 'activating' | 'active' | 'deactivating' | 'failed' | 'reloading';

/** One exec command's last run (systemd's ExecStatus): code '' while it runs. */
export interface ExecStatus {
  /** The unit file key: "ExecStart", "ExecReload", "ExecStop". */
  name: string;
  /** The command line as the unit file gives it, unquoted, variables unexpanded. */
  argv: string;
  pid: number;
  code: '' | 'exited' | 'killed';
  /** Exit status, or the signal number when killed. */
  status: number;
}

/**
 * When the unit last changed state (systemd's unit_notify): wall-clock ms,
 * 0 for never. `inactiveExitTurn` is the manager turn of inactiveExit: the
 * status view shows journal entries from that turn on.
 */
export interface Stamps {
  activeEnter: number;
  activeExit: number;
  inactiveEnter: number;
  inactiveExit: number;
  inactiveExitTurn: number;
}

export interface Service {
  unit: Unit;
  active: ActiveState;
  sub: string;
  mainPid: number;
  /** Pid of ExecStart for forking services, ExecReload while reloading. */
  controlPid: number;
  stamps: Stamps;
  result: string;
  /** The exec commands run since the last start, in unit file key order. */
  exec: ExecStatus[];
  /** The last main process (ExecMainPID/Code/Status); code '' while it runs. */
  main: ExecStatus | null;
  /** CPU ns of this run's processes the manager reaped; -1 before the first start. */
  reapedCpuNs: number;
  /** The cgroup's usage_usec (in ns) when this run started; -1 without cpu.stat. */
  cpuBaseNs: number;
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

/** exit_status_to_string: libc and systemd names; `lsb` adds the LSB init-script ones (2-7). */
const EXIT_NAMES: Record<number, string> = { 0: 'SUCCESS', 1: 'FAILURE', 200: 'CHDIR', 203: 'EXEC', 216: 'GROUP', 217: 'USER' };
const LSB_NAMES: Record<number, string> = {
  2: 'INVALIDARGUMENT', 3: 'NOTIMPLEMENTED', 4: 'NOPERMISSION', 5: 'NOTINSTALLED', 6: 'NOTCONFIGURED', 7: 'NOTRUNNING',
};

export function exitStatusName(code: number, lsb: boolean): string | undefined {
  return EXIT_NAMES[code] ?? (lsb ? LSB_NAMES[code] : undefined);
}

/** "(code=killed, signal=KILL)" / "(code=exited, status=0/SUCCESS)" as systemctl status prints an ExecStatus. */
export function execResult(e: ExecStatus): string {
  if (e.code === 'killed') return `code=killed, signal=${signalName(e.status)}`;
  const name = exitStatusName(e.status, false);
  return `code=exited, status=${e.status}${name ? '/' + name : ''}`;
}

/** unit_status_string: "NAME - DESCRIPTION", or the name alone when there is no description. */
const label = (s: Service): string => (s.unit.description !== s.unit.name ? `${s.unit.name} - ${s.unit.description}` : s.unit.name);

const inactiveOrFailed = (a: ActiveState): boolean => a === 'inactive' || a === 'failed';
const activeOrReloading = (a: ActiveState): boolean => a === 'active' || a === 'reloading';

export function nowMs(ctx: Ctx): number {
  const [s, ns] = ctx.sys.clockGettime('realtime');
  return s * 1000 + ns / 1e6;
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
  /**
   * Counts the manager's turns (one per wake-up). Journal entries carry the
   * turn that logged them: like journald, which stamps a message when it
   * receives it, after the manager has finished the turn that sent it.
   */
  turn = 0;
  /** Read ends of journal pipes: fd -> [unit, ident, pid]. */
  readonly pipes = new Map<number, { unit: string; ident: string; pid: number; buf: string }>();

  constructor(readonly ctx: Ctx) {
    this.state = { services: new Map(), journal: [], host: ctx.sys.gethostname() };
  }

  /** Entries logged so far (a cursor for journalctl -f). */
  logged = 0;

  log(unit: string | undefined, msg: string, ident = 'systemd', pid = 1): void {
    const e: Entry = { ms: nowMs(this.ctx), unit, ident, pid, msg, turn: this.turn, seq: ++this.logged };
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
        for (const w of unit.warnings) this.log(name, w);
        if (unit.error) this.log(name, `${name}: ${unit.error}`);
        const old = this.state.services.get(name);
        if (old) old.unit = unit;
        else this.state.services.set(name, this.fresh(unit));
      }
    }
  }

  private fresh(unit: Unit): Service {
    return {
      unit, active: 'inactive', sub: 'dead', mainPid: 0, controlPid: 0, result: 'success',
      stamps: { activeEnter: 0, activeExit: 0, inactiveEnter: 0, inactiveExit: 0, inactiveExitTurn: 0 },
      exec: [], main: null, reapedCpuNs: -1, cpuBaseNs: -1, restartAtMs: 0, stopDeadlineMs: 0, restarts: 0, stopping: false,
    };
  }

  /** The unit file state: "enabled" (linked into the wants directory), "static" (no [Install] section), else "disabled". */
  *fileState(s: Service): Gen<'enabled' | 'disabled' | 'static'> {
    if (yield* this.enabled(s.unit.name)) return 'enabled';
    return s.unit.installed ? 'disabled' : 'static';
  }

  *enabled(name: string): Gen<boolean> {
    return (yield* listDir(this.ctx, WANTS_DIR)).includes(name);
  }

  /** Change state, stamping the transitions as systemd's unit_notify does. */
  private setState(s: Service, active: ActiveState, sub: string): void {
    const was = s.active;
    const now = nowMs(this.ctx);
    const st = s.stamps;
    if (inactiveOrFailed(was) && !inactiveOrFailed(active)) {
      st.inactiveExit = now;
      st.inactiveExitTurn = this.turn;
    } else if (!inactiveOrFailed(was) && inactiveOrFailed(active)) st.inactiveEnter = now;
    if (!activeOrReloading(was) && activeOrReloading(active)) st.activeEnter = now;
    else if (activeOrReloading(was) && !activeOrReloading(active)) st.activeExit = now;
    s.active = active;
    s.sub = sub;
  }

  /** CPU ns the unit's current run has used, or -1 if it never ran. */
  *cpuUsage(s: Service): Gen<number> {
    if (s.reapedCpuNs < 0) return -1;
    return yield* cgroupCpuNs(this.ctx, `/system.slice/${s.unit.name}`, yield* this.cgroupPids(s), s.reapedCpuNs, s.cpuBaseNs);
  }

  /** unit_log_resources: "NAME: Consumed 23ms CPU time." once a unit is down (nothing when it used none). */
  private *logResources(s: Service): Gen<void> {
    const ns = yield* this.cpuUsage(s);
    if (ns > 0) this.log(s.unit.name, `${s.unit.name}: Consumed ${timespan(ns / 1000, 1000)} CPU time.`);
  }

  private record(s: Service, name: string, line: string, pid: number): ExecStatus {
    const e: ExecStatus = { name, argv: execArgv(line, null).join(' '), pid, code: '', status: 0 };
    const order = ['ExecStart', 'ExecReload', 'ExecStop'];
    s.exec = [...s.exec.filter((x) => x.name !== name), e].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    return e;
  }

  private static finish(e: ExecStatus | null | undefined, status: number): void {
    if (!e) return;
    e.code = WIFEXITED(status) ? 'exited' : 'killed';
    e.status = WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status);
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
    if (s.unit.error) {
      return `Failed to start ${s.unit.name}: Unit ${s.unit.name} has a bad unit file setting.\n` +
        `See system logs and 'systemctl status ${s.unit.name}' for details.`;
    }
    if (s.active === 'active' || s.active === 'activating' && s.sub !== 'auto-restart') return null;
    s.stopping = false;
    s.restartAtMs = 0;
    // service_start: a new run starts with fresh results and accounting.
    s.result = 'success';
    s.exec = [];
    s.main = null;
    s.reapedCpuNs = 0;
    s.cpuBaseNs = cgroupUsageNow(this.ctx, `/system.slice/${s.unit.name}`);
    const forking = s.unit.type === 'forking' || s.unit.type === 'oneshot';
    if (forking) this.log(s.unit.name, `Starting ${label(s)}...`);
    const line = s.unit.execStart[0]!;
    const pid = this.spawn(s, line);
    if (pid < 0) return `Failed to start ${s.unit.name}: fork failed`;
    const e = this.record(s, 'ExecStart', line, pid);
    if (forking) {
      s.controlPid = pid;
      s.mainPid = 0;
      this.setState(s, 'activating', 'start');
    } else {
      s.mainPid = pid;
      s.main = { ...e };
      s.controlPid = 0;
      this.setState(s, 'active', 'running');
      this.log(s.unit.name, `Started ${label(s)}.`);
    }
    return null;
  }

  *stop(s: Service): Gen<void> {
    if (s.active === 'inactive' || s.active === 'failed') return;
    s.restartAtMs = 0;
    if (s.sub === 'auto-restart') {
      // Nothing runs while a restart is pending: the unit goes straight to dead.
      this.setState(s, 'inactive', 'dead');
      this.log(s.unit.name, `Stopped ${label(s)}.`);
      yield* this.logResources(s);
      return;
    }
    s.stopping = true;
    this.log(s.unit.name, `Stopping ${label(s)}...`);
    s.stopDeadlineMs = nowMs(this.ctx) + s.unit.timeoutStopSec * 1000;
    const line = s.unit.execStop[0];
    if (line && s.mainPid) {
      // service_enter_stop: ExecStop= runs first (with $MAINPID), then whatever is left gets SIGTERM.
      this.setState(s, 'deactivating', 'stop');
      s.controlPid = this.spawn(s, line);
      this.record(s, 'ExecStop', line, s.controlPid);
      return;
    }
    yield* this.terminate(s);
  }

  /** stop-sigterm: SIGTERM to every process of the unit; SIGKILL follows after TimeoutStopSec. */
  private *terminate(s: Service): Gen<void> {
    this.setState(s, 'deactivating', 'stop-sigterm');
    s.stopDeadlineMs = nowMs(this.ctx) + s.unit.timeoutStopSec * 1000;
    yield* this.killGroup(s, SIGTERM);
    yield* this.checkStopped(s);
  }

  reload(s: Service): string | null {
    if (s.active !== 'active') return `Job for ${s.unit.name} failed.`;
    if (s.unit.execReload.length === 0) return `Failed to reload ${s.unit.name}: Job type reload is not applicable for unit ${s.unit.name}.`;
    this.log(s.unit.name, `Reloading ${label(s)}...`);
    const line = s.unit.execReload[0]!;
    s.controlPid = this.spawn(s, line);
    this.record(s, 'ExecReload', line, s.controlPid);
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

  private *killGroup(s: Service, sig: number, say = false): Gen<void> {
    for (const pid of yield* this.cgroupPids(s)) {
      if (say) {
        const comm = ((yield* readText(this.ctx, `/proc/${pid}/comm`)) ?? '').trim();
        this.log(s.unit.name, `${s.unit.name}: Killing process ${pid} (${comm}) with signal SIG${signalName(sig)}.`);
      }
      this.ctx.sys.kill(pid, sig);
    }
  }

  private *checkStopped(s: Service): Gen<void> {
    if (!s.stopping) return;
    // Done once the main and control processes have been reaped and nothing is left in the cgroup.
    if (s.mainPid || s.controlPid || (yield* this.cgroupPids(s)).length > 0) return;
    s.stopping = false;
    s.stopDeadlineMs = 0;
    s.mainPid = 0;
    const failed = s.result !== 'success';
    if (failed) this.log(s.unit.name, `${s.unit.name}: Failed with result '${s.result}'.`);
    else this.log(s.unit.name, `${s.unit.name}: Deactivated successfully.`);
    this.setState(s, failed ? 'failed' : 'inactive', failed ? 'failed' : 'dead');
    this.log(s.unit.name, `Stopped ${label(s)}.`);
    yield* this.logResources(s);
  }

  /** A child of ours exited with wait status `status`, having used `cpuNs` (it and its reaped children). */
  *exited(pid: number, status: number, cpuNs = 0): Gen<void> {
    for (const s of this.state.services.values()) {
      if (pid !== s.controlPid && pid !== s.mainPid) continue;
      if (s.reapedCpuNs >= 0) s.reapedCpuNs += cpuNs;
      Manager.finish(s.exec.find((e) => e.pid === pid && e.code === ''), status);
      if (pid === s.controlPid) {
        s.controlPid = 0;
        yield* this.controlExited(s, pid, status);
      } else yield* this.mainExited(s, pid, status);
      return;
    }
  }

  private describe(status: number): { text: string; clean: boolean; result: string } {
    if (WIFEXITED(status)) {
      const code = WEXITSTATUS(status);
      return { text: `code=exited, status=${code}/${exitStatusName(code, true) ?? 'n/a'}`, clean: code === 0, result: 'exit-code' };
    }
    const sig = WTERMSIG(status);
    const clean = [SIGHUP, 2, SIGTERM, 13].includes(sig);
    return { text: `code=killed, status=${sig}/${signalName(sig)}`, clean, result: 'signal' };
  }

  private *controlExited(s: Service, pid: number, status: number): Gen<void> {
    const d = this.describe(status);
    if (s.stopping && s.sub === 'stop') return yield* this.terminate(s);
    if (s.active === 'reloading') {
      this.setState(s, 'active', 'running');
      this.log(s.unit.name, `Reloaded ${label(s)}.`);
      return;
    }
    if (s.unit.type === 'oneshot') {
      s.main = { ...(s.exec.find((e) => e.pid === pid) ?? this.record(s, 'ExecStart', s.unit.execStart[0]!, pid)) };
      Manager.finish(s.main, status);
      if (d.clean) {
        this.log(s.unit.name, `${s.unit.name}: Deactivated successfully.`);
        this.setState(s, 'inactive', 'dead');
        this.log(s.unit.name, `Finished ${label(s)}.`);
        yield* this.logResources(s);
      } else yield* this.fail(s, d);
      return;
    }
    if (!d.clean) {
      yield* this.fail(s, d, 'Control process');
      return;
    }
    const pidText = s.unit.pidFile ? yield* readText(this.ctx, s.unit.pidFile) : null;
    const main = pidText ? Number(pidText.trim()) : (yield* this.cgroupPids(s))[0] ?? 0;
    if (!main) {
      this.log(s.unit.name, `${s.unit.name}: Can't open PID file ${s.unit.pidFile} (yet?) after start: No such file or directory`);
      yield* this.fail(s, { text: d.text, clean: false, result: 'protocol' });
      return;
    }
    s.mainPid = main;
    s.main = { name: 'ExecStart', argv: '', pid: main, code: '', status: 0 };
    this.setState(s, 'active', 'running');
    this.log(s.unit.name, `Started ${label(s)}.`);
  }

  private *mainExited(s: Service, pid: number, status: number): Gen<void> {
    const d = this.describe(status);
    Manager.finish(s.main?.pid === pid ? s.main : (s.main = { name: 'ExecStart', argv: '', pid, code: '', status: 0 }), status);
    s.mainPid = 0;
    if (s.stopping) {
      if (!d.clean) {
        this.log(s.unit.name, `${s.unit.name}: Main process exited, ${d.text}`);
        if (s.result === 'success') s.result = d.result;
      }
      yield* this.checkStopped(s);
      return;
    }
    if (d.clean && s.unit.restart !== 'always' && s.unit.restart !== 'on-success') {
      this.log(s.unit.name, `${s.unit.name}: Deactivated successfully.`);
      this.setState(s, 'inactive', 'dead');
      yield* this.logResources(s);
      return;
    }
    if (d.clean) {
      this.log(s.unit.name, `${s.unit.name}: Deactivated successfully.`);
      this.setState(s, 'inactive', 'dead');
      yield* this.logResources(s);
      return yield* this.scheduleRestart(s);
    }
    yield* this.fail(s, d);
  }

  /**
   * A run failed: log why, enter "failed" (systemd 252 passes through it even
   * when a restart follows, so the failure stamps the unit's timestamps),
   * and schedule the restart the unit's Restart= asks for.
   */
  private *fail(s: Service, d: { text: string; clean: boolean; result: string }, what = 'Main process'): Gen<void> {
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
    this.setState(s, 'failed', 'failed');
    yield* this.logResources(s);
    if (restart) yield* this.scheduleRestart(s);
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
        // The restart job: stop (auto-restart -> dead), then start.
        this.setState(s, 'inactive', 'dead');
        this.log(s.unit.name, `Stopped ${label(s)}.`);
        yield* this.logResources(s);
        this.start(s);
      }
      if (s.stopping && s.stopDeadlineMs && now >= s.stopDeadlineMs && s.sub === 'stop') {
        this.log(s.unit.name, `${s.unit.name}: Stopping timed out. Terminating.`);
        yield* this.terminate(s);
      } else if (s.stopping && s.stopDeadlineMs && now >= s.stopDeadlineMs) {
        this.log(s.unit.name, `${s.unit.name}: State '${s.sub}' timed out. Killing.`);
        s.stopDeadlineMs = 0;
        s.result = 'timeout';
        this.setState(s, 'deactivating', 'stop-sigkill');
        yield* this.killGroup(s, SIGKILL, true);
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
  // Its presence tells scripts (Debian's service, sd_booted) that systemd is init.
  sys.mkdir('/run/systemd/system', 0o755);
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
    mgr.turn++;
    for (;;) {
      // What the reaped child used shows up in our cutime (in clock ticks).
      const before = sys.times().cutime;
      const w = sys.wait4(-1, WNOHANG);
      if (typeof w === 'number' || w.pid === 0) break;
      yield* mgr.exited(w.pid, w.status, (sys.times().cutime - before) * TICK_NS);
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
