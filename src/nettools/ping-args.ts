/**
 * ping's command line (iputils 20221126): getopt with the same option
 * string, strtol_or_err and ping_strtod messages, the usage text, and C's
 * %g for the packet-loss figure.
 */

export interface PingOpts {
  target: string;
  /** -c: stop after this many replies (0: never). */
  count: number;
  /** -i, in ms (default 1000). */
  intervalMs: number;
  /** -W, in ms: how long to wait after the last probe when nothing came back (default 10 s). */
  lingerMs: number;
  /** -w, in seconds (0: none). */
  deadline: number;
  /** -s: data bytes after the 8-byte ICMP header (default 56). */
  size: number;
  quiet: boolean;
  numeric: boolean;
  /** -D: prefix each reply with the Unix time. */
  timestamps: boolean;
  /** ping_strtod's complaints, printed before anything else. */
  warnings: string[];
}

/** An early exit: help, version or an argument error. */
export interface PingExit {
  status: number;
  stdout?: string;
  stderr?: string;
}

const WITH_ARG = new Set('ceFiIlmMNpQsStTwW');
const FLAGS = new Set('46aAbBCdDfhLnOqrRUvV');
/** Options that would change what goes on the wire in ways this machine does not model. */
const UNSUPPORTED = new Set('AbBCefFIlLmMNpQrRSTU');

export const pingUsage = `
Usage
  ping [options] <destination>

Options:
  <destination>      dns name or ip address
  -a                 use audible ping
  -A                 use adaptive ping
  -B                 sticky source address
  -c <count>         stop after <count> replies
  -C                 call connect() syscall on socket creation
  -D                 print timestamps
  -d                 use SO_DEBUG socket option
  -e <identifier>    define identifier for ping session, default is random for
                     SOCK_RAW and kernel defined for SOCK_DGRAM
                     Imply using SOCK_RAW (for IPv4 only for identifier 0)
  -f                 flood ping
  -h                 print help and exit
  -I <interface>     either interface name or address
  -i <interval>      seconds between sending each packet
  -L                 suppress loopback of multicast packets
  -l <preload>       send <preload> number of packages while waiting replies
  -m <mark>          tag the packets going out
  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>
  -n                 no dns name resolution
  -O                 report outstanding replies
  -p <pattern>       contents of padding byte
  -q                 quiet output
  -Q <tclass>        use quality of service <tclass> bits
  -s <size>          use <size> as number of data bytes to be sent
  -S <size>          use <size> as SO_SNDBUF socket option value
  -t <ttl>           define time to live
  -U                 print user-to-user latency
  -v                 verbose output
  -V                 print version and exit
  -w <deadline>      reply wait <deadline> in seconds
  -W <timeout>       time to wait for response

IPv4 options:
  -4                 use IPv4
  -b                 allow pinging broadcast
  -R                 record route
  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>

IPv6 options:
  -6                 use IPv6
  -F <flowlabel>     define flow label, default is random
  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument

For more details see ping(8).
`;

const VERSION = 'ping from iputils 20221126\nlibcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n';

/** C's printf("%g", x) for finite x. */
export function fmtG(x: number): string {
  if (x === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(x)));
  if (exp < -4 || exp >= 6) {
    const [m, e] = x.toExponential(5).split('e');
    const mant = m!.includes('.') ? m!.replace(/0+$/, '').replace(/\.$/, '') : m!;
    const en = Number(e);
    return `${mant}e${en < 0 ? '-' : '+'}${String(Math.abs(en)).padStart(2, '0')}`;
  }
  const s = x.toFixed(Math.max(0, 5 - exp));
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** strtol_or_err: an integer in [lo, hi] or util-linux's message. */
function intArg(v: string, lo: number, hi: number, hiText = String(hi)): number | PingExit {
  if (!/^\s*[-+]?\d+$/.test(v)) return { status: 1, stderr: `ping: invalid argument: '${v}'\n` };
  const n = Number(v);
  if (n < lo || n > hi) return { status: 1, stderr: `ping: invalid argument: '${v}': out of range: ${lo} <= value <= ${hiText}\n` };
  return n;
}

/** ping_strtod: the leading number; trailing garbage is only warned about (for now, says iputils). */
function floatArg(v: string, what: string, warnings: string[]): number | PingExit {
  const m = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(v);
  if (v === '') return { status: 1, stderr: `ping: ${what}: ${v}\n` };
  const end = m ? v.slice(m[0].length) : v;
  if (end !== '') warnings.push(`ping: option argument contains garbage: ${end}\n`, 'ping: this will become fatal error in the future\n');
  return m ? Number(m[0]) : 0;
}

function applyArg(o: PingOpts, c: string, v: string): PingExit | null {
  let r: number | PingExit;
  switch (c) {
    case 'c':
      r = intArg(v, 1, Number.MAX_SAFE_INTEGER, '9223372036854775807');
      if (typeof r === 'number') o.count = r;
      break;
    case 'i':
      r = floatArg(v, 'bad timing interval', o.warnings);
      if (typeof r === 'number') o.intervalMs = Math.trunc(r * 1000);
      break;
    case 'W':
      r = floatArg(v, 'bad linger time', o.warnings);
      if (typeof r === 'number') o.lingerMs = Math.trunc(r * 1000);
      break;
    case 'w':
      r = intArg(v, 0, 2147483647);
      if (typeof r === 'number') o.deadline = r;
      break;
    case 's':
      r = intArg(v, 0, 65507);
      if (typeof r === 'number') o.size = r;
      break;
    case 't':
      r = intArg(v, 0, 255);
      break;
    default:
      return { status: 2, stderr: `ping: -${c}: not supported on this machine\n` };
  }
  return typeof r === 'number' ? null : r;
}

/** Parse argv (without argv[0]) as iputils' getopt loop does; options stop at the first operand. */
export function parsePingArgs(args: readonly string[]): PingOpts | PingExit {
  const o: PingOpts = {
    target: '', count: 0, intervalMs: 1000, lingerMs: 10000, deadline: 0, size: 56,
    quiet: false, numeric: false, timestamps: false, warnings: [],
  };
  let i = 0, v6 = false;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { i++; break; }
    if (!a.startsWith('-') || a === '-') break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (WITH_ARG.has(c)) {
        const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (v === undefined) return { status: 2, stderr: `ping: option requires an argument -- '${c}'\n${pingUsage}` };
        if (UNSUPPORTED.has(c)) return { status: 2, stderr: `ping: -${c}: not supported on this machine\n` };
        const e = applyArg(o, c, v);
        if (e) return e;
        break;
      }
      if (!FLAGS.has(c)) return { status: 2, stderr: `ping: invalid option -- '${c}'\n${pingUsage}` };
      if (c === 'h') return { status: 2, stderr: pingUsage };
      if (c === 'V') return { status: 0, stdout: VERSION };
      if (UNSUPPORTED.has(c)) return { status: 2, stderr: `ping: -${c}: not supported on this machine\n` };
      if (c === 'q') o.quiet = true;
      else if (c === 'n') o.numeric = true;
      else if (c === 'D') o.timestamps = true;
      else if (c === '6') v6 = true;
    }
  }
  const target = args[i];
  if (target === undefined) return { status: 1, stderr: 'ping: usage error: Destination address required\n' };
  if (v6) return { status: 2, stderr: `ping: ${target}: Address family for hostname not supported\n` };
  o.target = target;
  return o;
}
