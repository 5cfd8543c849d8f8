/**
 * The manager's answers to systemctl and journalctl: each request computed
 * from the manager's state (units, processes, exit codes, the journal), in
 * the layouts systemd 252 prints.
 */
import type { Gen } from '../programs/runtime.ts';
import { formatEntry } from './journal.ts';
import { WANTS_DIR, type Manager } from './manager.ts';
import { status } from './status.ts';

export interface Request {
  cmd: string;
  args: string[];
  uid: number;
  /** journalctl options. */
  lines?: number;
  unit?: string;
  pager?: boolean;
  /** journalctl -f: only entries after this cursor. */
  after?: number;
  /** systemctl --all. */
  all?: boolean;
}

export interface Reply {
  out: string;
  err: string;
  code: number;
  /** Set when a start/reload job is still running: the client asks again. */
  pending?: boolean;
  /** journal: the cursor to follow from. */
  cursor?: string;
}

const PRIVILEGED = new Set(['start', 'stop', 'restart', 'reload', 'enable', 'disable', 'daemon-reload', 'kill']);
const VERB: Record<string, string> = { start: 'start', stop: 'stop', restart: 'restart', reload: 'reload', enable: 'enable', disable: 'disable', kill: 'kill' };

const unitName = (a: string): string => (a.includes('.') ? a : `${a}.service`);
const ok = (out = ''): Reply => ({ out, err: '', code: 0 });

function* readLink(mgr: Manager, path: string): Gen<boolean> {
  yield* mgr.ctx.tick(1);
  return typeof mgr.ctx.sys.lstat(path) !== 'number';
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
      case 'is-enabled': {
        const state = yield* mgr.fileState(s);
        out += `${state}\n`;
        if (state === 'disabled') code = 1;
        break;
      }
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

/**
 * list-units (systemctl-list-units.c, output_units_list): a table of a glyph
 * column (● for failed units), UNIT, LOAD, ACTIVE, SUB and DESCRIPTION, one
 * space between columns, sorted by type then name; inactive units only with
 * --all; then the legend.
 */
function listUnits(mgr: Manager, all: boolean): Reply {
  const rows = [...mgr.state.services.values()]
    .filter((s) => all || s.active !== 'inactive')
    .sort((a, b) => (a.unit.name.toLowerCase() < b.unit.name.toLowerCase() ? -1 : 1))
    .map((s) => [s.active === 'failed' || s.unit.error ? '●' : ' ', s.unit.name, s.unit.error ? 'bad-setting' : 'loaded', s.active, s.sub, s.unit.description]);
  const table = [['', 'UNIT', 'LOAD', 'ACTIVE', 'SUB', 'DESCRIPTION'], ...rows];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  const out = table.map((r) => r.map((cell, c) => (c < r.length - 1 ? cell.padEnd(widths[c]!) : cell)).join(' ').replace(/ +$/, ''));
  if (rows.length) {
    out.push('', 'LOAD   = Reflects whether the unit definition was properly loaded.',
      'ACTIVE = The high-level unit activation state, i.e. generalization of SUB.',
      'SUB    = The low-level unit activation state, values depend on unit type.');
  }
  out.push(all ? `${rows.length} loaded units listed.` : `${rows.length} loaded units listed. Pass --all to see loaded but inactive units, too.`,
    'To show all installed unit files use \'systemctl list-unit-files\'.');
  return ok(out.join('\n') + '\n');
}

/**
 * journalctl's answer: entries (of one unit with -u), the last `lines` of
 * them, or with `after` only those logged after that cursor. `cursor` in
 * the reply is where the next follow request starts.
 */
function journal(mgr: Manager, req: Request): Reply {
  let entries = mgr.state.journal;
  if (req.unit) entries = entries.filter((e) => e.unit === unitName(req.unit!));
  const cursor = String(mgr.logged);
  if (req.after !== undefined) entries = entries.filter((e) => e.seq > req.after!);
  else if (entries.length === 0) return { ...ok('-- No entries --\n'), cursor };
  else if (req.lines !== undefined) entries = entries.slice(-req.lines);
  return { ...ok(entries.map((e) => formatEntry(e, mgr.state.host)).join('\n') + (entries.length ? '\n' : '')), cursor };
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
      return listUnits(mgr, req.all === true);
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
