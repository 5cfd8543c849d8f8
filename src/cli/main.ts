/**
 * The `terrarium` command line: `run` boots a machine headless and runs one
 * command line in it (see DESIGN.md "Contracts").
 */
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runLine } from '../system/testing.ts';
import { startTrace } from '../inspect/trace.ts';
import { failed, formatReport, loadScenarios, verifyFile, type BlockReport } from '../scenario/verify.ts';
import { recordCast } from '../scenario/record.ts';
import { renderMarkdown, renderScenario } from '../scenario/render.ts';
import { parseScenario, ScenarioError } from '../scenario/format.ts';

const USAGE = `usage: terrarium run [--files DIR] [--seed N] [--no-tty] [--trace FILE] -- 'COMMAND LINE'
       terrarium verify [--strict] [--json] [--update] FILE...
       terrarium record SCENARIO [-o OUT.cast]
       terrarium render FILE.md|SCENARIO.yaml
`;

function readTree(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = readFileSync(full);
    }
  };
  walk(dir);
  return out;
}

function run(args: string[]): number {
  let files: Record<string, Uint8Array> = {};
  let seed = 1;
  let tty = true;
  let trace: string | null = null;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '--files') files = readTree(args[++i] ?? '.');
    else if (a === '--seed') seed = Number(args[++i]);
    else if (a === '--no-tty') tty = false;
    else if (a === '--trace') trace = args[++i] ?? null;
    else if (a.startsWith('-')) {
      process.stderr.write(`terrarium: unknown option ${a}\n${USAGE}`);
      return 2;
    } else break;
  }
  const line = args.slice(i).join(' ');
  if (!line) {
    process.stderr.write(USAGE);
    return 2;
  }
  const stdin = tty ? undefined : process.stdin.isTTY ? new Uint8Array(0) : readFileSync(0);
  const traceFd = trace === null ? null : openSync(trace, 'w');
  let stopTrace = (): void => undefined;
  const setup = traceFd === null ? undefined
    : (m: Parameters<typeof startTrace>[0]): void => void (stopTrace = startTrace(m, (s) => void writeSync(traceFd, s)));
  // The guest's bytes as it writes them (not decoded), in order, with the terminal's CRLF as LF.
  const lf = new CrlfToLf();
  const onBytes = (fd: 1 | 2, b: Uint8Array): void => writeAll(fd, tty ? lf.push(b) : b);
  const r = runLine(line, { files, seed, tty, stdin, setup, onBytes });
  if (tty) writeAll(1, lf.end());
  stopTrace();
  if (traceFd !== null) closeSync(traceFd);
  return r.status;
}

function verify(args: string[]): number {
  const files = args.filter((a) => !a.startsWith('--'));
  const opts = { strict: args.includes('--strict'), update: args.includes('--update') };
  if (files.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const reports: BlockReport[] = [];
  for (const f of files) reports.push(...verifyFile(f, opts));
  if (args.includes('--json')) process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
  else process.stdout.write(formatReport(reports));
  return reports.some((b) => b.error || b.steps.some(failed)) ? 1 : 0;
}

function record(args: string[]): number {
  const o = args.indexOf('-o');
  const out = o >= 0 ? args[o + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('-') && (o < 0 || i !== o + 1));
  if (!file) {
    process.stderr.write(USAGE);
    return 2;
  }
  const casts = loadScenarios(file, readFileSync(file, 'utf8')).map((s) => recordCast(s));
  if (out) writeFileSync(out, casts.join(''));
  else process.stdout.write(casts.join(''));
  return 0;
}

function render(args: string[]): number {
  const file = args[0];
  if (!file) {
    process.stderr.write(USAGE);
    return 2;
  }
  const text = readFileSync(file, 'utf8');
  process.stdout.write(/\.(md|markdown)$/i.test(file) ? renderMarkdown(text, file) : renderScenario(parseScenario(text, file)) + '\n');
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    return dispatch(argv);
  } catch (e) {
    if (e instanceof ScenarioError) {
      process.stderr.write(`terrarium: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function dispatch(argv: string[]): number {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'run':
      return run(rest);
    case 'verify':
      return verify(rest);
    case 'record':
      return record(rest);
    case 'render':
      return render(rest);
    default:
      process.stderr.write(USAGE);
      return 2;
  }
}

/** CRLF to LF across chunks: a chunk's last CR waits for the next chunk's first byte. */
class CrlfToLf {
  private cr = false;
  push(b: Uint8Array): Uint8Array {
    const out = new Uint8Array(b.length + 1);
    let n = 0;
    let i = 0;
    if (this.cr) {
      if (b.length === 0) return out.subarray(0, 0);
      if (b[0] !== 0x0a) out[n++] = 0x0d;
      this.cr = false;
    }
    for (; i < b.length; i++) {
      if (b[i] !== 0x0d) out[n++] = b[i]!;
      else if (i + 1 === b.length) this.cr = true;
      else if (b[i + 1] !== 0x0a) out[n++] = 0x0d;
    }
    return out.subarray(0, n);
  }
  end(): Uint8Array {
    const rest = this.cr ? Uint8Array.of(0x0d) : new Uint8Array(0);
    this.cr = false;
    return rest;
  }
}

const closedFds = new Set<number>();

/** Write all of `b` to the host's fd (a pipe may take it in parts); a reader that has
 *  gone (EPIPE) gets nothing more. */
function writeAll(fd: number, b: Uint8Array): void {
  for (let at = 0; at < b.length && !closedFds.has(fd);) {
    try {
      at += writeSync(fd, b, at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') closedFds.add(fd);
      else if (code !== 'EAGAIN') throw e;
    }
  }
}
