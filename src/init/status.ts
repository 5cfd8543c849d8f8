/**
 * `systemctl status UNIT` as systemd 252's print_status_info lays it out
 * (src/systemctl/systemctl-show.c), every line computed from the manager's
 * state: the glyph of the active state, the timestamp that state is "since",
 * the Duration of a run that has ended, a Process line per exec command
 * that has exited, the main and control processes, the control group's
 * tasks, memory and CPU, and the unit's journal since it last left
 * "inactive" (its last 10 lines).
 */
import { LIMITS } from '../abi/limits.ts';
import type { Gen } from '../programs/runtime.ts';
import { cgroupMemory, readText } from './accounting.ts';
import { bytes, formatEntry, relative, statusTime, timespan } from './journal.ts';
import { execResult, nowMs, type ActiveState, type Manager, type Service } from './manager.ts';

/** systemd's DefaultTasksMax: 15% of the kernel's limit on tasks. */
export const TASKS_MAX = Math.floor((LIMITS.maxProcs * 15) / 100);

/** unit_active_state_to_glyph: ● active/activating/deactivating, ↻ reloading, ○ inactive, × failed. */
const GLYPH: Record<ActiveState, string> = {
  active: '●', reloading: '↻', inactive: '○', failed: '×', activating: '●', deactivating: '●',
};

/** The timestamp an active state is "since" (print_status_info's choice). */
function sinceMs(s: Service): number {
  const t = s.stamps;
  switch (s.active) {
    case 'active': case 'reloading': return t.activeEnter;
    case 'inactive': case 'failed': return t.inactiveEnter;
    case 'activating': return t.inactiveExit;
    case 'deactivating': return t.activeExit;
  }
}

function activeLines(mgr: Manager, s: Service): string[] {
  let line = `     Active: ${s.active}${s.sub !== s.active ? ` (${s.sub})` : ''}`;
  if (s.result !== 'success') line += ` (Result: ${s.result})`;
  const since = sinceMs(s);
  if (!since) return [line];
  const out = [`${line} since ${statusTime(since)}; ${relative(nowMs(mgr.ctx) - since)}`];
  const t = s.stamps;
  if ((s.active === 'inactive' || s.active === 'failed') && t.activeEnter && t.activeExit && t.activeExit >= t.activeEnter) {
    out.push(`   Duration: ${timespan((t.activeExit - t.activeEnter) * 1000, 1000)}`);
  }
  return out;
}

function* procText(mgr: Manager, pid: number, file: 'comm' | 'cmdline'): Gen<string> {
  const text = (yield* readText(mgr.ctx, `/proc/${pid}/${file}`)) ?? '';
  return file === 'comm' ? text.trim() : text.replace(/\0$/, '').split('\0').join(' ');
}

/** "Process:" lines of exec commands that have exited, then the Main PID / Control PID line. */
function* processLines(mgr: Manager, s: Service): Gen<string[]> {
  const out: string[] = [];
  for (const e of s.exec) {
    if (e.code) out.push(`    Process: ${e.pid} ${e.name}=${e.argv} (${execResult(e)})`);
  }
  let main = '';
  if (s.mainPid) main = `   Main PID: ${s.mainPid} (${yield* procText(mgr, s.mainPid, 'comm')})`;
  else if (s.main?.code) main = `   Main PID: ${s.main.pid} (${execResult(s.main)})`;
  if (s.controlPid) {
    const c = `${s.controlPid} (${yield* procText(mgr, s.controlPid, 'comm')})`;
    main = main ? `${main}; Control PID: ${c}` : `  Cntrl PID: ${c}`;
  }
  if (main) out.push(main);
  return out;
}

function* cgroupLines(mgr: Manager, s: Service): Gen<string[]> {
  const pids = yield* mgr.cgroupPids(s);
  const out: string[] = [];
  if (pids.length) {
    out.push(`      Tasks: ${pids.length} (limit: ${TASKS_MAX})`);
    out.push(`     Memory: ${bytes(yield* cgroupMemory(mgr.ctx, pids))}`);
  }
  const cpu = yield* mgr.cpuUsage(s);
  if (cpu >= 0) out.push(`        CPU: ${timespan(cpu / 1000, 1000)}`);
  if (pids.length) {
    out.push(`     CGroup: /system.slice/${s.unit.name}`);
    for (let i = 0; i < pids.length; i++) {
      out.push(`             ${i === pids.length - 1 ? '└─' : '├─'}${pids[i]} ${yield* procText(mgr, pids[i]!, 'cmdline')}`);
    }
  }
  return out;
}

/** The whole status text of one unit. */
export function* status(mgr: Manager, s: Service): Gen<string> {
  // show_preset_for_state: no preset for static units.
  const state = yield* mgr.fileState(s);
  const lines = [
    `${GLYPH[s.active]} ${s.unit.name}${s.unit.description !== s.unit.name ? ` - ${s.unit.description}` : ''}`,
    s.unit.error
      ? `     Loaded: bad-setting (Reason: Unit ${s.unit.name} has a bad unit file setting.)`
      : `     Loaded: loaded (${s.unit.path}; ${state}${state === 'static' ? '' : '; preset: enabled'})`,
    ...activeLines(mgr, s),
    ...(yield* processLines(mgr, s)),
    ...(yield* cgroupLines(mgr, s)),
  ];
  // show_journal_by_unit: the last 10 entries, none from before the unit last left "inactive".
  const from = s.stamps.inactiveExit ? s.stamps.inactiveExitTurn : 0;
  const journal = mgr.state.journal.filter((e) => e.unit === s.unit.name).slice(-10).filter((e) => e.turn >= from);
  if (journal.length) lines.push('', ...journal.map((e) => formatEntry(e, mgr.state.host)));
  return lines.join('\n') + '\n';
}
