/**
 * The manager's answers to systemctl and journalctl: each request computed
 * from the manager's state (units, processes, exit codes, the journal), in
 * the layouts systemd 252 prints.
 */
import { O_RDONLY } from '../abi/fcntl.ts';
import { fromUtf8, type Gen } from '../programs/runtime.ts';
import { ago, formatEntry, statusTime } from './journal.ts';
import { nowMs, WANTS_DIR, type Manager, type Service } from './manager.ts';

export interface Request {
  cmd: string;
  args: string[];
  uid: number;
  /** journalctl options. */
  lines?: number;
  unit?: string;
  pager?: boolean;
}

export interface Reply {
  out: string;
  err: string;
  code: number;
  /** Set when a start/reload job is still running: the client asks again. */
  pending?: boolean;
}

const PRIVILEGED = new Set(['start', 'stop', 'restart', 'reload', 'enable', 'disable', 'daemon-reload', 'kill']);
const VERB: Record<string, string> = { start: 'start', stop: 'stop', restart: 'restart', reload: 'reload', enable: 'enable', disable: 'disable', kill: 'kill' };

const unitName = (a: string): string => (a.includes('.') ? a : `${a}.service`);
const ok = (out = ''): Reply => ({ out, err: '', code: 0 });

function* readLink(mgr: Manager, path: string): Gen<boolean> {
  yield* mgr.ctx.tick(1);
  return typeof mgr.ctx.sys.lstat(path) !== 'number';
}

function* cmdline(mgr: Manager, pid: number): Gen<string> {
  const fd = mgr.ctx.sys.open(`/proc/${pid}/cmdline`, O_RDONLY);
  if (fd < 0) return '';
  const d = yield* mgr.ctx.readAll(fd);
  mgr.ctx.sys.close(fd);
  return typeof d === 'number' ? '' : fromUtf8(d).replace(/\0$/, '').split('\0').join(' ');
}

function* comm(mgr: Manager, pid: number): Gen<string> {
  const fd = mgr.ctx.sys.open(`/proc/${pid}/comm`, O_RDONLY);
  if (fd < 0) return '';
  const d = yield* mgr.ctx.readAll(fd);
  mgr.ctx.sys.close(fd);
  return typeof d === 'number' ? '' : fromUtf8(d).trim();
}

function activeLine(mgr: Manager, s: Service): string {
  const since = s.sinceMs ? ` since ${statusTime(s.sinceMs)}; ${ago(nowMs(mgr.ctx) - s.sinceMs)} ago` : '';
  switch (s.active) {
    case 'active': return `active (${s.sub})${since}`;
    case 'failed': return `failed (Result: ${s.result})${since}`;
    case 'activating': return s.sub === 'auto-restart'
      ? `activating (auto-restart) (Result: ${s.result})${since}` : `activating (${s.sub})${since}`;
    case 'deactivating': return `deactivating (${s.sub})${since}`;
    case 'reloading': return `reloading (reload)${since}`;
    case 'inactive': return `inactive (dead)${s.sinceMs && s.lastExit ? since : ''}`;
  }
}

function* status(mgr: Manager, s: Service): Gen<string> {
  const enabled = yield* mgr.enabled(s.unit.name);
  // systemd's glyphs: ● for (re)loading or (de)activating units too, × failed, ○ inactive.
  const dot = s.active === 'failed' ? '×' : s.active === 'inactive' ? '○' : '●';
  const lines = [
    `${dot} ${s.unit.name} - ${s.unit.description}`,
    `     Loaded: loaded (${s.unit.path}; ${enabled ? 'enabled' : 'disabled'}; preset: enabled)`,
    `     Active: ${activeLine(mgr, s)}`,
  ];
  if (s.lastExitPid && s.active !== 'active') {
    // The status view names the signal ("code=killed, signal=KILL"); the journal gives its number.
    const how = s.lastExit.replace(/^code=killed, status=\d+\/(\w+)$/, 'code=killed, signal=$1');
    lines.push(`    Process: ${s.lastExitPid} ExecStart=${s.unit.execStart[0]} (${how})`);
    lines.push(`   Main PID: ${s.lastExitPid} (${how})`);
  }
  if (s.mainPid) lines.push(`   Main PID: ${s.mainPid} (${yield* comm(mgr, s.mainPid)})`);
  const pids = yield* mgr.cgroupPids(s);
  if (pids.length) {
    lines.push(`      Tasks: ${pids.length} (limit: 4696)`);
    lines.push(`     Memory: ${(0.9 + pids.length * 1.1).toFixed(1)}M`);
    lines.push(`        CPU: ${10 * pids.length}ms`);
    lines.push(`     CGroup: /system.slice/${s.unit.name}`);
    for (let i = 0; i < pids.length; i++) {
      lines.push(`             ${i === pids.length - 1 ? '└─' : '├─'}${pids[i]} ${yield* cmdline(mgr, pids[i]!)}`);
    }
  }
  const journal = mgr.state.journal.filter((e) => e.unit === s.unit.name).slice(-10);
  if (journal.length) {
    lines.push('');
    for (const e of journal) lines.push(formatEntry(e, mgr.state.host));
  }
  return lines.join('\n') + '\n';
}

function* perUnit(mgr: Manager, req: Request, verb: string): Gen<Reply> {
  let out = '';
  let err = '';
  let code = 0;
  let pending = false;
  for (const a of req.args) {
    const name = unitName(a);
    const s = mgr.state.services.get(name);
    if (!s) {
      if (verb === 'status') {
        err += `Unit ${name} could not be found.\n`;
        code = 4;
      } else if (verb === 'is-active') {
        out += 'inactive\n';
        code = 3;
      } else {
        err += `Failed to ${VERB[verb] ?? verb} ${name}: Unit ${name} not found.\n`;
        code = 5;
      }
      continue;
    }
    switch (verb) {
      case 'status':
        out += (out ? '\n' : '') + (yield* status(mgr, s));
        if (s.active !== 'active' && s.active !== 'reloading') code = 3;
        break;
      case 'is-active':
        out += `${s.active}\n`;
        if (s.active !== 'active') code = 3;
        break;
      case 'is-enabled':
        out += `${(yield* mgr.enabled(name)) ? 'enabled' : 'disabled'}\n`;
        break;
      case 'start': {
        const e = mgr.start(s);
        if (e) (err += e + '\n', code = 1);
        pending ||= s.active === 'activating' && s.sub === 'start';
        break;
      }
      case 'stop':
        yield* mgr.stop(s);
        break;
      case 'restart':
        yield* mgr.stop(s);
        pending = true;
        break;
      case 'reload': {
        const e = mgr.reload(s);
        if (e) (err += e + '\n', code = 1);
        break;
      }
      case 'enable': {
        const link = `${WANTS_DIR}/${name}`;
        if (!(yield* readLink(mgr, link))) {
          mgr.ctx.sys.mkdir(WANTS_DIR, 0o755);
          mgr.ctx.sys.symlink(s.unit.path, link);
          err += `Created symlink ${link} → ${s.unit.path}.\n`;
        }
        break;
      }
      case 'disable': {
        const link = `${WANTS_DIR}/${name}`;
        if (yield* readLink(mgr, link)) {
          mgr.ctx.sys.unlink(link);
          err += `Removed "${link}".\n`;
        }
        break;
      }
      default:
        return { out: '', err: `Unknown command verb ${verb}.\n`, code: 1 };
    }
  }
  return { out, err, code, pending };
}

function listUnits(mgr: Manager): Reply {
  const rows = [...mgr.state.services.values()].filter((s) => s.active !== 'inactive').sort((a, b) => a.unit.name.localeCompare(b.unit.name));
  const w = Math.max(4, ...rows.map((s) => s.unit.name.length + 2));
  const out = [`  ${'UNIT'.padEnd(w)} LOAD   ACTIVE   SUB     DESCRIPTION`];
  for (const s of rows) {
    const mark = s.active === 'failed' ? '●' : ' ';
    out.push(`${mark} ${s.unit.name.padEnd(w)} loaded ${s.active.padEnd(8)} ${s.sub.padEnd(7)} ${s.unit.description}`);
  }
  out.push('', 'LOAD   = Reflects whether the unit definition was properly loaded.',
    'ACTIVE = The high-level unit activation state, i.e. generalization of SUB.',
    'SUB    = The low-level unit activation state, values depend on unit type.',
    `${rows.length} loaded units listed. Pass --all to see loaded but inactive units, too.`,
    'To show all installed unit files use \'systemctl list-unit-files\'.');
  return ok(out.join('\n') + '\n');
}

function journal(mgr: Manager, req: Request): Reply {
  let entries = mgr.state.journal;
  if (req.unit) {
    const name = unitName(req.unit);
    entries = entries.filter((e) => e.unit === name);
    if (entries.length === 0) return ok('-- No entries --\n');
  }
  if (req.lines !== undefined) entries = entries.slice(-req.lines);
  return ok(entries.map((e) => formatEntry(e, mgr.state.host)).join('\n') + (entries.length ? '\n' : ''));
}

export function* handleRequest(mgr: Manager, req: Request): Gen<Reply> {
  if (PRIVILEGED.has(req.cmd) && req.uid !== 0) {
    const name = unitName(req.args[0] ?? '');
    return {
      out: '',
      err: req.cmd === 'daemon-reload'
        ? 'Failed to reload daemon: Interactive authentication required.\n'
        : `Failed to ${VERB[req.cmd]} ${name}: Interactive authentication required.\nSee system logs and 'systemctl status ${name}' for details.\n`,
      code: 1,
    };
  }
  switch (req.cmd) {
    case 'daemon-reload':
      yield* mgr.loadUnits();
      mgr.log(undefined, 'Reloading.');
      return ok();
    case 'list-units':
      return listUnits(mgr);
    case 'journal':
      return journal(mgr, req);
    case 'job':
      return { out: '', err: '', code: 0, pending: req.args.some((a) => {
        const s = mgr.state.services.get(unitName(a));
        return !!s && (s.stopping || s.active === 'activating' && s.sub === 'start');
      }) };
    default:
      if (req.args.length === 0) return { out: '', err: `Too few arguments.\n`, code: 1 };
      return yield* perUnit(mgr, req, req.cmd);
  }
}
