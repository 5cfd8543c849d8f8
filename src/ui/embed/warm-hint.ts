/**
 * The machine worker's name, which can ask it to start the first terminal's login shell
 * as soon as it has booted, while the page is still loading xterm.js
 * (src/worker/machine-worker.ts reads it). Only for an element whose machine gets
 * nothing written before its first shell: a scenario rendered as JSON without `files`,
 * and no `persist` (a saved home). The size is the element's `rows` and `cols`
 * (xterm.js's 24 and 80 where missing); a screen fitted to its pane differs, and the
 * shell is told by SIGWINCH.
 */
export const WORKER_NAME = 'terrarium-machine';

/** `terrarium-machine ROWSxCOLS` for an element the worker may start early, else the plain name. */
export function workerName(el: Element | null): string {
  if (!el || el.hasAttribute('persist')) return WORKER_NAME;
  const json = el.querySelector(':scope > script.terrarium-scenario')?.textContent;
  if (!json) return WORKER_NAME;
  try {
    const s = JSON.parse(json) as { files?: Record<string, unknown> };
    if (s.files && Object.keys(s.files).length) return WORKER_NAME;
  } catch {
    return WORKER_NAME;
  }
  const size = (name: string, fallback: number): number => {
    const v = Number(el.getAttribute(name));
    return el.hasAttribute(name) && Number.isInteger(v) && v > 0 ? v : fallback;
  };
  return `${WORKER_NAME} ${size('rows', 24)}x${size('cols', 80)}`;
}
