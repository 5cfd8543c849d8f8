import { describe, expect, it } from 'vitest';
import type { Program, Sys } from '../abi/sys.ts';
import { EIO, ERESTARTSYS } from '../abi/errno.ts';
import { O_RDONLY } from '../abi/fcntl.ts';
import { Machine } from '../kernel/machine.ts';
import { gateProgram, gatePrograms, holdFiles } from './file-gate.ts';
import { programs as shellPrograms } from '../shell/index.ts';
import type { PendingFiles } from './file-gate.ts';
import { exportTree, inodeNumber } from './machine-adapter.ts';
import { FilesOnDemand } from './files-on-demand.ts';

const enc = (s: string) => new TextEncoder().encode(s);

/** `rd PATH`: prints the file's first 100 bytes, or "errno N". */
const rd: Program = {
  name: 'rd',
  load: (argv) => ({ path: argv[1], fd: -1 }),
  run(image: unknown, sys: Sys): number {
    const img = image as { path: string; fd: number };
    if (img.fd < 0) {
      const fd = sys.open(img.path, O_RDONLY);
      if (fd === -ERESTARTSYS) return 1;
      if (fd < 0) {
        sys.write(1, enc(`errno ${-fd}\n`));
        sys.exit(1);
        return 1;
      }
      img.fd = fd;
    }
    const data = sys.read(img.fd, 100);
    if (data === -ERESTARTSYS) return 1;
    if (typeof data !== 'number') sys.write(1, data);
    sys.exit(0);
    return 1;
  },
};

/** A file set that arrives when the test says so. */
function pendingFiles(): PendingFiles & { fetched: number; error: string | null; come(): void } {
  const never = new Promise<void>(() => undefined);
  let arrived = false;
  return {
    fetched: 0,
    error: null,
    get arrived() {
      return arrived;
    },
    fetch() {
      this.fetched++;
    },
    takeError() {
      const e = this.error;
      this.error = null;
      return e;
    },
    come() {
      arrived = true;
    },
    load: () => never,
  };
}

function setup() {
  const m = new Machine({ seed: 1 });
  const placeholder = new Uint8Array(6);
  m.writeFile('/usr/lib/perl5/Late.pm', placeholder);
  m.writeFile('/etc/motd', 'hello\n');
  m.symlink('/tmp/link.pm', '/usr/lib/perl5/Late.pm');
  m.installProgram('/bin/rd', gateProgram(rd));
  const files = pendingFiles();
  holdFiles(files, [inodeNumber(m, '/usr/lib/perl5/Late.pm')!]);
  const run = (path: string) => {
    const t = m.openTerminal({ rows: 24, cols: 80 });
    let out = '';
    t.onOutput((d) => (out += new TextDecoder().decode(d)));
    const pid = m.spawn(['/bin/rd', path], { terminal: t });
    return { pid, out: () => out, exited: () => m.runUntil(() => m.exitStatus(pid) !== null, { maxVirtualMs: 100 }) };
  };
  return { m, placeholder, files, run };
}

describe('files fetched on demand', () => {
  it('other files open at once', () => {
    const { run, files } = setup();
    const r = run('/etc/motd');
    expect(r.exited()).toBe(true);
    expect(r.out()).toBe('hello\r\n');
    expect(files.fetched).toBe(0);
  });

  it('an open of a placeholder (by any name) waits for the texts, then reads them', () => {
    const { run, files, placeholder } = setup();
    const a = run('/usr/lib/perl5/Late.pm');
    const b = run('/tmp/link.pm');
    expect(a.exited()).toBe(false);
    expect(b.exited()).toBe(false);
    expect(files.fetched).toBeGreaterThan(0);
    placeholder.set(enc('late!\n'));
    files.come();
    expect(a.exited()).toBe(true);
    expect(b.exited()).toBe(true);
    expect([a.out(), b.out()]).toEqual(['late!\r\n', 'late!\r\n']);
  });

  it('a script that is a placeholder is run by the shell once its text came', () => {
    const m = new Machine({ seed: 1 });
    for (const [path, p] of Object.entries(gatePrograms(shellPrograms()))) m.installProgram(path, p);
    // Its interpreter's option shows that the kernel's exec read its real first line.
    const text = enc('#!/bin/sh -x\necho tool ran "$@"\n');
    const placeholder = new Uint8Array(text.length);
    m.writeFile('/usr/bin/tool', placeholder, { mode: 0o755 });
    const files = pendingFiles();
    holdFiles(files, [inodeNumber(m, '/usr/bin/tool')!]);
    const t = m.openTerminal({ rows: 24, cols: 80 });
    let out = '';
    t.onOutput((d) => (out += new TextDecoder().decode(d)));
    const pid = m.spawn(['/bin/sh', '-c', '/usr/bin/tool one; echo status $?'], { terminal: t });
    expect(m.runUntil(() => m.exitStatus(pid) !== null, { maxVirtualMs: 100 })).toBe(false);
    expect(files.fetched).toBeGreaterThan(0);
    expect(out).toBe('');
    placeholder.set(text);
    files.come();
    expect(m.runUntil(() => m.exitStatus(pid) !== null, { maxVirtualMs: 100 })).toBe(true);
    expect(out).toBe('+ echo tool ran one\r\ntool ran one\r\nstatus 0\r\n');
  });

  it('a failed fetch fails the open with EIO', () => {
    const { run, files } = setup();
    const a = run('/usr/lib/perl5/Late.pm');
    expect(a.exited()).toBe(false);
    files.error = 'offline';
    expect(a.exited()).toBe(true);
    expect(a.out()).toBe(`errno ${EIO}\r\n`);
  });

  it('a FilesOnDemand set: placeholders at boot, its texts fetched by the first open', async () => {
    let fetches = 0;
    const set = new FilesOnDemand('the test pages', { '/usr/share/man/man1/x.1': 4 }, async () => {
      fetches++;
      return { '/usr/share/man/man1/x.1': 'man\n' };
    });
    const m = new Machine({ seed: 1 });
    for (const [p, data] of Object.entries(set.files())) m.writeFile(p, data);
    m.installProgram('/bin/rd', gateProgram(rd));
    holdFiles(set, [inodeNumber(m, '/usr/share/man/man1/x.1')!]);
    const t = m.openTerminal({ rows: 24, cols: 80 });
    let out = '';
    t.onOutput((d) => (out += new TextDecoder().decode(d)));
    const pid = m.spawn(['/bin/rd', '/usr/share/man/man1/x.1'], { terminal: t });
    expect(m.runUntil(() => m.exitStatus(pid) !== null, { maxVirtualMs: 50 })).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(m.runUntil(() => m.exitStatus(pid) !== null)).toBe(true);
    expect(out).toBe('man\r\n');
    expect(fetches).toBe(1);
    expect(new TextDecoder().decode(set.files()['/usr/share/man/man1/x.1'])).toBe('man\n');
  });

  it('copying a tree out waits for a placeholder in it (a hard link into the home)', async () => {
    const set = new FilesOnDemand('the test modules', { '/usr/lib/perl5/Linked.pm': 3 }, () => Promise.resolve({ '/usr/lib/perl5/Linked.pm': 'ok\n' }));
    const m = new Machine({ seed: 1 });
    for (const [p, data] of Object.entries(set.files())) m.writeFile(p, data);
    m.mkdir('/home/user/d');
    m.writeFile('/home/user/d/own.txt', 'mine\n');
    holdFiles(set, [inodeNumber(m, '/usr/lib/perl5/Linked.pm')!]);
    const root = { pid: 0, pgid: 0, sid: 0, uid: 0, euid: 0, gid: 0, egid: 0, groups: [] as number[], ignoresOrBlocks: () => false };
    const file = m.kernel.vfs.resolve('/', '/usr/lib/perl5/Linked.pm', root, true);
    const dir = m.kernel.vfs.resolve('/', '/home/user/d', root, true);
    if (typeof file === 'number' || typeof dir === 'number') throw new Error('no such file');
    m.kernel.vfs.link(dir.inode, 'linked.pm', file.inode);
    const tree = exportTree(m, '/home/user/d');
    expect(tree).toBeInstanceOf(Promise);
    const text = (await tree).map((e) => [e.path, new TextDecoder().decode(e.data)]);
    expect(text).toEqual([['own.txt', 'mine\n'], ['linked.pm', 'ok\n']]);
  });
});
