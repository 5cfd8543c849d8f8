/** The network tools, by Debian install path, and the files they need. */
import type { Program } from '../abi/sys.ts';
import { CA_BUNDLE, trustStoreText } from '../net/hosts/index.ts';
import { curl } from './curl.ts';
import { nc } from './nc.ts';
import { ip } from './ip.ts';
import { ping } from './ping.ts';
import { getent, host } from './lookup.ts';
import { ss } from './ss.ts';
import { tcpdump } from './tcpdump.ts';
import { wget } from './wget.ts';

/** Map of install path to program. */
export function programs(): Record<string, Program> {
  return {
    '/usr/bin/curl': curl,
    '/usr/bin/wget': wget,
    '/usr/bin/nc.openbsd': nc,
    '/usr/bin/nc': nc,
    '/usr/bin/ss': ss,
    '/usr/bin/tcpdump': tcpdump,
    '/usr/bin/getent': getent,
    '/usr/bin/host': host,
    '/usr/bin/ping': ping,
    '/usr/bin/ip': ip,
    '/usr/sbin/ip': ip,
  };
}

/** Files the tools read: the trust store for https. */
export function files(): Record<string, string> {
  return { [CA_BUNDLE]: trustStoreText() };
}
