/**
 * The jobs table and job control (bash(1) JOB CONTROL): process groups,
 * handing the terminal to the foreground job, stop/continue, notices.
 */
import { ECHILD } from '../abi/errno.ts';
import { strsignal } from '../abi/signals.ts';
import { WNOHANG, WUNTRACED } from '../abi/wait.ts';
import type { Gen } from '../programs/runtime.ts';
import { statusOf, type Shell } from './shell.ts';
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

/** Reap finished background children without blocking. */
export function reapJobs(sh: Shell): void {
  for (;;) {
    const r = sh.sys.wait4(-1, WNOHANG | (sh.st.opts.monitor ? WUNTRACED : 0));
    if (typeof r === 'number' || r.pid <= 0) return;
    noteStatus(sh, r.pid, r.status);
  }
}

/**
 * Print Done/Terminated and Stopped notices (interactive) and drop finished
 * jobs. At a prompt (`atPrompt`), a job this shell's kill just signalled is
 * taken as still dying (bash gets there before the signal has acted): its
 * notice waits until the shell has waited for input or for a process.
 */
export function* notifyJobs(sh: Shell, atPrompt = false): Gen<void> {
  reapJobs(sh);
  const keep: Job[] = [];
  for (const job of sh.st.jobs) {
    if (job.late && atPrompt) {
      keep.push(job);
      continue;
    }
    job.late = false;
    if (job.state === 'stopped' && !job.stopShown && sh.st.interactive) {
      job.stopShown = true;
      yield* sh.write(2, '\n' + jobLine(sh, job));
    }
    if (job.state === 'done') {
      // Every notice shows the markers as they were; the jobs leave afterwards.
      if (sh.st.interactive && !job.notified) yield* sh.write(2, jobLine(sh, job));
      continue;
    }
    keep.push(job);
  }
  const left = (id: number | null): boolean => id !== null && !keep.some((j) => j.id === id);
  const gone = left(sh.st.curJob) || left(sh.st.prevJob);
  sh.st.jobs = keep;
  if (gone) resetCurrent(sh);
}

/** Drop a job from the table; the current (+) and previous (-) jobs move as bash's do. */
export function forget(sh: Shell, job: Job): void {
  sh.st.jobs = sh.st.jobs.filter((j) => j !== job);
  if (sh.st.curJob === job.id || sh.st.prevJob === job.id) resetCurrent(sh);
}

/** Newest job with an id below `below` that is stopped (or, with `stopped` false, not stopped). */
function newest(sh: Shell, stopped: boolean, below = Infinity): number | null {
  let best: number | null = null;
  for (const j of sh.st.jobs) {
    if (j.id < below && (j.state === 'stopped') === stopped && (best === null || j.id > best)) best = j.id;
  }
  return best;
}

function findJobId(sh: Shell, id: number | null): Job | undefined {
  return id === null ? undefined : sh.st.jobs.find((j) => j.id === id);
}

/**
 * Choose the current job again (bash jobs.c reset_current): the current one
 * if it is stopped, else the previous one if stopped, else the newest
 * stopped job, else the newest other one. A job that finished but is not
 * yet reported counts as running, as it does for bash until it reaps it.
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
  if (run !== null) st.prevJob = run;
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
  if (stopped) {
    let job = sh.st.jobs.find((j) => j.pgid === pgid);
    if (!job) job = addJob(sh, pids, pgid, cmd);
    job.statuses = statuses;
    job.state = 'stopped';
    job.stopShown = true;
    setCurrentJob(sh, job.id);
    yield* sh.write(2, '\n' + jobLine(sh, job));
    const ws = statuses.find((s) => s !== null && (s & 0xff) === 0x7f) ?? 0;
    return 128 + ((ws >> 8) & 0xff);
  }
  const codes = statuses.map((s) => statusOf(s ?? 0));
  sh.st.pipestatus = codes;
  const last = statuses[statuses.length - 1] ?? 0;
  const sig = last & 0x7f;
  if (sig && sig !== 2 && sig !== 13 && sig !== 0x7f) yield* sh.write(2, strsignal(sig) + (last & 0x80 ? ' (core dumped)' : '') + '\n');
  if (sig === 2) yield* sh.write(2, '\n');
  const existing = sh.st.jobs.find((j) => j.pgid === pgid);
  if (existing) forget(sh, existing);
  if (sh.st.opts.pipefail) {
    for (let i = codes.length - 1; i >= 0; i--) if (codes[i] !== 0) return codes[i]!;
    return 0;
  }
  return codes[codes.length - 1] ?? 0;
}
