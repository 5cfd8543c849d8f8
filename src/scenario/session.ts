/**
 * An interactive session as a reader at the prompt has it: a fresh standard
 * machine, one or more terminals each running `bash -i`, commands typed one
 * at a time. A step ends when the shell is back at its prompt (reading the
 * terminal, holding the foreground) and nothing is runnable, or when its
 * virtual timeout passes ("still running", then Ctrl-C is sent).
 */
import type { Machine, Terminal } from '../kernel/machine.ts';
import { HostDeclError, installScenarioHosts } from '../net/hosts/custom.ts';
import { bootStandard } from '../system/boot.ts';
import { defaultEnv } from '../system/testing.ts';
import { ScenarioError, type Scenario } from './format.ts';
import { stepOutput } from './normalize.ts';

export interface StepRun {
  /** What the terminal showed from Enter to the step's end, prompts removed. */
  output: string;
  /** Raw bytes shown (as text), for recordings. */
  raw: string;
  stillRunning: boolean;
  /** Virtual ms the step took. */
  elapsedMs: number;
}

interface Tty {
  term: Terminal;
  shellPid: number;
  screen: string;
}


export class Session {
  readonly machine: Machine;
  private ttys: Tty[] = [];
  /** Events for recordings: [virtual seconds, "o", text]. */
  readonly events: Array<[number, string, string]> = [];

  constructor(scenario: Pick<Scenario, 'files' | 'terminals' | 'hosts'> & { origin?: Scenario['origin'] }, seed = 1) {
    this.machine = bootStandard({ seed });
    try {
      installScenarioHosts(this.machine, scenario.hosts ?? []);
    } catch (e) {
      if (!(e instanceof HostDeclError)) throw e;
      throw new ScenarioError(scenario.origin?.file ?? 'scenario', e.line ?? scenario.origin?.line ?? 1, e.message);
    }
    for (const [name, data] of Object.entries(scenario.files ?? {})) {
      const path = name.startsWith('/') ? name : `/home/user/${name}`;
      const exec = data.startsWith('#!');
      this.machine.writeFile(path, data, { uid: 1000, mode: exec ? 0o755 : 0o644 });
    }
    const n = Math.max(1, scenario.terminals ?? 1);
    for (let i = 0; i < n; i++) this.openTerminal();
  }

  private openTerminal(): Tty {
    const m = this.machine;
    const term = m.openTerminal({ rows: 24, cols: 80 });
    const tty: Tty = { term, shellPid: 0, screen: '' };
    const dec = new TextDecoder();
    term.onOutput((d) => {
      const text = dec.decode(d, { stream: true });
      tty.screen += text;
      this.events.push([m.nowNs() / 1e9, 'o', text]);
    });
    tty.shellPid = m.spawn(['-bash', '-i'], { terminal: term, env: defaultEnv(), path: '/bin/bash' });
    this.ttys.push(tty);
    m.runUntil(() => this.atPrompt(tty), { maxVirtualMs: 10_000, maxRealMs: 20_000 });
    return tty;
  }

  /** The shell reads its terminal, holds the foreground, and nothing else can run. */
  private atPrompt(tty: Tty): boolean {
    const k = this.machine.kernel;
    if (k.hasRunnable()) return false;
    const sh = k.procs.get(tty.shellPid);
    if (!sh || sh.state === 'zombie') return true;
    const pty = k.ptys.find((t) => t.index === tty.term.index);
    if (!pty) return true;
    return sh.state === 'blocked' && sh.blockedOn.includes(pty.wq) && pty.fgPgrp === sh.pgid;
  }

  /** Type a command (and Enter) on terminal `index`; run until the step ends. */
  runStep(command: string, opts: { terminal?: number; timeoutS?: number } = {}): StepRun {
    const tty = this.ttys[opts.terminal ?? 0] ?? this.ttys[0]!;
    const m = this.machine;
    const start = tty.screen.length;
    const t0 = m.nowNs();
    tty.term.input(command.replace(/\n/g, '\r') + '\r');
    const limit = t0 + (opts.timeoutS ?? 10) * 1e9;
    m.runUntil(() => this.atPrompt(tty) || m.nowNs() > limit, { maxRealMs: 60_000 });
    const stillRunning = !this.atPrompt(tty);
    const raw = tty.screen.slice(start);
    if (stillRunning) {
      tty.term.input('\x03');
      m.runUntil(() => this.atPrompt(tty), { maxVirtualMs: 5_000, maxRealMs: 10_000 });
    }
    return { output: stepOutput(raw, command), raw, stillRunning, elapsedMs: (m.nowNs() - t0) / 1e6 };
  }

  /** Commands run before the steps, their output discarded. */
  setup(commands: string[]): void {
    for (const c of commands) this.runStep(c, { timeoutS: 60 });
  }

  close(): void {
    this.machine.shutdown();
  }
}
