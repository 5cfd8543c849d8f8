/** Calendar arithmetic and strftime(3) for the C locale, in UTC (the machine's TZ). */

export interface Tm { year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number }

export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Break epoch seconds into UTC fields (gmtime). */
export function gmtime(t: number): Tm {
  const d = new Date(Math.floor(t) * 1000);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    year: d.getUTCFullYear(), mon: d.getUTCMonth(), mday: d.getUTCDate(), hour: d.getUTCHours(),
    min: d.getUTCMinutes(), sec: d.getUTCSeconds(), wday: d.getUTCDay(), yday: Math.floor((d.getTime() - start) / 86400000),
  };
}

/** Epoch seconds of UTC fields (timegm); months and days may overflow. */
export function timegm(year: number, mon: number, mday: number, hour = 0, min = 0, sec = 0): number {
  return Date.UTC(year, mon, mday, hour, min, sec) / 1000;
}

const p2 = (n: number, pad = '0'): string => String(n).padStart(2, pad);

function isoWeek(tm: Tm): [number, number] {
  const wd = (tm.wday + 6) % 7;
  const thursday = timegm(tm.year, tm.mon, tm.mday - wd + 3);
  const ty = gmtime(thursday).year;
  const week = Math.floor((gmtime(thursday).yday) / 7) + 1;
  return [ty, week];
}

/** strftime with GNU date's extensions (%N, %-d, %_d, %0e, %:z). `ns` is the sub-second part. */
export function strftime(fmt: string, t: number, ns = 0, zone = 'UTC'): string {
  const tm = gmtime(t);
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== '%' || i + 1 >= fmt.length) { out += c; continue; }
    let flag = '';
    let j = i + 1;
    if ('-_0^#'.includes(fmt[j]!)) flag = fmt[j++]!;
    let width = '';
    while (/\d/.test(fmt[j] ?? '')) width += fmt[j++];
    let colon = '';
    while (fmt[j] === ':') { colon += ':'; j++; }
    const conv = fmt[j];
    if (conv === undefined) { out += fmt.slice(i); break; }
    i = j;
    let v = field(conv, tm, t, ns, zone, colon);
    if (v === null) { out += fmt.slice(i - (j - i) - 1, i + 1); continue; }
    const numeric = /^-?\d+$/.test(v) && !'sz'.includes(conv);
    if (flag === '-' && numeric) v = String(Number(v));
    else if (flag === '_' && numeric) v = v.replace(/^0+(?=\d)/, (z) => ' '.repeat(z.length));
    else if (flag === '0' && conv === 'e') v = v.replace(' ', '0');
    else if (flag === '^') v = v.toUpperCase();
    if (width !== '') v = v.padStart(Number(width), numeric || flag === '0' ? (flag === '_' ? ' ' : '0') : ' ');
    out += v;
  }
  return out;
}

function field(c: string, tm: Tm, t: number, ns: number, zone: string, colon: string): string | null {
  switch (c) {
    case 'Y': return String(tm.year);
    case 'C': return p2(Math.floor(tm.year / 100));
    case 'y': return p2(tm.year % 100);
    case 'm': return p2(tm.mon + 1);
    case 'd': return p2(tm.mday);
    case 'e': return p2(tm.mday, ' ');
    case 'H': return p2(tm.hour);
    case 'k': return p2(tm.hour, ' ');
    case 'I': return p2(tm.hour % 12 || 12);
    case 'l': return p2(tm.hour % 12 || 12, ' ');
    case 'M': return p2(tm.min);
    case 'S': return p2(tm.sec);
    case 'N': return String(ns).padStart(9, '0');
    case 'p': return tm.hour < 12 ? 'AM' : 'PM';
    case 'P': return tm.hour < 12 ? 'am' : 'pm';
    case 'a': return DAYS[tm.wday]!.slice(0, 3);
    case 'A': return DAYS[tm.wday]!;
    case 'b': case 'h': return MONTHS[tm.mon]!.slice(0, 3);
    case 'B': return MONTHS[tm.mon]!;
    case 'j': return String(tm.yday + 1).padStart(3, '0');
    case 'u': return String(tm.wday || 7);
    case 'w': return String(tm.wday);
    case 'U': return p2(Math.floor((tm.yday + 7 - tm.wday) / 7));
    case 'W': return p2(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7));
    case 'V': return p2(isoWeek(tm)[1]);
    case 'G': return String(isoWeek(tm)[0]);
    case 's': return String(Math.floor(t));
    case 'z': return colon === ':' ? '+00:00' : colon === '::' ? '+00:00:00' : '+0000';
    case 'Z': return zone;
    case 'n': return '\n';
    case 't': return '\t';
    case '%': return '%';
    case 'T': return strftime('%H:%M:%S', t);
    case 'R': return strftime('%H:%M', t);
    case 'D': return strftime('%m/%d/%y', t);
    case 'F': return strftime('%Y-%m-%d', t);
    case 'c': return strftime('%a %b %e %H:%M:%S %Y', t);
    case 'x': return strftime('%m/%d/%y', t);
    case 'X': return strftime('%H:%M:%S', t);
    case 'r': return strftime('%I:%M:%S %p', t);
    default: return null;
  }
}

/**
 * Parse the date strings `date -d` and `touch -d` commonly get: "@EPOCH",
 * "YYYY-MM-DD[ HH:MM[:SS]]", "YYYY-MM-DDTHH:MM:SS[Z]", "now", "today",
 * "yesterday", "tomorrow", "N units ago", "+N units", "next/last WEEKDAY" (not all of GNU's grammar).
 * Returns epoch seconds or null.
 */
export function parseDate(s: string, now: number): number | null {
  let t = s.trim().toLowerCase();
  if (t === '' || t === 'now') return now;
  if (t === 'today') return now;
  const epoch = /^@(-?\d+(\.\d+)?)$/.exec(t);
  if (epoch) return Number(epoch[1]);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?/.exec(t);
  let base = now;
  if (iso) {
    base = timegm(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0));
    const z = iso[7];
    if (z && /^[+-]/.test(z)) {
      const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z)!;
      base -= (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60);
    }
    t = t.slice(iso[0].length).trim();
  } else {
    const hm = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(t);
    if (hm) {
      const tm = gmtime(now);
      base = timegm(tm.year, tm.mon, tm.mday, Number(hm[1]), Number(hm[2]), Number(hm[3] ?? 0));
      t = t.slice(hm[0].length).trim();
    }
  }
  if (t === 'yesterday') return base - 86400;
  if (t === 'tomorrow') return base + 86400;
  const units: Record<string, number> = { sec: 1, second: 1, min: 60, minute: 60, hour: 3600, day: 86400, week: 604800, fortnight: 1209600 };
  const rel = /^([+-]?\d+)?\s*(sec|second|min|minute|hour|day|week|fortnight|month|year)s?(\s+ago)?$/;
  while (t !== '') {
    const parts = /^(\S+\s*\S*(\s+ago)?)/.exec(t);
    const m = rel.exec(t);
    if (!m || !parts) return null;
    const n = Number(m[1] ?? 1) * (m[3] ? -1 : 1);
    if (m[2] === 'month' || m[2] === 'year') {
      const tm = gmtime(base);
      base = timegm(tm.year + (m[2] === 'year' ? n : 0), tm.mon + (m[2] === 'month' ? n : 0), tm.mday, tm.hour, tm.min, tm.sec);
    } else base += n * units[m[2]!]!;
    t = '';
  }
  return base;
}
