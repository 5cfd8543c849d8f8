import { describe, expect, it, afterEach } from 'vitest';
import { MachineService } from './machine-service.ts';
import type { MachineEvent, ServiceMachine, ServiceTerminal } from './machine-service.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A stand-in machine: one "shell" per terminal that echoes input; ^C stops a spin. */
class StubMachine implements ServiceMachine {
  terms: StubTerminal[] = [];
  spawned: { argv: string[]; env?: Record<string, string>; index?: number }[] = [];
  spinning = false;
  slices = 0;
  clockNs = 0;
  timerNs: number | null = null;
  exited = new Map<number, number>();
  throwOnStep: Error | null = null;

  openTerminal(opts?: { rows?: number; cols?: number }): ServiceTerminal {
    const t = new StubTerminal(this, this.terms.length, opts?.rows ?? 24, opts?.cols ?? 80);
    this.terms.push(t);
    return t;
  }
  spawn(argv: string[], opts?: { terminal?: ServiceTerminal; env?: Record<string, string> }): number {
    this.spawned.push({ argv, env: opts?.env, index: opts?.terminal?.index });
    (opts?.terminal as StubTerminal | undefined)?.emit('user@linux:~$ ');
    return 100 + this.spawned.length;
  }
  step(opts?: { maxMs?: number }): { busy: boolean; nextTimerNs: number | null } {
    this.slices++;
    if (this.throwOnStep) throw this.throwOnStep;
    if (this.spinning) {
      const end = performance.now() + (opts?.maxMs ?? 8);
      while (performance.now() < end) { /* a guest's while(1) */ }
      return { busy: true, nextTimerNs: null };
    }
    if (this.timerNs !== null && performance.now() * 1e6 >= this.timerNs) {
      this.timerNs = null;
      this.terms[0]?.emit('tick\r\n');
    }
    this.clockNs = performance.now() * 1e6;
    return { busy: false, nextTimerNs: this.timerNs };
  }
  nowNs(): number {
    return performance.now() * 1e6;
  }
  exitStatus(pid: number): number | null {
    return this.exited.get(pid) ?? null;
  }
}

class StubTerminal implements ServiceTerminal {
  private cb: ((d: Uint8Array) => void) | null = null;
  constructor(private m: StubMachine, readonly index: number, public rows: number, public cols: number) {}
  input(data: string | Uint8Array): void {
    const s = typeof data === 'string' ? data : dec.decode(data);
    if (s === '\x03') {
      this.m.spinning = false;
      this.emit('^C\r\nuser@linux:~$ ');
      return;
    }
    this.emit(s);
  }
  onOutput(cb: (d: Uint8Array) => void): void {
    this.cb = cb;
  }
  resize(rows: number, cols: number): void {
    this.rows = rows;
    this.cols = cols;
  }
  hangup(): void {}
  emit(s: string): void {
    this.cb?.(enc.encode(s));
  }
}

const services: MachineService[] = [];
function setup() {
  const machines: StubMachine[] = [];
  const service = new MachineService(() => {
    const m = new StubMachine();
    machines.push(m);
    return m;
  });
  services.push(service);
  const screens = new Map<number, string>();
  const events: MachineEvent[] = [];
  service.events((e) => void events.push(e));
  const open = () => {
    const index = service.openTerminal(24, 80);
    screens.set(index, '');
    service.subscribe(index, (d) => void screens.set(index, screens.get(index)! + dec.decode(d)));
    return index;
  };
  return { service, machines, screens, events, open };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(5);
  }
}

afterEach(() => {
  for (const s of services.splice(0)) s.dispose();
});

describe('MachineService', () => {
  it('opens a terminal with a login shell and delivers its output, early output included', async () => {
    const { service, machines, screens, open } = setup();
    const i = open();
    expect(machines[0]!.spawned).toEqual([{
      argv: ['/bin/bash', '-i'],
      index: 0,
      env: {
        TERM: 'xterm-256color', HOME: '/home/user', USER: 'user', LOGNAME: 'user',
        SHELL: '/bin/bash', PATH: '/usr/local/bin:/usr/bin:/bin',
      },
    }]);
    service.input(i, 'ls');
    await until(() => screens.get(i) === 'user@linux:~$ ls');
  });

  it('keeps taking input while a guest spins, and stops spinning on ^C', async () => {
    const { service, machines, screens, open } = setup();
    const i = open();
    machines[0]!.spinning = true;
    service.input(i, 'x');
    await sleep(100);
    const before = machines[0]!.slices;
    expect(before).toBeGreaterThan(3);
    const t0 = performance.now();
    service.input(i, '\x03');
    expect(machines[0]!.spinning).toBe(false);
    expect(performance.now() - t0).toBeLessThan(50);
    await until(() => screens.get(i)!.endsWith('^C\r\nuser@linux:~$ '));
  });

  it('sleeps until the next timer, then runs', async () => {
    const { machines, screens, open } = setup();
    const i = open();
    const m = machines[0]!;
    m.timerNs = m.nowNs() + 50e6;
    (m as unknown as { terms: StubTerminal[] }).terms[0]!.input('');
    await until(() => screens.get(i)!.endsWith('tick\r\n'), 1000);
  });

  it('reports an exception escaping the kernel as a panic, in red on every terminal', async () => {
    const { service, screens, events, open } = setup();
    const a = open();
    const b = open();
    service.injectPanic();
    await until(() => events.length > 0);
    expect(events[0]!.type).toBe('panic');
    const e = events[0] as { message: string; stack: string };
    expect(e.message).toBe('Error: kernel panic injected for testing');
    expect(e.stack).toContain('machine-service.ts');
    for (const i of [a, b]) {
      expect(screens.get(i)).toContain('\x1b[1;31mKernel panic: the machine stopped.');
      expect(screens.get(i)).toContain('Error: kernel panic injected for testing');
    }
    expect(() => service.openTerminal(24, 80)).toThrow(/kernel panic/);
  });

  it('reset boots a fresh machine; the old one never runs again', async () => {
    const { service, machines, screens, open } = setup();
    open();
    machines[0]!.spinning = true;
    service.input(0, 'x');
    await sleep(30);
    service.reset();
    const frozen = machines[0]!.slices;
    expect(machines.length).toBe(2);
    const i = open();
    expect(i).toBe(0);
    await sleep(50);
    expect(machines[0]!.slices).toBe(frozen);
    expect(screens.get(i)).toBe('user@linux:~$ ');
  });

  it('reports a shell exit once and can start a new shell on the terminal', async () => {
    const { service, machines, events, open } = setup();
    const i = open();
    machines[0]!.exited.set(101, 0);
    service.resize(i, 30, 100);
    await until(() => events.length === 1);
    expect(events).toEqual([{ type: 'exit', index: 0, status: 0, outputBytes: 14 }]);
    expect(machines[0]!.terms[0]!.rows).toBe(30);
    service.respawn(i);
    expect(machines[0]!.spawned.length).toBe(2);
  });

  it('pauses the machine while the page is behind on output', async () => {
    const { service, machines } = setup();
    const i = service.openTerminal(24, 80);
    const acks: (() => void)[] = [];
    service.subscribe(i, () => new Promise<void>((r) => acks.push(r)));
    machines[0]!.terms[0]!.emit('y'.repeat(2 << 20));
    machines[0]!.spinning = true;
    service.input(i, '');
    await sleep(50);
    const paused = machines[0]!.slices;
    await sleep(100);
    expect(machines[0]!.slices).toBe(paused);
    for (const a of acks) a();
    await until(() => machines[0]!.slices > paused + 2);
  });
});

describe('panicReport', () => {
  it('shows the kernel\'s one-line summary and the stack of the exception a program threw', async () => {
    const { panicReport } = await import('./runner.ts');
    const original = new TypeError('x is undefined');
    const wrapped = Object.assign(new Error(`kernel panic: exception in pid 7 (bash): x is undefined\n${original.stack}`), { original });
    const r = panicReport(wrapped);
    expect(r.message).toBe('kernel panic: exception in pid 7 (bash): x is undefined');
    expect(r.stack).toBe(original.stack);
    expect(panicReport('boom')).toEqual({ message: 'boom', stack: 'boom' });
  });
});

describe('MachineService boot', () => {
  it('boots on first use, and reset(opts) reboots with those options from then on', () => {
    const booted: unknown[] = [];
    const service = new MachineService((opts) => {
      booted.push(opts);
      return new StubMachine();
    });
    services.push(service);
    service.events(() => undefined);
    expect(booted).toEqual([]);
    service.reset({ seed: 7, mode: 'fast' });
    service.openTerminal(24, 80);
    service.reset();
    expect(booted).toEqual([{ seed: 7, mode: 'fast' }, { seed: 7, mode: 'fast' }]);
  });

  it('a machine that fails to boot is reported as a panic', () => {
    const service = new MachineService(() => {
      throw new Error('no root filesystem');
    });
    services.push(service);
    const events: MachineEvent[] = [];
    expect(() => service.openTerminal(24, 80)).toThrow(/^kernel panic: Error: no root filesystem\n/);
    service.events((e) => void events.push(e));
    expect(events.map((e) => e.type)).toEqual(['panic']);
  });
});

describe('MachineService ahead of need', () => {
  it('preboot boots at once; the first start with the same seed and mode takes that machine', () => {
    const booted: StubMachine[] = [];
    const service = new MachineService(() => {
      booted.push(new StubMachine());
      return booted[booted.length - 1]!;
    });
    services.push(service);
    service.preboot();
    expect(booted.length).toBe(1);
    service.reset({ files: { 'a.txt': 'x' } });
    service.openTerminal(24, 80);
    expect(booted.length).toBe(1);
    expect(booted[0]!.spawned.length).toBe(1);
    service.reset({ seed: 3 });
    expect(booted.length).toBe(2);
  });

  it('a spare booted with other options is not used', () => {
    const seeds: unknown[] = [];
    const service = new MachineService((opts) => {
      seeds.push(opts.seed);
      return new StubMachine();
    });
    services.push(service);
    service.preboot();
    service.reset({ seed: 9 });
    expect(seeds).toEqual([undefined, 9]);
  });
});

describe('MachineService started ahead of the page', () => {
  function booting() {
    const booted: StubMachine[] = [];
    const service = new MachineService(() => {
      booted.push(new StubMachine());
      return booted[booted.length - 1]!;
    });
    services.push(service);
    return { service, booted };
  }

  it('prestart opens a terminal with its shell at once; the first openTerminal takes it, resized, with its output', async () => {
    const { service, booted } = booting();
    service.prestart(24, 100);
    expect(booted.length).toBe(1);
    expect(booted[0]!.spawned.map((s) => s.index)).toEqual([0]);
    service.reset({ files: {}, home: [] });
    expect(booted.length).toBe(1);
    let screen = '';
    const i = service.openTerminal(30, 120, (d) => void (screen += dec.decode(d)));
    expect(i).toBe(0);
    expect(booted[0]!.spawned.length).toBe(1);
    expect([booted[0]!.terms[0]!.rows, booted[0]!.terms[0]!.cols]).toEqual([30, 120]);
    await until(() => screen === 'user@linux:~$ ');
    expect(service.openTerminal(24, 80)).toBe(1);
    expect(booted[0]!.spawned.map((s) => s.index)).toEqual([0, 1]);
  });

  it('a reset that writes files, restores a home or changes the seed boots a fresh machine', () => {
    for (const opts of [{ files: { 'a.txt': 'x' } }, { home: [{ path: 'a', kind: 'dir' as const, mode: 0o755 }] }, { seed: 2 }]) {
      const { service, booted } = booting();
      service.prestart(24, 80);
      service.reset(opts);
      expect(booted.length).toBe(2);
      expect(service.openTerminal(24, 80)).toBe(0);
      expect(booted[1]!.spawned.length).toBe(1);
    }
  });
});

describe('MachineService late files', () => {
  function lateSetup() {
    let release: () => void = () => undefined;
    let fail: (e: Error) => void = () => undefined;
    let loaded = false;
    const calls: string[] = [];
    let pending: Promise<void> | null = null;
    const base = setup();
    const service = new MachineService(() => {
      const m = new StubMachine();
      base.machines.push(m);
      return m;
    }, {
      loadFiles: () => {
        calls.push('load');
        if (loaded) return null;
        pending ??= new Promise<void>((res, rej) => {
          release = () => { loaded = true; res(); };
          fail = rej;
        });
        return pending;
      },
    });
    services.push(service);
    const screens = new Map<number, string>();
    const index = service.openTerminal(24, 80);
    screens.set(index, '');
    service.subscribe(index, (d) => void screens.set(index, screens.get(index)! + dec.decode(d)));
    return { service, screens, index, calls, release: () => release(), fail: (e: Error) => fail(e), machines: base.machines };
  }

  it('keystrokes go through at once and start the load; a line waits for the files, and what follows it too', async () => {
    const { service, screens, index, calls, release } = lateSetup();
    service.input(index, 'ec');
    expect(calls).toEqual(['load']);
    await until(() => screens.get(index) === 'user@linux:~$ ec');
    const step = service.runStep(index, 'ho\r');
    void service.input(index, 'next');
    await sleep(30);
    expect(screens.get(index)).toBe('user@linux:~$ ec');
    release();
    await until(() => screens.get(index) === 'user@linux:~$ echo\rnext');
    const end = await step;
    expect(end.raw).toBe('ho\rnext');
    expect(end.stillRunning).toBe(false);
    service.input(index, '\r');
    await until(() => screens.get(index) === 'user@linux:~$ echo\rnext\r');
  });

  it('a failed load is reported on the terminal and the line goes ahead', async () => {
    const { service, screens, index, fail } = lateSetup();
    void service.input(index, 'ls\r');
    fail(new Error('the Perl module library did not load: offline'));
    await until(() => screens.get(index)!.endsWith('ls\r'));
    expect(screens.get(index)).toBe('user@linux:~$ \r\n\x1b[31mterrarium: the Perl module library did not load: offline\x1b[0m\r\nls\r');
  });
});
