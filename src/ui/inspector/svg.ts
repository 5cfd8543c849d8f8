/**
 * The inspector's pictures as standalone SVG text: the sequence diagram
 * (lifelines, one arrow per segment in virtual-time order) and a process's
 * life as a flowchart (one lane per process of the fork chain). Pure
 * functions of the models, so the panel shows exactly what "Export SVG"
 * saves; every string from the guest is XML-escaped.
 */
import type { LifeStep, StepKind } from '../../inspect/lifecycle.ts';
import type { ArrowKind, SequenceModel } from '../../inspect/sequence.ts';

const FONT = 'ui-monospace, DejaVu Sans Mono, Menlo, Consolas, monospace';
const CHAR_W = 7.2;

export const ARROW_COLORS: Record<ArrowKind, string> = {
  'SYN': '#2e7d32', 'SYN-ACK': '#2e7d32', 'ACK': '#78909c', 'DATA': '#1565c0',
  'FIN': '#ef6c00', 'RST': '#c62828', 'UDP': '#6a1b9a', 'ICMP': '#6d4c41',
};

const STEP_COLORS: Record<StepKind, string> = {
  spawn: '#455a64', fork: '#2e7d32', exec: '#1565c0', setsid: '#6a1b9a', setpgid: '#6a1b9a', flock: '#00838f',
  reparent: '#8d6e63', running: '#37474f', signal: '#c62828', exit: '#ef6c00', reap: '#757575',
};

export function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${x}" y="${y}" ${attrs}>${xml(s)}</text>`;
}

/** Virtual time as "+1.234 ms" after `start`. */
export function relTime(ns: number, startNs: number): string {
  return `+${((ns - startNs) / 1e6).toFixed(3)} ms`;
}

function svgOpen(w: number, h: number, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" ` +
    `font-family="${FONT}" font-size="12"><title>${xml(title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>`;
}

function markers(colors: Record<string, string>): string {
  const defs = Object.entries(colors).map(([k, c]) =>
    `<marker id="head-${k}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">` +
    `<path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`);
  return `<defs>${defs.join('')}</defs>`;
}

/**
 * The sequence diagram of `model`; the first `visible` arrows are shown (the
 * time slider), of which at most the last `maxArrows` are drawn. Each arrow
 * is a `<g class="arrow">` with data-kind and data-id attributes.
 */
export function sequenceSvg(model: SequenceModel, visible = model.arrows.length, title = 'TCP sequence',
  maxArrows = Infinity): string {
  const skipped = Math.max(0, visible - maxArrows);
  const arrows = model.arrows.slice(skipped, visible);
  const widest = Math.max(24, ...model.arrows.map((a) => Math.max(a.label.length, a.detail.length)));
  const colW = Math.max(230, Math.ceil(widest * CHAR_W) + 40);
  const left = 100;
  const top = 64;
  const rowH = 38;
  const n = Math.max(1, model.lifelines.length);
  const x = (i: number): number => left + 60 + colW * i;
  const w = x(n - 1) + 100;
  const rows = Math.min(model.arrows.length, maxArrows);
  const h = top + rowH * Math.max(1, rows) + 30;
  const out = [svgOpen(w, h, title), markers(ARROW_COLORS)];
  model.lifelines.forEach((l, i) => {
    out.push(`<g class="lifeline" data-endpoint="${xml(l.endpoint)}">`,
      `<rect x="${x(i) - 80}" y="8" width="160" height="40" rx="6" fill="#eceff1" stroke="#90a4ae"/>`,
      text(x(i), 24, l.role, 'text-anchor="middle" font-weight="bold"'),
      text(x(i), 40, l.endpoint, 'text-anchor="middle"'),
      `<line x1="${x(i)}" y1="48" x2="${x(i)}" y2="${h - 10}" stroke="#b0bec5" stroke-dasharray="4 4"/></g>`);
  });
  arrows.forEach((a, r) => {
    const y = top + rowH * r + 18;
    const x1 = x(a.from), x2 = x(a.to);
    const c = ARROW_COLORS[a.kind];
    const mid = (x1 + x2) / 2;
    const dash = a.lost ? ' stroke-dasharray="6 4"' : '';
    out.push(`<g class="arrow" data-kind="${a.kind}" data-id="${a.id}">`,
      text(8, y + 4, relTime(a.timeNs, model.startNs), 'fill="#78909c" font-size="11"'),
      `<line x1="${x1}" y1="${y}" x2="${x2}" y2="${y}" stroke="${c}" stroke-width="2"${dash} marker-end="url(#head-${a.kind})"/>`,
      text(mid, y - 5, a.label, `class="label" text-anchor="middle" fill="${c}" font-weight="bold"`),
      text(mid, y + 14, a.detail, 'class="detail" text-anchor="middle" fill="#546e7a" font-size="11"'),
      a.lost ? text(x2, y + 4, '×', 'text-anchor="middle" fill="#c62828" font-size="16"') : '',
      '</g>');
  });
  if (skipped) out.push(text(8, top - 4, `… ${skipped} earlier segments not drawn (move the slider back)`, 'class="skipped" fill="#78909c" font-size="11"'));
  if (model.arrows.length === 0) out.push(text(w / 2, top + 20, 'no packets yet', 'text-anchor="middle" fill="#90a4ae"'));
  out.push('</svg>');
  return out.join('');
}

/**
 * A process's life as a flowchart: one box per step, each process of the fork
 * chain one step further right (a staircase), arrows between consecutive steps.
 */
export function lifecycleSvg(steps: readonly LifeStep[], title = 'process life'): string {
  const pids = [...new Set(steps.map((s) => s.pid))];
  const shift = 56, boxW = 220, boxH = 44, rowH = 62, top = 14;
  const w = 40 + shift * Math.max(0, pids.length - 1) + boxW;
  const h = top + rowH * Math.max(1, steps.length) + 4;
  const bx = (pid: number): number => 20 + shift * pids.indexOf(pid);
  const out = [svgOpen(w, h, title), markers({ flow: '#607d8b' })];
  const start = steps[0]?.timeNs ?? 0;
  steps.forEach((s, i) => {
    const y = top + rowH * i;
    const x = bx(s.pid);
    const c = STEP_COLORS[s.kind];
    if (i > 0) {
      const px = bx(steps[i - 1]!.pid) + 24;
      out.push(`<path d="M${px},${y - rowH + boxH} V${y - 9} H${x + 24} V${y}" fill="none" stroke="#607d8b" stroke-width="1.5" marker-end="url(#head-flow)"/>`);
    }
    out.push(`<g class="step" data-kind="${s.kind}" data-pid="${s.pid}">`,
      `<rect x="${x}" y="${y}" width="${boxW}" height="${boxH}" rx="${s.kind === 'running' ? 22 : 6}" fill="#fff" stroke="${c}" stroke-width="2"/>`,
      text(x + 10, y + 18, s.label, `font-weight="bold" fill="${c}"`),
      text(x + boxW - 8, y + 16, `pid ${s.pid}`, 'text-anchor="end" fill="#90a4ae" font-size="10"'),
      text(x + 10, y + 35, `${clip(s.detail, 22)}  ${relTime(s.timeNs, start)}`, 'fill="#546e7a" font-size="10"'),
      '</g>');
  });
  if (steps.length === 0) out.push(text(w / 2, top + 20, 'no events for this process', 'text-anchor="middle" fill="#90a4ae"'));
  out.push('</svg>');
  return out.join('');
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
