/**
 * Record scenario outputs from the real bash, perl and tools of this host,
 * the way `terrarium verify` reads the machine: each scenario runs in a
 * fresh home directory and a private network namespace (only its own
 * loopback: nothing can reach any address outside 127.0.0.1), typed one step
 * at a time into an interactive bash in a pseudo-terminal (`script`, 80x24,
 * no line editing: the terminal echoes what is typed, as the machine's
 * does). A step ends once bash has printed its next prompt and the terminal
 * has then stayed quiet for a while, so what background jobs print after
 * the prompt is kept; or, past the step's timeout, it is "still running" and
 * gets a Ctrl-C. Its output is cut exactly as verify cuts the machine's
 * (src/scenario/normalize.ts stepOutput: echo dropped, prompts removed).
 *
 * Host PIDs are pushed to 10000 or more first, so every PID in a recording
 * has the five digits that make it a placeholder. Each scenario runs twice:
 * a step whose two runs differ only in bash's job notices is kept without
 * them (verify then ignores notices there, as a job that ends at a moment
 * that depends on timing needs); any other difference rejects the scenario.
 *
 * Like the machine, the namespace has something listening on 127.0.0.1:80
 * (a stand-in that accepts and closes), so port probes see what they see
 * there; scenarios that need the web server's answers stay hand-recorded.
 * Its name server knows no names (see NXDOMAIN), so a name under the
 * reserved `.invalid` fails as an unknown name fails on the machine.
 *
 * In a scenario file: `# record: manual` leaves it alone; `# record: keep
 * 7` (or `keep 2,7`) records it but keeps those steps' outputs as they are.
 *
 *   node --import tsx tools/oracle/record-scenario.ts scenarios/NAME.yaml...
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseScenario, type Scenario } from '../../src/scenario/format.ts';
import { compareStep, dropJobNotices, hasJobNotices, stepOutput } from '../../src/scenario/normalize.ts';
import { setOutputs } from '../../src/scenario/yaml-edit.ts';

/** The prompt: an empty window-title sequence (counted, then stripped like any escape) and the machine's prompt text. */
const TITLE = '\x1b]0;\x07';
const PS1 = `${TITLE}user@linux:~$ `;
const QUIET_MS = 600;

interface Recorded {
  outputs: string[];
  stillRunning: boolean[];
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Fork short-lived processes until the host's last PID is at least 10000. */
export function pushPids(min = 10000): void {
  const last = (): number => Number(readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8'));
  for (let i = 0; i < 20000 && last() < min; i++) spawnSync('/bin/true');
}

/** Refuse scenarios that name any host or address other than the loopback (the namespace would fail them anyway). */
export function outsideAddress(s: Scenario): string | null {
  const texts = [...s.steps.map((st) => st.command), ...(s.setup ?? []), ...Object.values(s.files ?? {})];
  for (const t of texts) {
    const ip = /\b(\d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/.exec(t);
    if (ip && ip[1] !== '127' && ip[0] !== '0.0.0.0') return ip[0];
    const url = /\b[a-z][a-z0-9+.-]*:\/\/([^/:\s'"]+)/i.exec(t);
    if (url && !/^(localhost|127\.[\d.]+|[a-z0-9.-]+\.invalid)$/.test(url[1]!)) return url[1]!;
  }
  return null;
}

function writeFiles(home: string, s: Scenario): void {
  for (const [name, data] of Object.entries(s.files ?? {})) {
    if (name.startsWith('/')) throw new Error(`file ${name}: only paths inside the home directory can be recorded`);
    const path = join(home, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    if (data.startsWith('#!')) chmodSync(path, 0o755);
  }
}

const STANDIN = `use IO::Socket::INET; my $l = IO::Socket::INET->new(LocalAddr => "127.0.0.1:80", Listen => 16, ReuseAddr => 1) or exit 1; while (my $c = $l->accept) { close $c }`;

/**
 * A name server on 127.0.0.1:53 that answers every query "no such name"
 * (NXDOMAIN), as the machine's resolver does for a name it does not know;
 * the namespace's /etc/resolv.conf points at it, so names fail with
 * "Name or service not known" instead of "Temporary failure in name
 * resolution".
 */
const NXDOMAIN = `use IO::Socket::INET; my $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1:53", Proto => "udp") or exit 1; while (1) { my $q; $s->recv($q, 512) // next; next if length $q < 12; $s->send(substr($q, 0, 2) . pack("nnnnn", 0x8183, unpack("n", substr($q, 4, 2)), 0, 0, 0) . substr($q, 12)) }`;
let resolv = '';
/** The namespace's /etc/resolv.conf (made on first use). */
function resolvConf(): string {
  if (!resolv) {
    resolv = join(mkdtempSync(join(tmpdir(), 'terrarium-dns-')), 'resolv.conf');
    writeFileSync(resolv, 'nameserver 127.0.0.1\n');
  }
  return resolv;
}

/** Kill what is left in the scenario's network namespace (its servers and daemons), by pid. */
function killNamespace(nsLink: string): void {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readlinkSync(`/proc/${name}/ns/net`) === nsLink) process.kill(Number(name), 'SIGKILL');
    } catch { /* gone already */ }
  }
}

/** A terminal session: what it showed, how many prompts, when it last printed. */
class Pty {
  screen = '';
  lastOutput = Date.now();
  readonly child;

  /** The first terminal makes the network namespace; `nsPid` joins another's (a second terminal on the same machine). */
  constructor(home: string, nsPid?: number) {
    const rc = join(home, '.terrarium-rc');
    writeFileSync(rc, `PS1=$'${PS1.replace(/\x1b/g, '\\e').replace(/\x07/g, '\\a')}'\nPS2='> '\nunset PROMPT_COMMAND\nHISTFILE=/dev/null\nstty cols 80 rows 24\ncd '${home}'\n`);
    const shell = `bash --noprofile --rcfile ${rc} --noediting -i`;
    const inner = nsPid !== undefined ? `exec script -qfec "${shell}" /dev/null`
      : `ip link set lo up && mount --bind ${resolvConf()} /etc/resolv.conf && { perl -e '${NXDOMAIN}' & } && ` +
        `{ perl -e '${STANDIN}' & echo $! > ${home}/.standin; } && exec script -qfec "${shell}" /dev/null`;
    const argv = nsPid !== undefined ? ['nsenter', `--net=/proc/${nsPid}/ns/net`, `--mount=/proc/${nsPid}/ns/mnt`, '--', 'sh', '-c', inner]
      : ['unshare', '--net', '--mount', '--', 'sh', '-c', inner];
    this.child = spawn(argv[0]!, argv.slice(1), {
      cwd: home,
      env: { HOME: home, USER: 'user', LOGNAME: 'user', PATH: '/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin', TERM: 'xterm-256color', LANG: 'C.UTF-8', TZ: 'UTC' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout.on('data', (d: Buffer) => {
      this.screen += d.toString('utf8');
      this.lastOutput = Date.now();
    });
  }

  prompts(): number {
    return this.screen.split(TITLE).length - 1;
  }

  nsLink(): string {
    return readlinkSync(`/proc/${this.child.pid}/ns/net`);
  }

  /** Wait until `n` prompts were shown and the terminal was then quiet; false after `limitMs`. */
  async settle(n: number, limitMs: number, quietMs = QUIET_MS): Promise<boolean> {
    const end = Date.now() + limitMs;
    while (Date.now() < end) {
      if (this.prompts() >= n && Date.now() - this.lastOutput >= quietMs) return true;
      await sleep(20);
    }
    return false;
  }

  type(text: string): void {
    this.child.stdin.write(text);
  }
}

/** Run one scenario's steps; returns each step's output as verify would cut it. */
async function run(s: Scenario): Promise<Recorded> {
  const home = mkdtempSync(join(tmpdir(), 'terrarium-scn-'));
  writeFiles(home, s);
  const first = new Pty(home);
  const ptys = [first];
  const seen = [1];
  let ns = '';
  const outputs: string[] = [];
  const stillRunning: boolean[] = [];
  try {
    if (!(await first.settle(1, 10_000))) throw new Error(`no prompt from bash: ${JSON.stringify(first.screen)}`);
    ns = first.nsLink();
    const count = Math.max(s.terminals ?? 1, ...s.steps.map((st) => (st.terminal ?? 0) + 1));
    for (let i = 1; i < count; i++) {
      const p = new Pty(home, first.child.pid);
      if (!(await p.settle(1, 10_000))) throw new Error(`no prompt from bash in terminal ${i}: ${JSON.stringify(p.screen)}`);
      ptys.push(p);
      seen.push(1);
    }
    for (const c of s.setup ?? []) {
      first.type(c + '\n');
      await first.settle(++seen[0]!, 60_000);
    }
    for (const step of s.steps) {
      const t = step.terminal ?? 0;
      const pty = ptys[t]!;
      const start = pty.screen.length;
      const lines = step.command.split('\n');
      for (let i = 0; i < lines.length; i++) {
        pty.type(lines[i] + '\n');
        if (i < lines.length - 1) await sleep(150);
      }
      const ok = await pty.settle(++seen[t]!, (step.timeout ?? 10) * 1000);
      const raw = pty.screen.slice(start);
      if (!ok) {
        pty.type('\x03');
        await pty.settle(seen[t]!, 5000);
      }
      outputs.push(stepOutput(raw, step.command));
      stillRunning.push(!ok);
    }
    for (const p of ptys) p.type('exit\n');
    await sleep(200);
  } finally {
    if (ns) killNamespace(ns);
    for (const p of ptys) p.child.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
  }
  return { outputs, stillRunning };
}

/** Steps whose outputs the file says to keep ("# record: keep 7" or "keep 2,7"), 1-based. */
function keptSteps(text: string): Set<number> {
  const m = /^# record: keep ([\d, ]+)$/m.exec(text);
  return new Set(m ? m[1]!.split(/[, ]+/).filter(Boolean).map(Number) : []);
}

/**
 * Merge two runs: equal (placeholders aside) → the first; equal once job
 * notices are dropped → the first without them; else null.
 */
export function merge(a: string, b: string, command: string): string | null {
  if (compareStep(a, b, command).pass && compareStep(b, a, command).pass) return a;
  if (!hasJobNotices(a) && !hasJobNotices(b)) return null;
  const a2 = dropJobNotices(a).replace(/\n+$/, '');
  const b2 = dropJobNotices(b).replace(/\n+$/, '');
  return compareStep(a2, b2, command).pass && compareStep(b2, a2, command).pass ? a2 : null;
}

async function recordFile(file: string): Promise<boolean> {
  const text = readFileSync(file, 'utf8');
  if (/^# record: manual/m.test(text)) {
    console.log(`${file}: manual, skipped`);
    return true;
  }
  const s = parseScenario(text, file);
  const outside = outsideAddress(s);
  if (outside) {
    console.log(`${file}: REJECTED, it names ${outside}, outside 127.0.0.1`);
    return false;
  }
  const a = await run(s);
  const b = await run(s);
  const keep = keptSteps(text);
  const outputs = new Map<number, string>();
  for (let i = 0; i < s.steps.length; i++) {
    if (keep.has(i + 1)) continue;
    const merged = a.stillRunning[i] === b.stillRunning[i] ? merge(a.outputs[i]!, b.outputs[i]!, s.steps[i]!.command) : null;
    if (merged === null) {
      console.log(`${file}: REJECTED, step ${i + 1} differs between runs:\n${a.outputs[i]}\n---\n${b.outputs[i]}`);
      return false;
    }
    if (a.stillRunning[i]) console.log(`${file}: step ${i + 1} still running after its timeout`);
    outputs.set(i, merged);
  }
  writeFileSync(file, setOutputs(text, outputs));
  console.log(`${file}: recorded ${s.steps.length - keep.size} steps`);
  return true;
}

async function main(files: string[]): Promise<number> {
  pushPids();
  let bad = 0;
  for (const file of files) if (!(await recordFile(file))) bad++;
  return bad ? 1 : 0;
}

if (process.argv[1]?.endsWith('record-scenario.ts')) main(process.argv.slice(2)).then((c) => process.exit(c));
