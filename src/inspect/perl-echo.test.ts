import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runLine } from '../system/testing.ts';
import { lifeOf } from './lifecycle.ts';
import { buildSequence, type Arrow, type SequenceModel } from './sequence.ts';
import { EventRecorder, type TraceEvent } from './stream.ts';

const ROOT = new URL('../../', import.meta.url);
/** The echo scenario's traffic on real Linux (test/browser/inspector.record.mjs writes it). */
const LINUX = readFileSync(new URL('test/browser/inspector.echo-segments.txt', ROOT), 'utf8').trimEnd().split('\n');

interface Step { command: string; output?: string }
const scenario = (name: string): { steps: Step[]; files?: Record<string, string> } =>
  parse(readFileSync(new URL(`scenarios/${name}.yaml`, ROOT), 'utf8')) as { steps: Step[]; files?: Record<string, string> };

/** Run `line` on a standard machine with a recorder attached from boot. */
function recorded(line: string, files?: Record<string, string>): { output: string; rec: EventRecorder } {
  let rec: EventRecorder | null = null;
  const r = runLine(line, { files, setup: (m) => void (rec = new EventRecorder({ events: m.kernel.events, packets: m.net.log })) });
  return { output: r.output, rec: rec! };
}

/**
 * The diagram as the recorded file writes it: the handshake, then per direction
 * the bytes its packets carried and where its FIN came, with sequence numbers.
 */
function summary(model: SequenceModel, events: readonly TraceEvent[]): string[] {
  const dirOf = (a: Arrow): string => (model.lifelines[a.from]!.role === 'client' ? 'C>S' : 'S>C');
  const seqOf = (a: Arrow): number[] => /^seq (\d+)(?::(\d+))?/.exec(a.detail)!.slice(1).map(Number);
  const lines = model.arrows.slice(0, 3).map((a) => `${dirOf(a)} ${a.kind}${a.kind === 'ACK' ? '' : ` seq ${seqOf(a)[0]}`}`);
  const bytes = new Map(events.map((e) => [e.id, e.type === 'packet' ? e.bytes : '']));
  for (const dir of ['C>S', 'S>C']) {
    const mine = model.arrows.filter((a) => dirOf(a) === dir);
    const data = mine.filter((a) => a.len > 0);
    const fin = mine.find((a) => a.kind === 'FIN' || a.label.endsWith('+FIN'))!;
    lines.push(`${dir} data ${JSON.stringify(data.map((a) => bytes.get(a.id)).join(''))} seq ${seqOf(data[0]!)[0]}:${seqOf(data.at(-1)!)[1]}`,
      `${dir} FIN seq ${fin.kind === 'FIN' ? seqOf(fin)[0] : seqOf(fin)[1]}`);
  }
  return lines;
}

describe("the chapter's Perl echo pair", () => {
  it('draws what Linux sends: the handshake, then each side\'s bytes and FIN', () => {
    const { steps } = scenario('tcp-echo');
    const { output, rec } = recorded(`${steps[0]!.command}\n${steps[1]!.command}\nwait`);
    // bash -c prints no job notices
    const echoed = steps[1]!.output!.split('\n').filter((l) => !/^\[\d+\][-+]? +Done/.test(l));
    expect(output).toBe(`Listening on 9900\n${echoed.join('\n')}\n`);
    // How the bytes are cut into segments and where pure ACKs fall depend on timing, on Linux too.
    expect(summary(buildSequence(rec.all(), { port: 9900 }), rec.all())).toEqual(LINUX);
    const times = rec.all().map((e) => e.timeNs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe("the chapter's Perl daemon", () => {
  it('lives as fork, fork, exit, setsid, fork, exit, running, signal, exit', () => {
    const { files } = scenario('double-fork');
    const { output, rec } = recorded('perl daemon.pl "$PWD/daemon.pid"; sleep 1; pid=$(cat daemon.pid); kill $pid; sleep 1; echo $pid', files);
    const pid = Number(output.trim());
    const life = lifeOf(rec.all(), pid);
    expect(life.filter((s) => ['fork', 'setsid', 'exit', 'running', 'signal'].includes(s.kind)).map((s) => s.label)).toEqual([
      'fork', 'fork', 'exit', 'setsid', 'fork', 'exit', 'running', 'SIGTERM', 'exit',
    ]);
    expect(life.filter((s) => s.pid === pid).map((s) => `${s.label}: ${s.detail}`)).toEqual([
      'reparent: ppid ' + (pid - 1) + ' → 1', 'flock LOCK_EX: /home/user/daemon.pid', `running: pid ${pid}`,
      'SIGTERM: default action', 'flock LOCK_UN: /home/user/daemon.pid', 'exit: killed by SIGTERM', 'reap: by 1',
    ]);
  });
});
