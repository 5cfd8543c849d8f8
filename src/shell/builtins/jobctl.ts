/** Job and signal builtins: jobs, fg, bg, wait, kill, disown, trap. */
import { ECHILD, ESRCH, strerror } from '../../abi/errno.ts';
import { SIGCONT, signalByName, strsignal } from '../../abi/signals.ts';
import { WNOHANG } from '../../abi/wait.ts';
import type { Gen } from '../../programs/runtime.ts';
import { forget, jobLine, notifyJobs, noteStatus, reapJobs, rememberDone, setCurrentJob, settleJobs, waitJob } from '../jobs.ts';
import { sigName } from '../main.ts';
import { statusOf, type Shell } from '../shell.ts';
import { TRAP_DEBUG, TRAP_ERR, TRAP_RETURN, type Job } from '../state.ts';
import type { Builtin } from './types.ts';
import { bashSignalTable, fullSignalName, rtSignalByName } from '../../programs/lib/signal-names.ts';

/** Resolve %1 %% %+ %- %name %?str to a job. */
export function findJob(sh: Shell, spec: string): Job | null {
  const jobs = sh.st.jobs;
  const s = spec.startsWith('%') ? spec.slice(1) : spec;
  if (s === '' || s === '%' || s === '+') return jobs.find((j) => j.id === sh.st.curJob) ?? jobs[jobs.length - 1] ?? null;
  if (s === '-') return jobs.find((j) => j.id === sh.st.prevJob) ?? null;
  if (/^[0-9]+$/.test(s)) return jobs.find((j) => j.id === Number(s)) ?? null;
  if (s.startsWith('?')) return jobs.find((j) => j.cmd.includes(s.slice(1))) ?? null;
  return jobs.find((j) => j.cmd.startsWith(s)) ?? null;
}

export const jobs: Builtin = function* (sh, argv) {
  reapJobs(sh);
  const long = argv.includes('-l');
  const onlyPids = argv.includes('-p');
  const specs = argv.slice(1).filter((a) => !a.startsWith('-'));
  const list = specs.length ? specs.map((s) => findJob(sh, s)) : sh.st.jobs;
  let status = 0;
  for (let i = 0; i < list.length; i++) {
    const j = list[i];
    if (!j) {
      yield* sh.error(`jobs: ${specs[i]}: no such job`);
      status = 1;
      continue;
    }
    yield* sh.out(onlyPids ? `${j.pgid}\n` : jobLine(sh, j, long));
    if (j.state === 'done') {
      j.notified = true;
      rememberDone(sh, j);
      forget(sh, j);
    }
  }
  return status;
};

function* jobArg(sh: Shell, name: string, spec: string | undefined): Gen<Job | null> {
  const j = findJob(sh, spec ?? '%+');
  if (!j) yield* sh.error(`${name}: ${spec ?? 'current'}: no such job`);
  return j;
}

export const fg: Builtin = function* (sh, argv) {
  if (!sh.st.opts.monitor) {
    yield* sh.error('fg: no job control');
    return 1;
  }
  reapJobs(sh);
  const j = yield* jobArg(sh, 'fg', argv[1]);
  if (!j) return 1;
  if (j.state === 'done') {
    yield* sh.error('fg: job has terminated');
    return 1;
  }
  yield* sh.out(j.cmd + '\n');
  j.state = 'running';
  setCurrentJob(sh, j.id);
  sh.sys.kill(-j.pgid, SIGCONT);
  return yield* waitJob(sh, j.pids, j.pgid, j.cmd);
};

export const bg: Builtin = function* (sh, argv) {
  if (!sh.st.opts.monitor) {
    yield* sh.error('bg: no job control');
    return 1;
  }
  const j = yield* jobArg(sh, 'bg', argv[1]);
  if (!j) return 1;
  j.state = 'running';
  sh.sys.kill(-j.pgid, SIGCONT);
  yield* sh.out(`[${j.id}]${j.id === sh.st.curJob ? '+' : j.id === sh.st.prevJob ? '-' : ' '} ${j.cmd} &\n`);
  return 0;
};

/**
 * wait. In an interactive shell, as in bash, each wait on a job or pid is
 * followed by the Done/Terminated notices of every finished job (which
 * leaves the job table); `wait` alone notifies only if something was running.
 */
export const wait: Builtin = function* (sh, argv) {
  reapJobs(sh);
  const running = sh.st.jobs.some((j) => j.state !== 'done' || j.late);
  settleJobs(sh);
  return yield* waitImpl(sh, argv, running);
};

/**
 * A non-interactive bash reports a job killed by a signal other than INT,
 * TERM or PIPE when it collects it: "script: line N:  4242 Killed   cmd".
 */
function* reportKilled(sh: Shell, job: Job | null, pid: number, ws: number): Gen<void> {
  const sig = ws & 0x7f;
  if (sh.st.interactiveShell || !job || sig === 0 || sig === 0x7f || sig === 2 || sig === 13 || sig === 15) return;
  if (pid !== job.pids[job.pids.length - 1]) return;
  yield* sh.error(`${String(pid).padStart(5)} ${(strsignal(sig) + (ws & 0x80 ? ' (core dumped)' : '')).padEnd(24)}${job.cmd}`);
}

function* waitImpl(sh: Shell, argv: string[], running: boolean): Gen<number> {
  const args = argv.slice(1);
  if (args[0] === '-n') {
    for (;;) {
      if (!sh.st.jobs.some((j) => j.state !== 'done')) return 127;
      const r = yield* sh.waitpidTrapped(-1, 0);
      if (typeof r === 'number') return 127;
      if ('trapped' in r) return 128 + r.trapped;
      const j = noteStatus(sh, r.pid, r.status);
      yield* reportKilled(sh, j, r.pid, r.status);
      if (j && j.state === 'done') {
        if (!sh.st.interactive) forget(sh, j);
        return statusOf(r.status);
      }
    }
  }
  if (args.length === 0) {
    for (;;) {
      const r = yield* sh.waitpidTrapped(-1, 0);
      if (typeof r === 'number') break;
      if ('trapped' in r) return 128 + r.trapped;
      yield* reportKilled(sh, noteStatus(sh, r.pid, r.status), r.pid, r.status);
    }
    if (sh.st.interactive && running) yield* notifyJobs(sh);
    else sh.st.jobs = sh.st.jobs.filter((j) => j.state !== 'done');
    return 0;
  }
  let status = 0;
  for (const a of args) {
    let pids: number[];
    let job: Job | null = null;
    if (a.startsWith('%')) {
      job = findJob(sh, a);
      if (!job) {
        yield* sh.error(`wait: ${a}: no such job`);
        status = 127;
        continue;
      }
      pids = job.pids;
    } else if (/^[0-9]+$/.test(a)) pids = [Number(a)];
    else {
      yield* sh.error(`wait: \`${a}': not a pid or valid job spec`);
      status = 2;
      continue;
    }
    for (const pid of pids) {
      const known = sh.st.jobs.find((j) => j.pids.includes(pid));
      const idx = known ? known.pids.indexOf(pid) : -1;
      if (known && known.statuses[idx] !== null && known.state === 'done') {
        yield* reportKilled(sh, known, pid, known.statuses[idx]!);
        status = statusOf(known.statuses[idx]!);
        continue;
      }
      const r = yield* sh.waitpidTrapped(pid, 0);
      const saved = sh.st.bgDone.get(pid);
      if (r === -ECHILD && !known && saved !== undefined) {
        status = statusOf(saved);
        continue;
      }
      if (typeof r === 'number') {
        if (r === -ECHILD && !known) yield* sh.error(`wait: pid ${pid} is not a child of this shell`);
        status = 127;
        continue;
      }
      if ('trapped' in r) return 128 + r.trapped;
      yield* reportKilled(sh, noteStatus(sh, r.pid, r.status), r.pid, r.status);
      status = statusOf(r.status);
    }
    const j = job ?? sh.st.jobs.find((x) => x.pids.includes(pids[0]!));
    if (j && j.state === 'done' && !sh.st.interactive) forget(sh, j);
    if (sh.st.interactive) yield* notifyJobs(sh);
  }
  return status;
}

export const disown: Builtin = function* (sh, argv) {
  const specs = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (argv.includes('-a')) {
    sh.st.jobs = [];
    return 0;
  }
  for (const s of specs.length ? specs : ['%+']) {
    const j = findJob(sh, s);
    if (!j) {
      yield* sh.error(`disown: ${s}: no such job`);
      return 1;
    }
    forget(sh, j);
  }
  return 0;
};

function* killList(sh: Shell, args: string[]): Gen<number> {
  if (args.length === 0) {
    // The real-time signals are listed as bash lists them; the kernel itself has only 1-31.
    yield* sh.out(bashSignalTable());
    return 0;
  }
  for (const a of args) {
    if (/^[0-9]+$/.test(a)) {
      const n = Number(a) > 128 ? Number(a) - 128 : Number(a);
      // 32 and 33 are glibc's own real-time signals: bash lists them as nothing.
      if (n === 32 || n === 33) continue;
      const name = n === 0 ? 'EXIT' : fullSignalName(n);
      if (!name) {
        yield* sh.error(`kill: ${a}: invalid signal specification`);
        return 1;
      }
      yield* sh.out(name + '\n');
    } else {
      const n = a.toUpperCase() === 'EXIT' ? 0 : signalByName(a.toUpperCase()) ?? rtSignalByName(a);
      if (n === undefined) {
        yield* sh.error(`kill: ${a}: invalid signal specification`);
        return 1;
      }
      yield* sh.out(n + '\n');
    }
  }
  return 0;
}

const STOP_SIGNALS = new Set([19, 20, 21, 22]);

export const kill: Builtin = function* (sh, argv) {
  let args = argv.slice(1);
  let sig = 15;
  if (args[0] === '-l' || args[0] === '-L') return yield* killList(sh, args.slice(1));
  if (args[0] === '-s' || args[0] === '-n') {
    const n = signalByName(args[1] ?? '') ?? rtSignalByName(args[1] ?? '');
    if (n === undefined) {
      yield* sh.error(`kill: ${args[1]}: invalid signal specification`);
      return 1;
    }
    sig = n;
    args = args.slice(2);
  } else if (args[0] && /^-./.test(args[0]) && args[0] !== '--') {
    const n = signalByName(args[0].slice(1)) ?? rtSignalByName(args[0].slice(1));
    if (n === undefined) {
      yield* sh.error(`kill: ${args[0].slice(1)}: invalid signal specification`);
      return 1;
    }
    sig = n;
    args = args.slice(1);
  }
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    yield* sh.write(2, 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n');
    return 2;
  }
  let status = 0;
  for (const a of args) {
    let target: number;
    if (a.startsWith('%')) {
      const j = findJob(sh, a);
      if (!j) {
        yield* sh.error(`kill: ${a}: no such job`);
        status = 1;
        continue;
      }
      target = sh.st.opts.monitor ? -j.pgid : j.pids[0]!;
      j.late = true;
      if (!sh.st.opts.monitor) {
        for (const p of j.pids) sh.sys.kill(p, sig);
        continue;
      }
    } else if (/^-?[0-9]+$/.test(a)) target = Number(a);
    else {
      yield* sh.error(`kill: ${a}: arguments must be process or job IDs`);
      status = 1;
      continue;
    }
    const r = sh.sys.kill(target, sig);
    // A stop signal to ourselves takes effect before the next command: give the processor back.
    if (r === 0 && STOP_SIGNALS.has(sig) && (target === 0 || target === sh.sys.getpid() || -target === sh.sys.getpgrp())) yield;
    for (const j of sh.st.jobs) if (j.pgid === Math.abs(target) || j.pids.includes(target)) j.late = true;
    if (r < 0) {
      yield* sh.error(`kill: (${a}) - ${r === -ESRCH ? 'No such process' : strerror(r)}`);
      status = 1;
    }
  }
  return status;
};

export const trap: Builtin = function* (sh, argv) {
  let args = argv.slice(1);
  if (args[0] === '-l') return yield* killList(sh, []);
  if (args.length === 0 || args[0] === '-p') {
    const want = args.slice(1).map((s) => sigNumber(s));
    const all = new Map([...sh.st.shownTraps, ...sh.st.traps]);
    const keys = [...all.keys()].sort((a, b) => a - b).filter((k) => !want.length || want.includes(k));
    for (const k of keys) yield* sh.out(`trap -- '${all.get(k)!.replace(/'/g, "'\\''")}' ${sigName(k)}\n`);
    return 0;
  }
  if (args[0] === '--') args = args.slice(1);
  let action: string | null = args[0]!;
  let sigs = args.slice(1);
  if (sigNumber(action) !== null && (sigs.length === 0 || /^[0-9]+$/.test(action))) {
    sigs = args;
    action = null;
  } else if (action === '-') action = null;
  let status = 0;
  sh.st.shownTraps.clear();
  for (const s of sigs) {
    const n = sigNumber(s);
    if (n === null) {
      yield* sh.error(`trap: ${s}: invalid signal specification`);
      status = 1;
      continue;
    }
    if (action === null) {
      sh.st.traps.delete(n);
      if (n > 0) sh.sys.sigaction(n, 'default');
    } else {
      sh.st.traps.set(n, action);
      if (n > 0) sh.sys.sigaction(n, action === '' ? 'ignore' : 'catch');
    }
  }
  return status;
};

function sigNumber(s: string): number | null {
  const u = s.toUpperCase();
  if (u === 'EXIT' || s === '0') return 0;
  if (u === 'ERR') return TRAP_ERR;
  if (u === 'DEBUG') return TRAP_DEBUG;
  if (u === 'RETURN') return TRAP_RETURN;
  const n = signalByName(s);
  return n === undefined ? null : n;
}

export { WNOHANG };
