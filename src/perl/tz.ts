/**
 * Local time from a POSIX TZ string (XBD 8.3 "Other Environment Variables",
 * TZ): `std offset [dst [offset] [,start[/time],end[/time]]]`, e.g. `EST5`,
 * `<+0530>-5:30`, `CET-1CEST,M3.5.0,M10.5.0/3`. The machine has no zone
 * database: a zone name (`Europe/Paris`, `:UTC`) or anything unparsable is
 * UTC, as glibc does for a zone file it cannot find.
 */
import type { Vm } from './vm.ts';
import { gvHv } from './symbols.ts';
import { valStr } from './scalar.ts';

/** The program's TZ: $ENV{TZ} as it is now (undefined when unset). */
export function programTz(vm: Vm): string | undefined {
  const tz = gvHv(vm, 'main::ENV').h.get('TZ');
  return tz === undefined ? undefined : valStr(vm, tz.v);
}

/** A parsed TZ: offsets are seconds west of Greenwich (POSIX sign). */
interface Zone { std: number; dst: number | null; start: Rule | null; end: Rule | null; stdName: string; dstName: string }
interface Rule { kind: 'J' | 'n' | 'M'; a: number; b: number; c: number; time: number }

/** What localtime needs for one instant: seconds east of Greenwich, the DST flag, the zone's abbreviation. */
export interface LocalInfo { offset: number; isdst: 0 | 1; name: string }

const UTC: LocalInfo = { offset: 0, isdst: 0, name: 'UTC' };

class Reader {
  i = 0;
  constructor(readonly s: string) {}
  name(): string | null {
    if (this.s[this.i] === '<') { const e = this.s.indexOf('>', this.i); if (e < 0) return null; const n = this.s.slice(this.i + 1, e); this.i = e + 1; return n; }
    const m = /^[A-Za-z]{3,}/.exec(this.s.slice(this.i));
    if (!m) return null;
    this.i += m[0].length;
    return m[0];
  }
  /** [+-]hh[:mm[:ss]] in seconds, or null. */
  time(): number | null {
    const m = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/.exec(this.s.slice(this.i));
    if (!m) return null;
    this.i += m[0].length;
    const v = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    return m[1] === '-' ? -v : v;
  }
  rule(): Rule | null {
    const m = /^(?:M(\d{1,2})\.(\d)\.(\d)|J(\d{1,3})|(\d{1,3}))/.exec(this.s.slice(this.i));
    if (!m) return null;
    this.i += m[0].length;
    let time = 7200;
    if (this.s[this.i] === '/') { this.i++; const t = this.time(); if (t === null) return null; time = t; }
    if (m[1] !== undefined) return { kind: 'M', a: Number(m[1]), b: Number(m[2]), c: Number(m[3]), time };
    return m[4] !== undefined ? { kind: 'J', a: Number(m[4]), b: 0, c: 0, time } : { kind: 'n', a: Number(m[5]), b: 0, c: 0, time };
  }
}

/** Parse a TZ value; null means UTC. */
function parseZone(tz: string): Zone | null {
  if (tz === '' || tz.startsWith(':') || tz.split(',')[0]!.includes('/')) return null;
  const r = new Reader(tz);
  const stdName = r.name();
  if (stdName === null) return null;
  const std = r.time();
  if (std === null) return null;
  if (r.i === tz.length) return { std, dst: null, start: null, end: null, stdName, dstName: stdName };
  const dstName = r.name();
  if (dstName === null) return null;
  let dst = std - 3600;
  if (r.i < tz.length && tz[r.i] !== ',') { const d = r.time(); if (d === null) return null; dst = d; }
  // Without rules glibc takes the US rules of its posixrules file.
  if (r.i === tz.length) return { std, dst, stdName, dstName, start: { kind: 'M', a: 3, b: 2, c: 0, time: 7200 }, end: { kind: 'M', a: 11, b: 1, c: 0, time: 7200 } };
  if (tz[r.i++] !== ',') return null;
  const start = r.rule();
  if (!start || tz[r.i++] !== ',') return null;
  const end = r.rule();
  if (!end || r.i !== tz.length) return null;
  return { std, dst, start, end, stdName, dstName };
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dayStart = (y: number, mon: number, mday: number): number => Date.UTC(y, mon, mday) / 1000;

/** Seconds since the epoch (as if UTC) of the day a rule names in year `y`. */
function ruleDay(y: number, r: Rule): number {
  if (r.kind === 'J') return dayStart(y, 0, r.a + (isLeap(y) && r.a > 59 ? 1 : 0));
  if (r.kind === 'n') return dayStart(y, 0, r.a + 1);
  const first = new Date(dayStart(y, r.a - 1, 1) * 1000).getUTCDay();
  let mday = 1 + ((r.c - first + 7) % 7) + (r.b - 1) * 7;
  const len = new Date(Date.UTC(y, r.a, 0)).getUTCDate();
  while (mday > len) mday -= 7;
  return dayStart(y, r.a - 1, mday);
}

/** Offset east of Greenwich and the DST flag at epoch second `t` under TZ value `tz`. */
export function localInfo(tz: string | undefined, t: number): LocalInfo {
  const z = parseZone(tz ?? 'UTC');
  if (!z) return UTC;
  if (z.dst === null || !z.start || !z.end) return { offset: -z.std, isdst: 0, name: z.stdName };
  const y = new Date((t - z.std) * 1000).getUTCFullYear();
  // Start is given in standard time, end in daylight time; both as UTC instants.
  const start = ruleDay(y, z.start) + z.start.time + z.std;
  const end = ruleDay(y, z.end) + z.end.time + z.dst;
  const inDst = start < end ? t >= start && t < end : t >= start || t < end;
  return inDst ? { offset: -z.dst, isdst: 1, name: z.dstName } : { offset: -z.std, isdst: 0, name: z.stdName };
}

/** mktime(3): the epoch second of local calendar fields (months and days may overflow) under TZ value `tz`. */
export function localToEpoch(tz: string | undefined, year: number, mon: number, mday: number, hour: number, min: number, sec: number): number {
  const asUtc = Date.UTC(year, mon, mday, hour, min, sec) / 1000;
  const guess = asUtc - localInfo(tz, asUtc).offset;
  return asUtc - localInfo(tz, guess).offset;
}
