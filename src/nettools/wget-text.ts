/**
 * GNU Wget 1.21's numbers as it prints them: the dot progress (the default
 * when stderr is not a terminal), the bar's final state (on a terminal),
 * rates, sizes and durations (wget's progress.c, retr.c and utils.c).
 */

/** print_decimal: 9.95 and up whole, 0.95 and up one decimal, then one significant digit. */
export function printDecimal(n: number): string {
  const a = Math.abs(n);
  if (a >= 9.95) return n.toFixed(0);
  if (a >= 0.95) return n.toFixed(1);
  if (a >= 0.001) return Number(n.toPrecision(1)).toString();
  if (a >= 0.0005) return n.toFixed(3);
  return '0';
}

/** human_readable(n, 10, 1): "76K", "1.2M"; below 1024 the plain number. */
export function humanSize(n: number): string {
  if (n < 1024) return String(n);
  const units = ['K', 'M', 'G', 'T', 'P', 'E'];
  let v = n;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return v < 10 ? `${(Math.floor(v * 10) / 10).toFixed(1)}${units[u]}` : `${Math.floor(v)}${units[u]}`;
}

/** calc_rate: bytes per second scaled by 1024s, with the unit's index. */
function calcRate(bytes: number, secs: number): [number, number] {
  const s = secs > 0 ? secs : 0.0000005;
  let r = bytes / s;
  let u = 0;
  while (r >= 1024 && u < 4) {
    r /= 1024;
    u++;
  }
  return [r, u];
}

const prec = (r: number): number => (r >= 99.95 ? 0 : r >= 9.995 ? 1 : 2);

/** retr_rate: "2.78 MB/s". */
export function retrRate(bytes: number, secs: number): string {
  const [r, u] = calcRate(bytes, secs);
  return `${r.toFixed(prec(r))} ${['B/s', 'KB/s', 'MB/s', 'GB/s', 'TB/s'][u]}`;
}

/** eta_to_human_short, condensed: "7s", "3m20s", "2h5m", "3d4h". */
export function etaShort(secs: number): string {
  const s = Math.max(0, Math.floor(secs));
  if (s < 100) return `${s}s`;
  if (s < 6000) return `${Math.floor(s / 60)}m${s % 60}s`;
  if (s < 48 * 3600) return `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m`;
  if (s < 100 * 86400) return `${Math.floor(s / 86400)}d${Math.floor((s % 86400) / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}

/** secs_to_human_time: "1m 5s", or print_decimal seconds under a minute. */
export function humanTime(interval: number): string {
  let s = Math.floor(interval + 0.5);
  const d = Math.floor(s / 86400);
  s %= 86400;
  const h = Math.floor(s / 3600);
  s %= 3600;
  const m = Math.floor(s / 60);
  s %= 60;
  if (d) return `${d}d ${h}h ${m}m ${s}s`;
  if (h) return `${h}h ${m}m ${s}s`;
  if (m) return `${m}m ${s}s`;
  return `${printDecimal(interval)}s`;
}

const DOT_BYTES = 1024;
const DOTS_IN_LINE = 50;
const DOT_SPACING = 10;
const ROW_BYTES = DOT_BYTES * DOTS_IN_LINE;

/** The rate column of a dot row: " 326M" (unit ' ' for bytes). */
function rowRate(bytes: number, secs: number): string {
  const [r, u] = calcRate(bytes, secs);
  return ` ${r.toFixed(prec(r)).padStart(4)}${' KMGT'[u]}`;
}

/**
 * The dot progress of a download of `got` bytes (of `total`, null when the
 * length is unknown, counting `start` bytes already on disk) that took `secs`.
 * Starts at the first row and ends with the blank line before the summary.
 */
export function dotProgress(got: number, total: number | null, start: number, secs: number): string {
  let out = '';
  const full = Math.floor(got / ROW_BYTES);
  const perByte = got > 0 ? secs / got : 0;
  const pct = (shown: number): string => (total ? `${String(Math.floor((100 * (start + shown)) / total)).padStart(3)}%` : '');
  for (let row = 0; row <= full; row++) {
    const last = row === full;
    const rowBytes = last ? got - full * ROW_BYTES : ROW_BYTES;
    const dots = Math.floor(rowBytes / DOT_BYTES);
    out += `${String(Math.floor((start + row * ROW_BYTES) / 1024)).padStart(6)}K`;
    for (let i = 0; i < DOTS_IN_LINE; i++) {
      if (i % DOT_SPACING === 0) out += ' ';
      out += i < dots ? '.' : ' ';
    }
    const shown = last ? got : (row + 1) * ROW_BYTES;
    out += pct(shown) + rowRate(rowBytes, rowBytes * perByte);
    if (last) out += `=${secs >= 10 ? etaShort(secs + 0.5) : `${printDecimal(secs)}s`}`;
    else {
      const left = total ? ((total - start - shown) * secs) / Math.max(1, shown) : 0;
      out += ` ${etaShort(left + 0.5)}`;
    }
    out += '\n';
  }
  return out + '\n';
}

/**
 * The bar progress as a terminal is left with at the end: the name, 100%,
 * the bar, the size, the speed and the time taken, `cols` columns wide.
 */
export function barFinal(name: string, got: number, total: number | null, secs: number, cols: number): string {
  const width = Math.max(45, Math.min(cols, 200)) - 1;
  const nameW = Math.floor((width + 1) / 4);
  const label = (name.length > nameW - 1 ? name.slice(0, nameW - 1) : name).padEnd(nameW);
  const size = barSize(got).padStart(8);
  const [r, u] = calcRate(got, secs);
  const speed = secs <= 0 ? '  --.-KB/s' : `  ${r.toFixed(prec(r)).padStart(4)}${['B/s', 'KB/s', 'MB/s', 'GB/s', 'TB/s'][u]}`;
  const tail = `    in ${secs >= 10 ? etaShort(secs + 0.5) : `${printDecimal(secs)}s`}`.padEnd(15);
  const barW = Math.max(5, width - (label.length + 4 + 2 + size.length + speed.length + tail.length));
  const bar = total === null ? `${' '.repeat(barW - 3)}<=>` : `${'='.repeat(barW - 1)}>`;
  const pct = total === null ? '    ' : '100%';
  return `\r${label}${pct}[${bar}]${size}${speed}${tail}\n`;
}

/** The bar's size column: bytes, then K/M/G with two decimals. */
function barSize(n: number): string {
  if (n < 1024) return String(n);
  let v = n;
  let u = -1;
  while (v >= 1024 && u < 3) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(2)}${'KMGT'[u]}`;
}
