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
  st.prevJob = st.curJob;
  st.curJob = id;
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
      if (job.state !== 'stopped') job.stopShown = false;
      job.state = 'stopped';
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
      if (sh.st.interactive && !job.notified) yield* sh.write(2, jobLine(sh, job));
      forget(sh, job);
      continue;
    }
    keep.push(job);
  }
  sh.st.jobs = keep;
}

export function forget(sh: Shell, job: Job): void {
  if (sh.st.curJob === job.id) {
    sh.st.curJob = sh.st.prevJob;
    sh.st.prevJob = null;
  } else if (sh.st.prevJob === job.id) sh.st.prevJob = null;
  sh.st.jobs = sh.st.jobs.filter((j) => j !== job);
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
    sh.st.prevJob = sh.st.curJob !== job.id ? sh.st.curJob : sh.st.prevJob;
    sh.st.curJob = job.id;
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
