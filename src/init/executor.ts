/**
 * systemd-executor: what the service manager forks for each service
 * process. It sets the control group, session, user, group, working
 * directory and stdio, then execs the command — or exits with systemd's
 * exec status codes (200 CHDIR, 203 EXEC, 217 USER, 216 GROUP) when a step
 * fails, as systemd's own executor does.
 */
import { ENOENT, strerror } from '../abi/errno.ts';
import { O_RDONLY, O_WRONLY } from '../abi/fcntl.ts';
import { defineProgram, fromUtf8, utf8 } from '../programs/runtime.ts';

export interface ExecSpec {
  argv: string[];
  env: string[];
  cgroup: string;
  user?: string;
  group?: string;
  cwd?: string;
  /** Fd of the manager's journal pipe to use as stdout/stderr (already at 1 and 2), or -1 for /dev/null. */
  journal: boolean;
}

export const EXIT_CHDIR = 200, EXIT_EXEC = 203, EXIT_GROUP = 216, EXIT_USER = 217;

/** Find a user's uid, gid and home in /etc/passwd (or a group in /etc/group). */
export function lookupId(text: string, name: string): { id: number; gid: number; home: string } | null {
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f[0] === name && f.length >= 3) {
      return { id: Number(f[2]), gid: Number(f[3] ?? f[2]), home: f[5] ?? '/' };
    }
  }
  if (/^\d+$/.test(name)) return { id: Number(name), gid: Number(name), home: '/' };
  return null;
}

export const executor = defineProgram('systemd-executor', function* (ctx) {
  const spec = JSON.parse(ctx.argv[1] ?? '{}') as ExecSpec;
  const sys = ctx.sys;
  sys.setcgroup?.(spec.cgroup);
  sys.setsid();
  const nul = sys.open('/dev/null', O_RDONLY);
  sys.dup2(nul, 0);
  if (!spec.journal) {
    const w = sys.open('/dev/null', O_WRONLY);
    sys.dup2(w, 1);
    sys.dup2(w, 2);
  }
  const readAll = function* (path: string) {
    const fd = sys.open(path, O_RDONLY);
    if (fd < 0) return '';
    const data = yield* ctx.readAll(fd);
    sys.close(fd);
    return typeof data === 'number' ? '' : fromUtf8(data);
  };
  const env = [...spec.env];
  if (spec.group) {
    const g = lookupId(yield* readAll('/etc/group'), spec.group);
    if (!g) return EXIT_GROUP;
    sys.setgid(g.id);
  }
  if (spec.user) {
    const u = lookupId(yield* readAll('/etc/passwd'), spec.user);
    if (!u) return EXIT_USER;
    if (!spec.group) sys.setgid(u.gid);
    sys.setgroups([]);
    sys.setuid(u.id);
    env.push(`USER=${spec.user}`, `HOME=${u.home}`, `LOGNAME=${spec.user}`);
  }
  if (sys.chdir(spec.cwd ?? '/') < 0) return EXIT_CHDIR;
  for (let fd = 3; fd < 64; fd++) sys.close(fd);
  const r = sys.execve(spec.argv[0]!, spec.argv, env);
  if (sys.gone) return 0;
  sys.write(2, utf8(`${spec.argv[0]}: ${strerror(r)}\n`));
  return r === -ENOENT ? EXIT_EXEC : EXIT_EXEC;
});
