/**
 * bash's network redirections (bash(1) REDIRECTION; netopen.c): a target
 * /dev/tcp/HOST/PORT or /dev/udp/HOST/PORT is not a file but a socket
 * connected to HOST:PORT, whatever the redirection operator. A refused
 * connect prints "NAME: connect: REASON" (no line number: sys_error) before
 * the redirection's own error; a lookup that fails prints getaddrinfo's
 * reason and the redirection fails with EINVAL.
 */
import { EINVAL, strerror } from '../abi/errno.ts';
import { O_CLOEXEC, O_RDONLY } from '../abi/fcntl.ts';
import { AF_INET, SOCK_DGRAM, SOCK_STREAM } from '../abi/socket.ts';
import type { Gen } from '../programs/runtime.ts';
import type { Shell } from './shell.ts';

const NET_PATH = /^\/dev\/(tcp|udp)\/([^/]+)\/([^/]+)$/;

/** True when `path` names one of bash's network redirections. */
export function isNetPath(path: string): boolean {
  return NET_PATH.test(path);
}

/**
 * Open a socket for `path` (checked by isNetPath) and connect it: the fd,
 * or -errno after printing bash's own message where bash prints one.
 * May block (the TCP handshake).
 */
export function* openNetPath(sh: Shell, path: string): Gen<number> {
  const [, proto, host, serv] = NET_PATH.exec(path)!;
  const addr = yield* hostAddr(sh, host!);
  if (addr === null) {
    yield* sh.error(`${host}: Name or service not known`);
    return -EINVAL;
  }
  const port = yield* servPort(sh, serv!, proto!);
  if (port === null) {
    yield* sh.error(`${serv}: Servname not supported for ai_socktype`);
    return -EINVAL;
  }
  const fd = sh.sys.socket(AF_INET, proto === 'tcp' ? SOCK_STREAM : SOCK_DGRAM, 0);
  if (fd < 0) {
    yield* sysError(sh, 'socket', fd);
    return fd;
  }
  const r = yield* sh.call(() => sh.sys.connect(fd, { family: 'inet', addr, port }));
  if (r < 0) {
    yield* sysError(sh, 'connect', r);
    sh.sys.close(fd);
    return r;
  }
  return fd;
}

/** bash's sys_error: "NAME: WHAT: REASON", without a line number. */
function* sysError(sh: Shell, what: string, err: number): Gen<void> {
  yield* sh.write(2, `${sh.progName}: ${what}: ${strerror(err)}\n`);
}

/** A dotted quad, else the resolver (/etc/hosts, then DNS), as bash's getaddrinfo call. */
function* hostAddr(sh: Shell, host: string): Gen<string | null> {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) && host.split('.').every((o) => Number(o) <= 255)) return host;
  const r = yield* sh.call(() => sh.sys.resolve(host));
  return typeof r === 'number' || r.length === 0 ? null : r[0]!;
}

/** A port number, or a service name from /etc/services for the protocol (getservbyname). */
function* servPort(sh: Shell, serv: string, proto: string): Gen<number | null> {
  if (/^\d+$/.test(serv)) return Number(serv) % 65536; // getaddrinfo keeps the low 16 bits
  const fd = yield* sh.call(() => sh.sys.open('/etc/services', O_RDONLY | O_CLOEXEC));
  if (fd < 0) return null;
  const text = yield* sh.readAll(fd);
  sh.sys.close(fd);
  for (const line of text.split('\n')) {
    const f = line.replace(/#.*/, '').trim().split(/\s+/);
    const m = f.length >= 2 ? /^(\d+)\/(\w+)$/.exec(f[1]!) : null;
    if (m && m[2] === proto && (f[0] === serv || f.slice(2).includes(serv))) return Number(m[1]);
  }
  return null;
}
