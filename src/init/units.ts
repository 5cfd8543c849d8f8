/**
 * systemd unit files (systemd.unit(5), systemd.service(5)): the sections and
 * keys the service manager understands, parsed with systemd's own warnings
 * for what it does not ("Unknown key name 'X' in section 'Service',
 * ignoring.").
 */

export type ServiceType = 'simple' | 'forking' | 'oneshot' | 'exec' | 'notify';
export type RestartPolicy = 'no' | 'on-failure' | 'always' | 'on-abnormal' | 'on-success';

export interface Unit {
  name: string;
  path: string;
  description: string;
  after: string[];
  wantedBy: string[];
  /** The [Install] section names something (WantedBy=, RequiredBy= or Alias=): enable has work to do. */
  installed: boolean;
  type: ServiceType;
  execStart: string[];
  execReload: string[];
  execStop: string[];
  restart: RestartPolicy;
  restartSec: number;
  user?: string;
  group?: string;
  workingDirectory?: string;
  pidFile?: string;
  environment: string[];
  standardOutput: string;
  standardError: string;
  timeoutStopSec: number;
  /** Warnings systemd would log while loading (file:line: text). */
  warnings: string[];
  /** Set when the unit cannot be used ("bad-setting"). */
  error?: string;
}

const KNOWN: Record<string, Set<string>> = {
  Unit: new Set(['Description', 'After', 'Before', 'Wants', 'Requires', 'Documentation', 'ConditionPathExists']),
  Service: new Set(['Type', 'ExecStart', 'ExecReload', 'ExecStop', 'ExecStartPre', 'Restart', 'RestartSec',
    'User', 'Group', 'WorkingDirectory', 'PIDFile', 'Environment', 'StandardOutput', 'StandardError',
    'TimeoutStopSec', 'KillMode', 'RemainAfterExit']),
  Install: new Set(['WantedBy', 'RequiredBy', 'Alias']),
};

/** Seconds from a systemd time span ("5", "5s", "1min", "500ms", "1min 30s"). */
export function parseTimespan(s: string): number | null {
  let total = 0;
  const re = /(\d+(?:\.\d+)?)\s*(ms|msec|s|sec|second|seconds|m|min|minute|minutes|h|hr|hour|hours)?/gy;
  const t = s.trim();
  let pos = 0;
  while (pos < t.length) {
    re.lastIndex = pos;
    const m = re.exec(t);
    if (!m || m[0] === '') return null;
    const n = Number(m[1]);
    const u = m[2] ?? 's';
    total += u.startsWith('ms') ? n / 1000 : u.startsWith('m') ? n * 60 : u.startsWith('h') ? n * 3600 : n;
    pos = re.lastIndex;
    while (t[pos] === ' ') pos++;
  }
  return total;
}

export function parseUnit(name: string, path: string, text: string): Unit {
  const u: Unit = {
    name, path, description: name, after: [], wantedBy: [], installed: false, type: 'simple', execStart: [], execReload: [],
    execStop: [], restart: 'no', restartSec: 0.1, environment: [], standardOutput: 'journal',
    standardError: 'inherit', timeoutStopSec: 90, warnings: [],
  };
  let section = '';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trim();
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + ' ' + lines[++i]!.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const sec = /^\[(.+)\]$/.exec(line);
    if (sec) {
      section = sec[1]!;
      if (!KNOWN[section]) u.warnings.push(`${path}:${i + 1}: Unknown section '${section}'. Ignoring.`);
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) {
      u.warnings.push(`${path}:${i + 1}: Missing '=', ignoring line.`);
      continue;
    }
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (!section) {
      u.warnings.push(`${path}:${i + 1}: Assignment outside of section. Ignoring.`);
      continue;
    }
    if (!KNOWN[section]) continue;
    if (!KNOWN[section]!.has(key)) {
      u.warnings.push(`${path}:${i + 1}: Unknown key name '${key}' in section '${section}', ignoring.`);
      continue;
    }
    apply(u, key, value, `${path}:${i + 1}`);
  }
  if (u.execStart.length === 0 && !u.error) {
    u.error = `Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.`;
  }
  return u;
}

function apply(u: Unit, key: string, value: string, where: string): void {
  switch (key) {
    case 'Description': u.description = value; break;
    case 'After': u.after.push(...value.split(/\s+/).filter(Boolean)); break;
    case 'WantedBy': u.wantedBy.push(...value.split(/\s+/).filter(Boolean)); u.installed ||= u.wantedBy.length > 0; break;
    case 'RequiredBy': case 'Alias': u.installed ||= value.trim() !== ''; break;
    case 'Type':
      if (['simple', 'forking', 'oneshot', 'exec', 'notify'].includes(value)) u.type = value as ServiceType;
      else u.warnings.push(`${where}: Failed to parse service type, ignoring: ${value}`);
      break;
    case 'ExecStart':
      if (value && !value.replace(/^[-@+!:]+/, '').startsWith('/')) {
        u.warnings.push(`${where}: Neither a valid executable name nor an absolute path: ${value}`);
        u.error = 'Unit configuration has fatal error, unit will not be started.';
      } else if (value) u.execStart.push(value);
      break;
    case 'ExecReload': if (value) u.execReload.push(value); break;
    case 'ExecStop': if (value) u.execStop.push(value); break;
    case 'Restart':
      if (['no', 'on-failure', 'always', 'on-abnormal', 'on-success'].includes(value)) u.restart = value as RestartPolicy;
      else u.warnings.push(`${where}: Failed to parse service restart specifier, ignoring: ${value}`);
      break;
    case 'RestartSec': {
      const t = parseTimespan(value);
      if (t === null) u.warnings.push(`${where}: Failed to parse RestartSec= parameter, ignoring: ${value}`);
      else u.restartSec = t;
      break;
    }
    case 'TimeoutStopSec': {
      const t = parseTimespan(value);
      if (t !== null) u.timeoutStopSec = t;
      break;
    }
    case 'User': u.user = value; break;
    case 'Group': u.group = value; break;
    case 'WorkingDirectory': u.workingDirectory = value; break;
    case 'PIDFile': u.pidFile = value; break;
    case 'Environment': u.environment.push(...(value.match(/"[^"]*"|\S+/g) ?? []).map((s) => s.replace(/^"|"$/g, ''))); break;
    case 'StandardOutput': u.standardOutput = value; break;
    case 'StandardError': u.standardError = value; break;
    default: break;
  }
}

/** Split an Exec line into argv the way systemd does (quotes; $MAINPID and ${VAR} expanded unless `vars` is null). */
export function execArgv(line: string, vars: Record<string, string> | null): string[] {
  const cmd = line.replace(/^[-@+!:]+/, '');
  const out: string[] = [];
  const re = /"((?:\\.|[^"])*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(cmd); m; m = re.exec(cmd)) {
    let w = m[1] ?? m[2] ?? m[3]!;
    if (m[2] === undefined && vars) w = w.replace(/\$\{(\w+)\}|\$(\w+)/g, (_a, b, c) => vars[b ?? c] ?? '');
    out.push(w);
  }
  return out;
}
