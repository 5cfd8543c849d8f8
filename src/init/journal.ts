/**
 * The journal kept by the service manager, and the time formats systemd
 * prints: journal lines ("Jan 01 00:00:05 linux systemd[1]: ..."), status
 * timestamps ("Thu 2026-01-01 00:00:05 UTC") and relative ages ("3s ago").
 */
export interface Entry {
  /** Wall-clock milliseconds. */
  ms: number;
  unit?: string;
  ident: string;
  pid: number;
  msg: string;
  /** The manager's turn that logged it: the journal's receive order (see Manager.turn). */
  turn: number;
  /** 1, 2, 3...: the entry's place in the journal (a cursor). */
  seq: number;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => String(n).padStart(2, '0');

export function syslogTime(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

/** "Jan  1 00:00:05": the classic syslog file layout (day space-padded). */
export function syslogFileTime(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

export function statusTime(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ` +
    `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} UTC`;
}

const US = { ms: 1e3, s: 1e6, min: 60e6, h: 3600e6, day: 86400e6, week: 7 * 86400e6, month: 2629800e6, year: 31557600e6 };

/**
 * systemd's relative time (format_timestamp_relative): "now", "345ms ago",
 * "5s ago", "1min 3s ago", "7min ago", "2h 1min ago", "3 days ago".
 */
export function relative(deltaMs: number): string {
  const d = Math.floor(Math.abs(deltaMs) * 1000);
  const sfx = deltaMs >= 0 ? 'ago' : 'left';
  const q = (a: number, b: number): number => Math.floor(a / b);
  if (d >= US.year) return `${q(d, US.year)} years ${q(d % US.year, US.month)} months ${sfx}`;
  if (d >= US.month) return `${q(d, US.month)} months ${q(d % US.month, US.day)} days ${sfx}`;
  if (d >= US.week) return `${q(d, US.week)} weeks ${q(d % US.week, US.day)} days ${sfx}`;
  if (d >= 2 * US.day) return `${q(d, US.day)} days ${sfx}`;
  if (d >= 25 * US.h) return `1 day ${q(d - US.day, US.h)}h ${sfx}`;
  if (d >= 6 * US.h) return `${q(d, US.h)}h ${sfx}`;
  if (d >= US.h) return `${q(d, US.h)}h ${q(d % US.h, US.min)}min ${sfx}`;
  if (d >= 5 * US.min) return `${q(d, US.min)}min ${sfx}`;
  if (d >= US.min) return `${q(d, US.min)}min ${q(d % US.min, US.s)}s ${sfx}`;
  if (d >= US.s) return `${q(d, US.s)}s ${sfx}`;
  if (d >= US.ms) return `${q(d, US.ms)}ms ${sfx}`;
  return d > 0 ? `${d}us ${sfx}` : 'now';
}

const SPANS: Array<[string, number]> = [
  ['y', US.year], ['month', US.month], ['w', US.week], ['d', US.day], ['h', US.h], ['min', US.min], ['s', US.s], ['ms', US.ms], ['us', 1],
];

/**
 * systemd's format_timespan: `us` microseconds shown to `accuracyUs`
 * ("105us", "23ms", "1.234s", "1min 3.500s"); "0" for nothing.
 */
export function timespan(us: number, accuracyUs: number): string {
  let t = Math.floor(us);
  if (t <= 0) return '0';
  const out: string[] = [];
  for (const [suffix, unit] of SPANS) {
    if (t <= 0) break;
    if (t < accuracyUs && out.length) break;
    if (t < unit) continue;
    const a = Math.floor(t / unit);
    let b = t % unit;
    if (t < US.min && b > 0) {
      let j = 0;
      for (let c = unit; c > 1; c = Math.floor(c / 10)) j++;
      for (let c = accuracyUs; c > 1; c = Math.floor(c / 10)) (b = Math.floor(b / 10), j--);
      if (j > 0) {
        out.push(`${a}.${String(b).padStart(j, '0')}${suffix}`);
        t = 0;
        continue;
      }
    }
    out.push(`${a}${suffix}`);
    t = b;
  }
  return out.join(' ');
}

/** systemd's format_bytes (IEC, one decimal): "2.0M", "512.0K", "900B"-less "900". */
export function bytes(n: number): string {
  const units: Array<[string, number]> = [['E', 2 ** 60], ['P', 2 ** 50], ['T', 2 ** 40], ['G', 2 ** 30], ['M', 2 ** 20], ['K', 1024]];
  for (let i = 0; i < units.length; i++) {
    const [sfx, f] = units[i]!;
    if (n < f) continue;
    const tenth = i < units.length - 1
      ? Math.floor(Math.floor(n / units[i + 1]![1]) * 10 / 1024) % 10
      : Math.floor(n * 10 / f) % 10;
    return `${Math.floor(n / f)}.${tenth}${sfx}`;
  }
  return String(n);
}

export function formatEntry(e: Entry, host: string): string {
  return `${syslogTime(e.ms)} ${host} ${e.ident}[${e.pid}]: ${e.msg}`;
}
