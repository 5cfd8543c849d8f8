/** A standard machine with the simulated internet and the network tools, for tests. */
import { Machine } from '../kernel/machine.ts';
import { httpd } from '../hosts/httpd.ts';
import { GROUP, PASSWD } from '../system/etc.ts';
import { installInternet } from '../net/hosts/index.ts';
import { files, programs } from './index.ts';

export interface Run {
  out: string;
  err: string;
  code: number;
}

const HOSTS = '127.0.0.1\tlocalhost\n127.0.1.1\tlinux\n::1\t\tlocalhost ip6-localhost ip6-loopback\n';
const SERVICES = 'echo\t\t7/tcp\necho\t\t7/udp\nssh\t\t22/tcp\ndomain\t\t53/tcp\ndomain\t\t53/udp\nhttp\t\t80/tcp\t\twww\nhttps\t\t443/tcp\nhttp-alt\t8080/tcp\n';

/**
 * A machine with /etc, the simulated internet, the network tools, and the
 * web server on port 80 (started as root, as at boot).
 */
export function netMachine(seed = 1, opts: { httpd?: boolean } = {}): Machine {
  const m = new Machine({ seed });
  for (const d of ['/etc', '/usr/bin', '/usr/sbin', '/bin', '/var/www/html', '/root']) m.mkdir(d);
  m.mkdir('/home/user', { uid: 1000 });
  m.writeFile('/etc/passwd', PASSWD);
  m.writeFile('/etc/group', GROUP);
  m.writeFile('/etc/hosts', HOSTS);
  m.writeFile('/etc/services', SERVICES);
  m.writeFile('/var/www/html/index.html', '<h1>It works!</h1>\n');
  m.installProgram('/usr/sbin/httpd', httpd);
  if (opts.httpd !== false) m.spawn(['/usr/sbin/httpd'], { uid: 0 });
  installInternet(m.net);
  for (const [p, prog] of Object.entries(programs())) m.installProgram(p, prog);
  for (const [p, data] of Object.entries(files())) m.writeFile(p, data);
  m.runUntil(() => !m.kernel.hasRunnable(), { maxVirtualMs: 1000 });
  return m;
}

/** Run argv to completion on `m` (pipes for stdio), returning stdout, stderr and the exit code. */
export function run(m: Machine, argv: string[], opts: { uid?: number; stdin?: string; maxVirtualMs?: number } = {}): Run {
  return finish(m, start(m, argv, opts), opts.maxVirtualMs);
}

interface Started {
  pid: number;
  io: { out: string; err: string };
}

/** Start argv in the background; `finish` waits for it. */
export function start(m: Machine, argv: string[], opts: { uid?: number; stdin?: string } = {}): Started {
  const io = { out: '', err: '' };
  const dec = new TextDecoder();
  const pid = m.spawn(argv, {
    uid: opts.uid ?? 1000,
    env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin', HOME: '/home/user' },
    stdin: opts.stdin !== undefined ? new TextEncoder().encode(opts.stdin) : undefined,
    stdout: (d) => (io.out += dec.decode(d)),
    stderr: (d) => (io.err += dec.decode(d)),
  });
  return { pid, io };
}

/** Run until the started process exits (or `maxVirtualMs` passes: code -1). */
export function finish(m: Machine, s: Started, maxVirtualMs = 600_000): Run {
  m.runUntil(() => m.exitStatus(s.pid) !== null, { maxVirtualMs });
  const st = m.exitStatus(s.pid);
  return { out: s.io.out, err: s.io.err, code: st === null ? -1 : st & 0x7f ? 128 + (st & 0x7f) : st >> 8 };
}
