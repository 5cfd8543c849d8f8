/** GNU ls's multi-column layout: fill down columns, widest count that fits, tabs where they land. */

const MIN_COLUMN_WIDTH = 3;

/** Column widths for `widths` laid out vertically in `lineLength` cells (ls -C). */
export function layoutColumns(widths: number[], lineLength: number): { cols: number; rows: number; colWidths: number[] } {
  const n = widths.length;
  const maxIdx = Math.max(1, Math.floor(lineLength / MIN_COLUMN_WIDTH));
  const maxCols = Math.max(1, Math.min(maxIdx, n));
  const info = Array.from({ length: maxCols }, (_, i) => ({ valid: true, lineLen: (i + 1) * MIN_COLUMN_WIDTH, w: new Array<number>(i + 1).fill(MIN_COLUMN_WIDTH) }));
  for (let f = 0; f < n; f++) {
    for (let i = 0; i < maxCols; i++) {
      const ci = info[i]!;
      if (!ci.valid) continue;
      const cols = i + 1;
      const rows = Math.ceil(n / cols);
      const idx = Math.floor(f / rows);
      const real = widths[f]! + (idx === cols - 1 ? 0 : 2);
      if (ci.w[idx]! < real) {
        ci.lineLen += real - ci.w[idx]!;
        ci.w[idx] = real;
        ci.valid = ci.lineLen < lineLength;
      }
    }
  }
  let cols = maxCols;
  while (cols > 1 && !info[cols - 1]!.valid) cols--;
  return { cols, rows: Math.ceil(n / cols), colWidths: info[cols - 1]!.w };
}

/** GNU ls indent(): tabs (every 8) where they reach a tab stop not past `to`, else spaces. */
export function indent(from: number, to: number, tabsize = 8): string {
  let s = '';
  while (from < to) {
    if (tabsize > 0 && Math.floor(to / tabsize) > Math.floor((from + 1) / tabsize)) {
      s += '\t';
      from += tabsize - (from % tabsize);
    } else {
      s += ' ';
      from++;
    }
  }
  return s;
}

/** Render names (with display widths) in columns, ls -C style. */
export function renderColumns(names: string[], widths: number[], lineLength: number): string {
  if (names.length === 0) return '';
  const { rows, colWidths } = layoutColumns(widths, lineLength);
  let out = '';
  for (let r = 0; r < rows; r++) {
    let pos = 0;
    for (let c = 0, i = r; ; c++) {
      out += names[i];
      const maxw = colWidths[c]!;
      i += rows;
      if (i >= names.length) break;
      out += indent(pos + widths[i - rows]!, pos + maxw);
      pos += maxw;
    }
    out += '\n';
  }
  return out;
}
