/**
 * The jobs table and job control (bash(1) JOB CONTROL): process groups,
 * handing the terminal to the foreground job, stop/continue, notices.
 */
import { ECHILD } from '../abi/errno.ts';
import { strsignal } from '../abi/signals.ts';
import { WNOHANG, WUNTRACED } from '../abi/wait.ts';
import type { Gen } from '../programs/runtime.ts';
import { Interrupt, statusOf, type Shell } from './shell.ts';
import type { Job } from './state.ts';

export function addJob(sh: Shell, pids: number[], pgid: number, cmd: string): Job {
  const st = sh.st;
  const id = st.jobs.length ? Math.max(...st.jobs.map((j) => j.id)) + 1 : 1;
  const job: Job = { id, pgid, pids, statuses: pids.map(() => null), state: 'running', cmd, notified: false };
  st.jobs.push(job);
  resetCurrent(sh);
  return job;
}

/** "[1] 4242" */
export function jobNotice(job: Job): string {
  return `[${job.id}] ${job.pids[job.pids.length - 1]}\n`;
}

function marker(sh: Shell, job: Job): string {
  return job.id === sh.st.curJob ? '+' : job.id === sh.st.prevJob ? '-' : ' ';
}

/** The state column of `jobs` and of notices. */
export function stateText(job: Job): string {
  if (job.state === 'running') return 'Running';
  const ws = job.statuses[job.statuses.length - 1] ?? 0;
  if (job.state === 'stopped') return 'Stopped';
  const sig = ws & 0x7f;
  if (sig && sig !== 0x7f) return strsignal(sig) + (ws & 0x80 ? ' (core dumped)' : '');
  const code = (ws >> 8) & 0xff;
  return code ? `Exit ${code}` : 'Done';
}

/** One line of `jobs` / a notice: "[1]+  Done                    sleep 1". */
export function jobLine(sh: Shell, job: Job, long = false): string {
  const pid = long ? ` ${job.pids[0]}` : '';
  const cmd = job.state === 'running' && !job.notified ? job.cmd + ' &' : job.cmd;
  return `[${job.id}]${marker(sh, job)}${pid}  ${stateText(job).padEnd(24)}${job.state === 'running' ? job.cmd + ' &' : cmd}\n`;
}

/** Record a wait status for pid in its job. */
export function noteStatus(sh: Shell, pid: number, ws: number): Job | null {
  for (const job of sh.st.jobs) {
    const i = job.pids.indexOf(pid);
    if (i < 0) continue;
    job.statuses[i] = ws;
    if ((ws & 0xff) === 0x7f) {
      if (job.state !== 'stopped') {
        job.stopShown = false;
        job.state = 'stopped';
        // The job that stopped last is the current one.
        setCurrentJob(sh, job.id);
      }
    }
    else if (ws === 0xffff) job.state = 'running';
    else if (job.statuses.every((s) => s !== null && (s & 0xff) !== 0x7f && s !== 0xffff)) job.state = 'done';
    return job;
  }
  return null;
}

/**
 * Reap finished background children without blocking. With `skip` (a wait
 * in progress: its pid, -pgid, or 0) only the table's jobs are asked for,
 * and not the one that wait is for.
 */
export function reapJobs(sh: Shell, skip?: number): void {
  if (skip !== undefined) {
    const opts = WNOHANG | (sh.st.opts.monitor ? WUNTRACED : 0);
    for (const job of sh.st.jobs) {
      if (skip !== 0 && (job.pgid === -skip || job.pids.includes(skip))) continue;
      for (const pid of job.pids) {
        const r = sh.sys.wait4(pid, opts);
        if (typeof r !== 'number' && r.pid > 0) noteStatus(sh, r.pid, r.status);
      }
    }
    return;
  }
  for (;;) {
    const r = sh.sys.wait4(-1, WNOHANG | (sh.st.opts.monitor ? WUNTRACED : 0));
    if (typeof r === 'number' || r.pid <= 0) return;
    noteStatus(sh, r.pid, r.status);
  }
}

export interface NotifyOpts {
  /** At a prompt: jobs this shell just signalled may still be dying. */
  atPrompt?: boolean;
  /**
   * A foreground job's own report (its signal), printed among the notices
   * in job order; a new foreground job's id comes after every job's.
   */
  fg?: { id: number; text: string };
  /** A wait in progress (see reapJobs): its own job is left alone. */
  skip?: number;
}

/**
 * Print Done/Terminated and Stopped notices (interactive) and drop finished
 * jobs. bash does this before each prompt and after each foreground job it
 * waits for (bash(1) JOB CONTROL); without job control (set +m) finished
 * jobs leave silently. At a prompt (`atPrompt`), a job this shell's
 * kill just signalled is taken as still dying (bash gets there before the
 * signal has acted): its notice waits until the shell has waited for input
 * or for a process.
 */
export function* notifyJobs(sh: Shell, o: NotifyOpts = {}): Gen<void> {
  const { atPrompt = false, fg } = o;
  reapJobs(sh, o.skip);
  const show = sh.st.interactive && sh.st.opts.monitor;
  let fgText = fg?.text ?? '';
  const keep: Job[] = [];
  for (const job of sh.st.jobs) {
    if (fgText && job.id > fg!.id) {
      yield* sh.write(2, fgText);
      fgText = '';
    }
    if (job.late && atPrompt) {
      keep.push(job);
      continue;
    }
    job.late = false;
    if (job.state === 'stopped' && !job.stopShown && show) {
      job.stopShown = true;
      yield* sh.write(2, '\n' + jobLine(sh, job));
    }
    if (job.state === 'done') {
      // Every notice shows the markers as they were; the jobs leave afterwards.
      if (show && !job.notified) yield* sh.write(2, jobLine(sh, job));
      rememberDone(sh, job);
      continue;
    }
    keep.push(job);
  }
  if (fgText) yield* sh.write(2, fgText);
  const left = (id: number | null): boolean => id !== null && !keep.some((j) => j.id === id);
  const gone = left(sh.st.curJob) || left(sh.st.prevJob);
  sh.st.jobs = keep;
  if (gone) resetCurrent(sh);
}

/** Keep a finished job's status for a later `wait PID` (the newest 256, as bash keeps a bounded list). */
export function rememberDone(sh: Shell, job: Job): void {
  const done = sh.st.bgDone;
  const pid = job.pids[job.pids.length - 1]!;
  done.delete(pid);
  done.set(pid, job.statuses[job.statuses.length - 1] ?? 0);
  if (done.size > 256) done.delete(done.keys().next().value!);
}

/** Drop a job from the table; the current (+) and previous (-) jobs move as bash's do. */
export function forget(sh: Shell, job: Job): void {
  sh.st.jobs = sh.st.jobs.filter((j) => j !== job);
  if (sh.st.curJob === job.id || sh.st.prevJob === job.id) resetCurrent(sh);
}

/** Newest job with an id below `below` that is stopped (or, with `stopped` false, running). */
function newest(sh: Shell, stopped: boolean, below = Infinity): number | null {
  let best: number | null = null;
  for (const j of sh.st.jobs) {
    if (j.id < below && (stopped ? j.state === 'stopped' : j.state === 'running') && (best === null || j.id > best)) best = j.id;
  }
  return best;
}

function findJobId(sh: Shell, id: number | null): Job | undefined {
  return id === null ? undefined : sh.st.jobs.find((j) => j.id === id);
}

/**
 * Choose the current job again (bash jobs.c reset_current): the current one
 * if it is stopped, else the previous one if stopped, else the newest
 * stopped job, else the newest running one (a finished job is no candidate).
 */
export function resetCurrent(sh: Shell): void {
  const st = sh.st;
  const cur = findJobId(sh, st.curJob), prev = findJobId(sh, st.prevJob);
  let cand: number | null;
  if (cur && cur !== prev && cur.state === 'stopped') cand = cur.id;
  else if (prev?.state === 'stopped') cand = prev.id;
  else cand = newest(sh, true) ?? newest(sh, false);
  if (cand === null) st.curJob = st.prevJob = null;
  else setCurrentJob(sh, cand);
}

/**
 * Make job `id` the current one (bash jobs.c set_current_job); the old
 * current job becomes the previous one unless a better previous exists: a
 * stopped old current job stays, else the newest stopped job older than a
 * stopped current one, else the newest running one (older than a running
 * current one).
 */
export function setCurrentJob(sh: Shell, id: number): void {
  const st = sh.st;
  if (st.curJob !== id) {
    st.prevJob = st.curJob;
    st.curJob = id;
  }
  const prev = findJobId(sh, st.prevJob);
  if (prev && prev.id !== id && prev.state === 'stopped') return;
  const cur = findJobId(sh, id)!;
  if (cur.state === 'stopped') {
    const older = newest(sh, true, id);
    if (older !== null) {
      st.prevJob = older;
      return;
    }
  }
  const run = cur.state === 'stopped' ? newest(sh, false) : newest(sh, false, id);
  // With no other candidate the one job is both current and previous.
  st.prevJob = run ?? id;
}

/** Give the terminal to `pgid` (job control only). */
export function giveTerminal(sh: Shell, pgid: number): void {
  if (sh.st.opts.monitor) sh.sys.tcsetpgrp(0, pgid);
}

/** The shell waits for something: jobs it signalled have had time to die. */
export function settleJobs(sh: Shell): void {
  for (const j of sh.st.jobs) j.late = false;
}

/** Wait for a foreground job under job control; a stop makes it a stopped job. */
export function* waitJob(sh: Shell, pids: number[], pgid: number, cmd: string): Gen<number> {
  settleJobs(sh);
  giveTerminal(sh, pgid);
  const statuses: (number | null)[] = pids.map(() => null);
  let stopped = false;
  while (statuses.some((s) => s === null)) {
    const r = yield* sh.waitpid(-pgid, WUNTRACED);
    if (typeof r === 'number') {
      if (r === -ECHILD) break;
      continue;
    }
    const i = pids.indexOf(r.pid);
    if (i < 0) {
      noteStatus(sh, r.pid, r.status);
      continue;
    }
    statuses[i] = r.status;
    if ((r.status & 0xff) === 0x7f) {
      stopped = true;
      break;
    }
  }
  giveTerminal(sh, sh.sys.getpgrp());
  if (stopped) return yield* jobStopped(sh, pids, pgid, cmd, statuses);
  return yield* jobEnded(sh, pgid, statuses);
}

/** A foreground job stopped: it joins the table as the current job; its status is 128+signal. */
function* jobStopped(sh: Shell, pids: number[], pgid: number, cmd: string, statuses: (number | null)[]): Gen<number> {
  let job = sh.st.jobs.find((j) => j.pgid === pgid);
  if (!job) job = addJob(sh, pids, pgid, cmd);
  job.statuses = statuses;
  job.state = 'stopped';
  // Jobs that ended meanwhile are no candidates for the previous job.
  reapJobs(sh);
  setCurrentJob(sh, job.id);
  // Interactive, the stop is one of the notices that follow the wait.
  job.stopShown = !sh.st.interactive;
  if (sh.st.interactive) yield* notifyJobs(sh);
  else yield* sh.write(2, '\n' + jobLine(sh, job));
  const ws = statuses.find((s) => s !== null && (s & 0xff) === 0x7f) ?? 0;
  return 128 + ((ws >> 8) & 0xff);
}

/** A foreground job ended: its signal is reported (among the notices, interactive) and it leaves the table. */
function* jobEnded(sh: Shell, pgid: number, statuses: (number | null)[]): Gen<number> {
  const codes = statuses.map((s) => statusOf(s ?? 0));
  sh.st.pipestatus = codes;
  const last = statuses[statuses.length - 1] ?? 0;
  const sig = last & 0x7f;
  const report = sig && sig !== 2 && sig !== 13 && sig !== 0x7f ? strsignal(sig) + (last & 0x80 ? ' (core dumped)' : '') + '\n' : '';
  if (sig === 2) yield* sh.write(2, '\n');
  const existing = sh.st.jobs.find((j) => j.pgid === pgid);
  if (sh.st.interactive) {
    // The job leaves with the notices, so they show the markers it left.
    if (existing) Object.assign(existing, { statuses, state: 'done', notified: true });
    yield* notifyJobs(sh, { fg: { id: existing?.id ?? Infinity, text: report } });
  } else {
    if (report) yield* sh.write(2, report);
    if (existing) forget(sh, existing);
  }
  // bash: a foreground job killed by ^C abandons the list or loop the interactive shell runs.
  if (sig === 2 && sh.st.interactive && !sh.st.traps.has(2)) {
    sh.st.status = 130;
    throw new Interrupt(false);
  }
  if (sh.st.opts.pipefail) {
    for (let i = codes.length - 1; i >= 0; i--) if (codes[i] !== 0) return codes[i]!;
    return 0;
  }
  return codes[codes.length - 1] ?? 0;
}
