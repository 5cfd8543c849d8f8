import { describe, expect, it } from 'vitest';
import { sendSignal } from '../kernel/signal.ts';
import { SIGCONT, SIGSTOP, SIGTERM } from '../abi/signals.ts';
import { lifeOf } from './lifecycle.ts';
import { lifeToMermaid, toMermaid } from './mermaid.ts';
import { buildSequence, connections, preview, sequenceAt, type SequenceModel } from './sequence.ts';
import { takeSnapshot } from './snapshot.ts';
import { parseInspect } from './spec.ts';
import type { PacketRecord, TraceEvent } from './stream.ts';
import { testMachine, type TestMachine } from './testing.ts';
import { expectedArrow, LINUX_PAIR, pairLines } from './echo-pair.ts';
import { startTrace } from './trace.ts';
import { defineProgram } from '../programs/runtime.ts';
import { processTree, sessionBoxes } from './tree.ts';

/** echod on `port`, then one echo-client per entry of `clients`, all run to the end. */
function echoRun(port: number, clients: string[][]): TestMachine {
  const t = testMachine();
  const server = t.start(['/bin/echod', String(port), String(clients.length)]);
  t.m.runUntil(() => !t.m.kernel.hasRunnable());
  const pids = clients.map((words) => t.start(['/bin/echo-client', String(port), ...words]));
  t.m.runUntil(() => [server, ...pids].every((p) => t.m.exitStatus(p) !== null));
  t.m.runUntil(() => false, { maxVirtualMs: 1000 });
  return t;
}

const packets = (t: TestMachine): Array<PacketRecord & { id: number }> =>
  t.rec.all().filter((e): e is PacketRecord & { id: number; timeNs: number } => e.type === 'packet');

/** One line per arrow as echo-pair.ts writes them: "C>S LABEL (DETAIL)". */
function arrowLines(model: SequenceModel): string[] {
  return model.arrows.map((a) => `${model.lifelines[a.from]!.role === 'client' ? 'C>S' : 'S>C'} ${a.label} (${a.detail})`);
}

const noWindow = (line: string): string => line.replace(/ win \d+\)$/, ')');

describe('the event stream', () => {
  it('a handshake, one data exchange and a close produce exactly the segments Linux sends', () => {
    const t = echoRun(9900, [['hello']]);
    expect(t.out()).toBe('echo: hello\n');
    expect(pairLines(packets(t), 9900)).toEqual(LINUX_PAIR);
    const ids = t.rec.all().map((e) => e.id);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    const times = t.rec.all().map((e) => e.timeNs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('kernel events for the server and client are in the stream', () => {
    const t = echoRun(9900, [['hi']]);
    const events = t.rec.all().filter((e) => e.type !== 'packet');
    const of = (pid: number): string[] => events.filter((e) => e.pid === pid).map((e) => e.type);
    expect([of(2), of(3)]).toEqual([['spawn', 'exec', 'exit', 'reap'], ['spawn', 'exec', 'exit', 'reap']]);
    expect(events.filter((e) => e.pid === 1).map((e) => `${e.type} ${e.type === 'signal' ? e.sig : ''}`)).toEqual(['signal 17', 'signal 17']);
    const reaps = events.filter((e) => e.type === 'reap').map((e) => e.type === 'reap' && e.by);
    expect(reaps).toEqual([1, 1]);
  });

  it('pages through the ring with a cursor and counts what it lost', () => {
    const t = echoRun(9900, [['a'], ['b']]);
    const all = t.rec.all();
    const p1 = t.rec.since(0, 5);
    expect(p1.events.map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    const p2 = t.rec.since(p1.cursor, 1000);
    expect(p2.events.length).toBe(all.length - 5);
    expect(p2.lost).toBe(0);
    expect(t.rec.since(p2.cursor).events).toEqual([]);
    expect(t.rec.since(p2.cursor).cursor).toBe(p2.cursor);
  });
});

describe('the sequence diagram model', () => {
  it('names the segments of one connection, with relative sequence numbers', () => {
    const t = echoRun(9900, [['hello']]);
    const model = buildSequence(t.rec.all(), { port: 9900 });
    expect(model.lifelines.map((l) => l.role)).toEqual(['client', 'server']);
    expect(model.lifelines[1]!.endpoint).toBe('127.0.0.1:9900');
    expect(arrowLines(model).map(noWindow)).toEqual(LINUX_PAIR.map(expectedArrow));
    expect(model.arrows.map((a) => /win \d+$/.test(a.detail))).toEqual(model.arrows.map(() => true));
  });

  it('all connections on a port share the server lifeline; one connection can be picked', () => {
    const t = echoRun(9900, [['one'], ['two']]);
    const conns = connections(t.rec.all());
    expect(conns.length).toBe(2);
    const all = buildSequence(t.rec.all(), { port: 9900 });
    expect(all.lifelines.map((l) => l.role)).toEqual(['client', 'client', 'server']);
    expect(all.arrows.length).toBe(2 * LINUX_PAIR.length);
    const second = buildSequence(t.rec.all(), { conn: conns[1]!.key });
    expect(second.arrows.length).toBe(LINUX_PAIR.length);
    expect(second.arrows.filter((a) => a.kind === 'DATA').map((a) => a.label)).toEqual(['DATA 4 "two\\n"', 'DATA 4 "two\\n"']);
    expect(buildSequence(t.rec.all(), { port: 1234 }).arrows).toEqual([]);
  });

  it('a connection to a closed port is a SYN answered by RST', () => {
    const t = testMachine();
    const pid = t.start(['/bin/echo-client', '9901', 'x']);
    t.m.runUntil(() => t.m.exitStatus(pid) !== null);
    expect(t.out()).toBe('/bin/echo-client: connect: Connection refused\n');
    // tcpdump on Linux: "Flags [S], seq N" then "Flags [R.], seq 0, ack N+1, win 0"
    const lines = arrowLines(buildSequence(t.rec.all(), { port: 9901 }));
    expect([noWindow(lines[0]!), lines[1]]).toEqual(['C>S SYN (seq 0)', 'S>C RST (seq 0 ack 1 win 0)']);
  });

  it('the slider cuts the diagram at a virtual time', () => {
    const t = echoRun(9900, [['hello']]);
    const model = buildSequence(t.rec.all(), { port: 9900 });
    expect(sequenceAt(model, model.arrows[2]!.timeNs).arrows.map((a) => a.kind)).toEqual(['SYN', 'SYN-ACK', 'ACK']);
    expect(sequenceAt(model, model.endNs).arrows.length).toBe(LINUX_PAIR.length);
  });

  it('previews escape control bytes and mark a cut', () => {
    const bytes = 'GET / HTTP/1.0\r\n\r\n\x00\xff';
    expect(preview(bytes, 40)).toBe('"GET / HTTP/1.0\\r\\n"...');
    expect(preview('a"b\\\x01', 5)).toBe('"a\\"b\\\\\\x01"');
  });

  it('exports Mermaid text', () => {
    const t = echoRun(9900, [['x;#']]);
    const model = buildSequence(t.rec.all(), { port: 9900 });
    const lines = toMermaid(model).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'sequenceDiagram',
      `    participant C1 as client ${connections(t.rec.all())[0]!.client}`,
      '    participant S1 as server 127.0.0.1:9900',
    ]);
    expect(lines.slice(3)).toEqual([...model.arrows.map((a) =>
      `    ${a.from === 0 ? 'C1->>S1' : 'S1->>C1'}: ${(a.label).replace('x;#', 'x#59;#35;')} (${a.detail})`), '']);
    expect(lines[6]).toMatch(/^ {4}C1->>S1: DATA 4 "x#59;#35;\\n" \(seq 1:5 ack 1 win \d+\)$/);
  });
});

/** The daemon program detached and locked its PID file; pids 2 (start), 3 (session), 4 (daemon). */
function daemonRun(): TestMachine {
  const t = testMachine();
  t.start(['/bin/daemon', '/var/run/d.pid']);
  t.m.runUntil(() => false, { maxVirtualMs: 3000 });
  return t;
}

describe('snapshots of a daemon', () => {
  it('shows the daemon with parent 1 in its own session, holding its lock', () => {
    const t = daemonRun();
    const snap = takeSnapshot(t.m.kernel, t.m.net);
    const rows = processTree(snap.procs).map((r) => `${'  '.repeat(r.depth)}${r.proc.pid} ppid=${r.proc.ppid} pgid=${r.proc.pgid} sid=${r.proc.sid} ${r.proc.state} ${r.proc.cmdline}`);
    expect(rows).toEqual(['1 ppid=0 pgid=1 sid=1 S /sbin/init', '  4 ppid=1 pgid=3 sid=3 S daemon /var/run/d.pid run']);
    expect(sessionBoxes(snap.procs)).toEqual([
      { sid: 1, tty: '?', groups: [{ pgid: 1, leaderAlive: true, foreground: false, pids: [1] }] },
      { sid: 3, tty: '?', groups: [{ pgid: 3, leaderAlive: false, foreground: false, pids: [4] }] },
    ]);
    expect(snap.locks).toEqual([{ ino: snap.locks[0]!.ino, path: '/var/run/d.pid', kind: 'ex', pid: 4, holders: [4] }]);
    expect(snap.procs[1]!.fds.map((f) => `${f.fd} ${f.kind} ${f.path} ${f.mode}${f.lock ? ` ${f.lock}` : ''}`)).toEqual([
      '0 dev /dev/null r', '1 pipe pipe:[stdout] w', '2 pipe pipe:[stderr] w', '3 file /var/run/d.pid w ex',
    ]);
  });

  it('draws the daemon life: fork, exit, setsid, fork, exit, running, signal, exit', () => {
    const t = daemonRun();
    sendSignal(t.m.kernel, t.m.kernel.procs.get(4)!, SIGTERM);
    t.m.runUntil(() => false, { maxVirtualMs: 1000 });
    const steps = lifeOf(t.rec.all(), 4).map((s) => `${s.pid} ${s.label}: ${s.detail}`);
    expect(steps).toEqual([
      '2 fork: 2 → 3', '2 exit: status 0', '3 exec: /bin/daemon', '3 setsid: sid 3', '3 fork: 3 → 4',
      '3 exit: status 0', '4 reparent: ppid 3 → 1', '4 exec: /bin/daemon', '4 flock LOCK_EX: /var/run/d.pid',
      '4 running: pid 4', '4 SIGTERM: default action', '4 flock LOCK_UN: /var/run/d.pid',
      '4 exit: killed by SIGTERM', '4 reap: by 1',
    ]);
    expect(lifeOf(t.rec.all(), 99)).toEqual([]);
    const chart = lifeToMermaid(lifeOf(t.rec.all(), 4)).split('\n');
    expect(chart.slice(0, 13)).toEqual([
      'flowchart TD',
      '    n0["pid 2"]', '    n1["pid 3"]', '    n0 -->|fork| n1',
      '    n2["pid 2 exits, status 0"]', '    n0 -->|exit| n2',
      '    n3["pid 3 runs /bin/daemon"]', '    n1 -->|exec| n3',
      '    n4["pid 3 leads session 3"]', '    n3 -->|setsid| n4',
      '    n5["pid 4"]', '    n4 -->|fork| n5',
      '    n6["pid 3 exits, status 0"]',
    ]);
    expect(chart.slice(20, 24)).toEqual([
      '    n10(["pid 4 running"])', '    n9 --> n10', '    n11{"SIGTERM: default action"}', '    n10 -->|signal| n11',
    ]);
    const snap = takeSnapshot(t.m.kernel, t.m.net);
    expect(snap.procs.map((p) => p.pid)).toEqual([1]);
    expect(snap.locks).toEqual([]);
  });

  it('keeps the signal last delivered to each process', () => {
    const t = daemonRun();
    const row = (): string => {
      const p = takeSnapshot(t.m.kernel, t.m.net).procs.find((x) => x.pid === 4)!;
      return `${p.state} ${p.lastSignal}`;
    };
    expect(row()).toBe('S ');
    sendSignal(t.m.kernel, t.m.kernel.procs.get(4)!, SIGSTOP);
    t.m.runUntil(() => false, { maxVirtualMs: 100 });
    expect(row()).toBe('T STOP');
    sendSignal(t.m.kernel, t.m.kernel.procs.get(4)!, SIGCONT);
    t.m.runUntil(() => false, { maxVirtualMs: 100 });
    expect(row()).toBe('S CONT');
  });

  it('lists sockets like ss -tanp, with their owners', () => {
    const t = testMachine();
    t.start(['/bin/echod', '9900']);
    t.m.runUntil(() => !t.m.kernel.hasRunnable());
    const snap = takeSnapshot(t.m.kernel, t.m.net);
    expect(snap.sockets).toEqual([{
      proto: 'tcp', state: 'LISTEN', local: '127.0.0.1:9900', peer: '0.0.0.0:*', recvQ: 0, sendQ: 5,
      ino: snap.sockets[0]!.ino, users: [{ pid: 2, comm: 'echod', fd: 3 }],
    }]);
    const c = t.start(['/bin/echo-client', '9900', 'a']);
    t.m.runUntil(() => t.m.exitStatus(c) !== null && !t.m.kernel.hasRunnable());
    const after = takeSnapshot(t.m.kernel, t.m.net).sockets.map((s) => `${s.state} ${s.local} ${s.peer} ${s.users.map((u) => u.pid).join(',')}`);
    const client = connections(t.rec.all())[0]!.client;
    // The client closed first (RFC 9293 3.6: the active closer waits in TIME-WAIT); echod served its one connection and left.
    expect(after).toEqual([`TIME-WAIT ${client} 127.0.0.1:9900 `]);
  });
});

describe('zombies and traces', () => {
  it('a child its parent has not waited for is a zombie with its status', () => {
    const t = testMachine();
    t.m.installProgram('/bin/neglect', defineProgram('neglect', function* (ctx) {
      ctx.spawn('/bin/false-ish', ['false-ish'], []);
      yield* ctx.sleep(5000);
      return 0;
    }));
    t.start(['/bin/neglect']);
    t.m.runUntil(() => false, { maxVirtualMs: 1000 });
    const snap = takeSnapshot(t.m.kernel, t.m.net);
    expect(processTree(snap.procs).map((r) => `${r.depth} ${r.proc.pid} ${r.proc.state} ${r.proc.exitStatus}`)).toEqual([
      '0 1 S null', '1 2 S null', '2 3 Z 32512',
    ]);
    expect(sessionBoxes(snap.procs)[1]!.groups[0]!.pids).toEqual([2, 3]);
  });

  it('--trace writes the stream as JSON lines', () => {
    const t = testMachine();
    let text = '';
    const stop = startTrace(t.m, (s) => void (text += s), 4);
    const s = t.start(['/bin/echod', '9900']);
    t.m.runUntil(() => !t.m.kernel.hasRunnable());
    const c = t.start(['/bin/echo-client', '9900', 'hi']);
    t.m.runUntil(() => t.m.exitStatus(c) !== null && t.m.exitStatus(s) !== null);
    stop();
    const lines = text.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as TraceEvent)).toEqual(t.rec.all());
    expect(lines[0]).toBe('{"type":"spawn","pid":2,"ppid":1,"id":1,"timeNs":0}');
  });
});

describe('view specs', () => {
  it('parses what a scenario step writes and rejects the rest loudly', () => {
    expect(parseInspect('sequence port=9900')).toEqual({ view: 'sequence', port: 9900, conn: undefined });
    expect(parseInspect('processes')).toEqual({ view: 'processes' });
    expect(parseInspect('lifecycle comm=perl')).toEqual({ view: 'lifecycle', pid: undefined, comm: 'perl', match: undefined });
    expect(parseInspect('graph')).toEqual({ error: "inspect: unknown view 'graph' (expected one of: processes, sockets, sequence, files, lifecycle)" });
    expect(parseInspect('sequence port=http')).toEqual({ error: "inspect: port must be a number, not 'http'" });
    expect(parseInspect('sockets all')).toEqual({ error: "inspect: 'all' is not an option of 'sockets' (it takes no options)" });
  });
});

