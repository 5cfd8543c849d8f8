/**
 * The inspector views and the text that names one, as a scenario step's
 * `inspect:` key writes it: "processes", "sockets", "files",
 * "sequence port=9900", "sequence conn=127.0.0.1:40000>127.0.0.1:9900",
 * "lifecycle pid=12", "lifecycle comm=perl", "lifecycle match=daemon.pl".
 */

export type InspectView =
  | { view: 'processes' }
  | { view: 'sockets' }
  | { view: 'files' }
  | { view: 'sequence'; port?: number; conn?: string }
  | { view: 'lifecycle'; pid?: number; comm?: string; match?: string };

export const VIEWS = ['processes', 'sockets', 'sequence', 'files', 'lifecycle'] as const;

const KEYS: Record<string, readonly string[]> = {
  processes: [], sockets: [], files: [], sequence: ['port', 'conn'], lifecycle: ['pid', 'comm', 'match'],
};

/** Parse a view spec; an unknown view or key is an error that says what is accepted. */
export function parseInspect(text: string): InspectView | { error: string } {
  const [name = '', ...args] = text.trim().split(/\s+/);
  const keys = KEYS[name];
  if (!keys) return { error: `inspect: unknown view '${name}' (expected one of: ${VIEWS.join(', ')})` };
  const opts = new Map<string, string>();
  for (const a of args) {
    const eq = a.indexOf('=');
    const key = eq < 0 ? a : a.slice(0, eq);
    if (eq < 0 || !keys.includes(key)) {
      const allowed = keys.length ? keys.map((k) => `${k}=...`).join(', ') : 'no options';
      return { error: `inspect: '${a}' is not an option of '${name}' (it takes ${allowed})` };
    }
    opts.set(key, a.slice(eq + 1));
  }
  const num = (k: string): number | undefined | null => {
    const v = opts.get(k);
    if (v === undefined) return undefined;
    return /^\d+$/.test(v) ? Number(v) : null;
  };
  if (name === 'sequence') {
    const port = num('port');
    if (port === null) return { error: `inspect: port must be a number, not '${opts.get('port')}'` };
    return { view: 'sequence', port, conn: opts.get('conn') };
  }
  if (name === 'lifecycle') {
    const pid = num('pid');
    if (pid === null) return { error: `inspect: pid must be a number, not '${opts.get('pid')}'` };
    return { view: 'lifecycle', pid, comm: opts.get('comm'), match: opts.get('match') };
  }
  return { view: name as 'processes' | 'sockets' | 'files' };
}
