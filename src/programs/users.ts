/** Privilege and accounts: sudo su useradd groupadd userdel usermod passwd chpasswd (Debian's texts). */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { parseCmd, loadPasswd, loadGroups, readText, writeWhole, LineReader, splitLines } from './lib/io.ts';
import type { PasswdEntry, GroupEntry } from './lib/io.ts';
import { findInPath } from './lib/exec.ts';
import { removeTree } from './fileops.ts';
import { strerror, ENOENT } from '../abi/errno.ts';
import { O_RDONLY, O_DIRECTORY, O_WRONLY, O_CREAT, O_TRUNC } from '../abi/fcntl.ts';
import { ECHO, TCSAFLUSH } from '../abi/termios.ts';

const SECURE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function groupsOf(u: PasswdEntry, groups: GroupEntry[]): number[] {
  return [u.gid, ...groups.filter((g) => g.members.includes(u.name) && g.gid !== u.gid).map((g) => g.gid)];
}

/** Become `u` (groups, gid, uid) and exec argv with envp; returns only on failure. */
function* becomeAndExec(ctx: Ctx, u: PasswdEntry, groups: GroupEntry[], argv: string[], env: Map<string, string>, who: string): Gen<number> {
  ctx.sys.setgroups(groupsOf(u, groups));
  ctx.sys.setgid(u.gid);
  ctx.sys.setuid(u.uid);
  const path = findInPath(ctx, argv[0]!, env.get('PATH'));
  if (typeof path === 'number') {
    yield* ctx.err(path === -ENOENT ? `${who}: ${argv[0]}: command not found\n` : `${who}: ${argv[0]}: ${strerror(path)}\n`);
    return 1;
  }
  yield* ctx.flush();
  const r = ctx.sys.execve(path, argv, [...env].map(([k, v]) => `${k}=${v}`));
  if (ctx.sys.gone) return 0;
  yield* ctx.err(`${who}: unable to execute ${path}: ${strerror(r)}\n`);
  return 1;
}

const sudo = defineProgram('sudo', function* (ctx) {
  const c = yield* parseCmd(ctx, {
    short: 'u:g:isEHnklvSbhVA',
    long: { user: 'u:', group: 'g:', login: 'i', shell: 's', 'preserve-env': 'E', 'non-interactive': 'n', list: 'l', validate: 'v', reset: 'k', stdin: 'S', help: 'h' },
    stopAtOperand: true,
  });
  if (typeof c === 'number') return c;
  const users = yield* loadPasswd(ctx);
  const groups = yield* loadGroups(ctx);
  const ruid = ctx.sys.getuid();
  const me = users.find((u) => u.uid === ruid);
  const myName = me?.name ?? String(ruid);
  if (ctx.sys.geteuid() !== 0) {
    yield* ctx.err(`sudo: effective uid is not 0, is /usr/bin/sudo on a file system with the 'nosuid' option set or an NFS file system without root privileges?\n`);
    return 1;
  }
  const allowed = ruid === 0 || (me !== undefined && groupsOf(me, groups).includes(27));
  if (!allowed) {
    yield* ctx.err(`${myName} is not in the sudoers file.\n`);
    return 1;
  }
  const host = ctx.sys.gethostname();
  if (c.o.has('l')) {
    yield* ctx.out(`Matching Defaults entries for ${myName} on ${host}:\n    env_reset, mail_badpass, secure_path=${SECURE_PATH}, use_pty\n\nUser ${myName} may run the following commands on ${host}:\n    (ALL : ALL) NOPASSWD: ALL\n`);
    return 0;
  }
  if (c.o.has('v') || c.o.has('k')) return 0;
  const tname = c.o.get('u') ?? 'root';
  const target = tname.startsWith('#') ? users.find((u) => u.uid === Number(tname.slice(1))) : users.find((u) => u.name === tname);
  if (!target) { yield* ctx.err(`sudo: unknown user ${tname}\nsudo: error initializing audit plugin sudoers_audit\n`); return 1; }
  const env = new Map<string, string>();
  if (c.o.has('E')) for (const [k, v] of ctx.env) env.set(k, v);
  for (const k of ['TERM', 'LANG', 'LC_ALL', 'COLORTERM', 'DISPLAY', 'TZ', 'LS_COLORS']) { const v = ctx.env.get(k); if (v !== undefined) env.set(k, v); }
  env.set('PATH', SECURE_PATH);
  env.set('HOME', target.home);
  env.set('MAIL', `/var/mail/${target.name}`);
  env.set('SHELL', target.shell);
  env.set('LOGNAME', target.name);
  env.set('USER', target.name);
  env.set('SUDO_USER', myName);
  env.set('SUDO_UID', String(ruid));
  env.set('SUDO_GID', String(ctx.sys.getgid()));
  let argv = c.args;
  if (c.o.has('i')) {
    if (ctx.sys.chdir(target.home) < 0) yield* ctx.err(`sudo: unable to change directory to ${target.home}: No such file or directory\n`);
    else env.set('PWD', target.home);
    argv = argv.length > 0 ? [target.shell, '-l', '-c', argv.join(' ')] : [`-${target.shell.split('/').pop()}`];
    if (c.args.length === 0) {
      env.set('SUDO_COMMAND', target.shell);
      ctx.sys.setgroups(groupsOf(target, groups)); ctx.sys.setgid(target.gid); ctx.sys.setuid(target.uid);
      yield* ctx.flush();
      const r = ctx.sys.execve(target.shell, argv, [...env].map(([k, v]) => `${k}=${v}`));
      if (ctx.sys.gone) return 0;
      yield* ctx.err(`sudo: unable to execute ${target.shell}: ${strerror(r)}\n`);
      return 1;
    }
  } else if (c.o.has('s')) {
    const sh = ctx.env.get('SHELL') ?? target.shell;
    argv = argv.length > 0 ? [sh, '-c', argv.join(' ')] : [sh];
  }
  if (argv.length === 0) {
    yield* ctx.err('usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABknS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo -l [-ABknS] [-g group] [-h host] [-p prompt] [-U user] [-u user] [command [arg ...]]\nusage: sudo [-ABbEHknPS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i | -s] [<command>]\nusage: sudo -e [-ABknS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...\n');
    return 1;
  }
  while (argv.length > 0 && /^[A-Za-z_]\w*=/.test(argv[0]!)) { const a = argv.shift()!; const i = a.indexOf('='); env.set(a.slice(0, i), a.slice(i + 1)); }
  env.set('SUDO_COMMAND', argv.join(' '));
  return yield* becomeAndExec(ctx, target, groups, argv, env, 'sudo');
});

/** Read a line from the terminal with echo off (passwords). */
function* readSecret(ctx: Ctx, prompt: string): Gen<string | null> {
  const fd = ctx.sys.open('/dev/tty', 2);
  const io = fd >= 0 ? fd : 0;
  yield* ctx.write(fd >= 0 ? fd : 2, prompt);
  const t = ctx.sys.tcgetattr(io);
  if (typeof t !== 'number') ctx.sys.tcsetattr(io, TCSAFLUSH, { ...t, lflag: t.lflag & ~ECHO });
  const line = yield* new LineReader(ctx, io).next();
  if (typeof t !== 'number') { ctx.sys.tcsetattr(io, TCSAFLUSH, t); yield* ctx.write(fd >= 0 ? fd : 2, '\n'); }
  if (fd >= 0) ctx.sys.close(fd);
  return typeof line === 'string' ? line.replace(/\n$/, '') : null;
}

const su = defineProgram('su', function* (ctx) {
  const args = ctx.argv.slice(1);
  let login = false;
  let cmd: string | null = null;
  let shell: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-' || a === '-l' || a === '--login') login = true;
    else if (a === '-c' || a === '--command') cmd = args[++i] ?? '';
    else if (a === '-s' || a === '--shell') shell = args[++i] ?? '';
    else if (a === '-m' || a === '-p') continue;
    else rest.push(a);
  }
  const users = yield* loadPasswd(ctx);
  const groups = yield* loadGroups(ctx);
  const tname = rest[0] ?? 'root';
  const target = users.find((u) => u.name === tname);
  if (!target) { yield* ctx.err(`su: user ${tname} does not exist or the user entry does not contain all the required fields\n`); return 1; }
  if (ctx.sys.getuid() !== 0) {
    if (ctx.sys.geteuid() !== 0) { yield* ctx.err('su: Authentication failure\n'); return 1; }
    const pw = yield* readSecret(ctx, 'Password: ');
    if (pw === null) { yield* ctx.err('su: Authentication failure\n'); return 1; }
  }
  const sh = shell ?? target.shell;
  const env = new Map(ctx.env);
  env.set('HOME', target.home);
  env.set('SHELL', sh);
  if (target.uid !== 0 || login) { env.set('USER', target.name); env.set('LOGNAME', target.name); }
  if (login) {
    for (const k of [...env.keys()]) if (!['TERM', 'LANG', 'COLORTERM', 'TZ'].includes(k)) env.delete(k);
    env.set('HOME', target.home); env.set('SHELL', sh); env.set('USER', target.name); env.set('LOGNAME', target.name);
    env.set('PATH', target.uid === 0 ? SECURE_PATH : '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games');
    ctx.sys.chdir(target.home);
  }
  const argv = [login ? `-${sh.split('/').pop()}` : sh.split('/').pop()!, ...(cmd !== null ? ['-c', cmd] : []), ...rest.slice(1)];
  ctx.sys.setgroups(groupsOf(target, groups));
  ctx.sys.setgid(target.gid);
  ctx.sys.setuid(target.uid);
  yield* ctx.flush();
  const r = ctx.sys.execve(sh, argv, [...env].map(([k, v]) => `${k}=${v}`));
  if (ctx.sys.gone) return 0;
  yield* ctx.err(`su: failed to execute ${sh}: ${strerror(r)}\n`);
  return 1;
});

function* requireRoot(ctx: Ctx, what: string): Gen<boolean> {
  if (ctx.sys.geteuid() === 0) return true;
  yield* ctx.err(`${ctx.name}: Permission denied.\n${ctx.name}: cannot lock ${what}; try again later.\n`);
  return false;
}

function* appendLine(ctx: Ctx, file: string, line: string): Gen<number> {
  const t = yield* readText(ctx, file);
  const cur = typeof t === 'number' ? '' : t;
  return yield* writeWhole(ctx, file, cur + (cur === '' || cur.endsWith('\n') ? '' : '\n') + line + '\n');
}

function* copyTree(ctx: Ctx, from: string, to: string, uid: number, gid: number): Gen<void> {
  const fd = ctx.sys.open(from, O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  const names: string[] = [];
  for (;;) { const e = ctx.sys.getdents(fd); if (typeof e === 'number' || e.length === 0) break; for (const d of e) if (d.name !== '.' && d.name !== '..') names.push(d.name); }
  ctx.sys.close(fd);
  for (const n of names) {
    const st = ctx.sys.stat(`${from}/${n}`);
    if (typeof st === 'number') continue;
    if ((st.mode & 0o170000) === 0o040000) { ctx.sys.mkdir(`${to}/${n}`, st.mode & 0o777); yield* copyTree(ctx, `${from}/${n}`, `${to}/${n}`, uid, gid); }
    else {
      const t = yield* readText(ctx, `${from}/${n}`);
      const o = yield* ctx.call(() => ctx.sys.open(`${to}/${n}`, O_WRONLY | O_CREAT | O_TRUNC, st.mode & 0o777));
      if (o >= 0) { yield* ctx.write(o, typeof t === 'number' ? '' : t); ctx.sys.close(o); }
    }
    ctx.sys.chown(`${to}/${n}`, uid, gid);
  }
}

const useradd = defineProgram('useradd', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'md:s:u:g:G:c:rMN', long: { 'create-home': 'm', home: 'd:', 'home-dir': 'd:', shell: 's:', uid: 'u:', gid: 'g:', groups: 'G:', comment: 'c:', system: 'r', 'no-create-home': 'M', 'no-user-group': 'N' } }, 2);
  if (typeof c === 'number') return c;
  const name = c.args[0];
  if (name === undefined) { yield* ctx.err('Usage: useradd [options] LOGIN\n'); return 2; }
  if (!(yield* requireRoot(ctx, '/etc/passwd'))) return 1;
  const users = yield* loadPasswd(ctx);
  const groups = yield* loadGroups(ctx);
  if (users.some((u) => u.name === name)) { yield* ctx.err(`useradd: user '${name}' already exists\n`); return 9; }
  if (!/^[a-z_][a-z0-9_-]*\$?$/.test(name)) { yield* ctx.err(`useradd: invalid user name '${name}'\n`); return 3; }
  const base = c.o.has('r') ? 100 : 1000;
  let uid = Number(c.o.get('u') ?? NaN);
  if (Number.isNaN(uid)) { uid = base; while (users.some((u) => u.uid === uid) || (!c.o.has('g') && groups.some((g) => g.gid === uid))) uid++; }
  let gid: number;
  const gopt = c.o.get('g');
  if (gopt !== undefined) {
    const g = groups.find((x) => x.name === gopt || String(x.gid) === gopt);
    if (!g) { yield* ctx.err(`useradd: group '${gopt}' does not exist\n`); return 6; }
    gid = g.gid;
  } else if (c.o.has('N')) gid = 100;
  else {
    if (groups.some((g) => g.name === name)) { yield* ctx.err(`useradd: group ${name} exists - if you want to add this user to that group, use -g.\n`); return 9; }
    gid = uid;
    yield* appendLine(ctx, '/etc/group', `${name}:x:${gid}:`);
  }
  const home = c.o.get('d') ?? `/home/${name}`;
  yield* appendLine(ctx, '/etc/passwd', `${name}:x:${uid}:${gid}:${c.o.get('c') ?? ''}:${home}:${c.o.get('s') ?? '/bin/sh'}`);
  for (const g of (c.o.get('G') ?? '').split(',').filter(Boolean)) yield* addToGroup(ctx, g, name);
  if (c.o.has('m')) {
    const r = ctx.sys.mkdir(home, 0o755);
    if (r < 0 && r !== -17) yield* ctx.err(`useradd: cannot create directory ${home}\n`);
    else { ctx.sys.chown(home, uid, gid); yield* copyTree(ctx, '/etc/skel', home, uid, gid); }
  }
  return 0;
});

function* addToGroup(ctx: Ctx, group: string, user: string): Gen<boolean> {
  const t = yield* readText(ctx, '/etc/group');
  if (typeof t === 'number') return false;
  let found = false;
  const lines = splitLines(t).map((l) => {
    const f = l.split(':');
    if (f[0] !== group) return l;
    found = true;
    const mem = (f[3] ?? '').split(',').filter(Boolean);
    if (!mem.includes(user)) mem.push(user);
    f[3] = mem.join(',');
    return f.join(':');
  });
  if (!found) { yield* ctx.err(`${ctx.name}: group '${group}' does not exist\n`); return false; }
  yield* writeWhole(ctx, '/etc/group', lines.join('\n') + '\n');
  return true;
}

const usermod = defineProgram('usermod', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'aG:s:d:c:g:L', long: { append: 'a', groups: 'G:', shell: 's:', home: 'd:', comment: 'c:', gid: 'g:' } }, 2);
  if (typeof c === 'number') return c;
  const name = c.args[0];
  if (name === undefined) { yield* ctx.err('Usage: usermod [options] LOGIN\n'); return 2; }
  if (!(yield* requireRoot(ctx, '/etc/passwd'))) return 1;
  const users = yield* loadPasswd(ctx);
  if (!users.some((u) => u.name === name)) { yield* ctx.err(`usermod: user '${name}' does not exist\n`); return 6; }
  for (const g of (c.o.get('G') ?? '').split(',').filter(Boolean)) if (!(yield* addToGroup(ctx, g, name))) return 6;
  if (c.o.has('s') || c.o.has('d') || c.o.has('c')) {
    const t = yield* readText(ctx, '/etc/passwd');
    if (typeof t === 'string') {
      const lines = splitLines(t).map((l) => {
        const f = l.split(':');
        if (f[0] !== name) return l;
        if (c.o.has('c')) f[4] = c.o.get('c')!;
        if (c.o.has('d')) f[5] = c.o.get('d')!;
        if (c.o.has('s')) f[6] = c.o.get('s')!;
        return f.join(':');
      });
      yield* writeWhole(ctx, '/etc/passwd', lines.join('\n') + '\n');
    }
  }
  return 0;
});

const groupadd = defineProgram('groupadd', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'g:rf', long: { gid: 'g:', system: 'r', force: 'f' } }, 2);
  if (typeof c === 'number') return c;
  const name = c.args[0];
  if (name === undefined) { yield* ctx.err('Usage: groupadd [options] GROUP\n'); return 2; }
  if (!(yield* requireRoot(ctx, '/etc/group'))) return 10;
  const groups = yield* loadGroups(ctx);
  if (groups.some((g) => g.name === name)) { if (c.o.has('f')) return 0; yield* ctx.err(`groupadd: group '${name}' already exists\n`); return 9; }
  let gid = Number(c.o.get('g') ?? NaN);
  if (Number.isNaN(gid)) { gid = c.o.has('r') ? 100 : 1000; while (groups.some((g) => g.gid === gid)) gid++; }
  yield* appendLine(ctx, '/etc/group', `${name}:x:${gid}:`);
  return 0;
});

const userdel = defineProgram('userdel', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 'rf', long: { remove: 'r', force: 'f' } }, 2);
  if (typeof c === 'number') return c;
  const name = c.args[0];
  if (name === undefined) { yield* ctx.err('Usage: userdel [options] LOGIN\n'); return 2; }
  if (!(yield* requireRoot(ctx, '/etc/passwd'))) return 1;
  const users = yield* loadPasswd(ctx);
  const u = users.find((x) => x.name === name);
  if (!u) { yield* ctx.err(`userdel: user '${name}' does not exist\n`); return 6; }
  const pw = yield* readText(ctx, '/etc/passwd');
  if (typeof pw === 'string') yield* writeWhole(ctx, '/etc/passwd', splitLines(pw).filter((l) => l.split(':')[0] !== name).map((l) => l + '\n').join(''));
  const gr = yield* readText(ctx, '/etc/group');
  if (typeof gr === 'string') {
    const lines = splitLines(gr).filter((l) => !(l.split(':')[0] === name && Number(l.split(':')[2]) === u.gid)).map((l) => {
      const f = l.split(':');
      f[3] = (f[3] ?? '').split(',').filter((m) => m !== '' && m !== name).join(',');
      return f.join(':');
    });
    yield* writeWhole(ctx, '/etc/group', lines.map((l) => l + '\n').join(''));
  }
  if (c.o.has('r')) {
    yield* removeTree(ctx, u.home, { f: true, r: true, v: false, d: false });
  }
  return 0;
});

const passwd = defineProgram('passwd', function* (ctx) {
  const users = yield* loadPasswd(ctx);
  const name = ctx.argv.slice(1).find((a) => !a.startsWith('-')) ?? users.find((u) => u.uid === ctx.sys.getuid())?.name ?? 'user';
  if (ctx.argv.length > 1 && name !== users.find((u) => u.uid === ctx.sys.getuid())?.name && ctx.sys.geteuid() !== 0) {
    yield* ctx.err(`passwd: You may not view or modify password information for ${name}.\n`);
    return 1;
  }
  if (!users.some((u) => u.name === name)) { yield* ctx.err(`passwd: user '${name}' does not exist\n`); return 1; }
  if (ctx.sys.getuid() !== 0) { const cur = yield* readSecret(ctx, 'Current password: '); if (cur === null) return 1; }
  const a = yield* readSecret(ctx, 'New password: ');
  const b = a === null ? null : yield* readSecret(ctx, 'Retype new password: ');
  if (a === null || b === null) { yield* ctx.err('passwd: Authentication token manipulation error\npasswd: password unchanged\n'); return 10; }
  if (a !== b) { yield* ctx.err('Sorry, passwords do not match.\npasswd: Authentication token manipulation error\npasswd: password unchanged\n'); return 10; }
  yield* ctx.out('passwd: password updated successfully\n');
  return 0;
});

const chpasswd = defineProgram('chpasswd', function* (ctx) {
  if (!(yield* requireRoot(ctx, '/etc/shadow'))) return 1;
  const d = yield* ctx.readAll(0);
  const users = yield* loadPasswd(ctx);
  let line = 0;
  for (const l of splitLines(typeof d === 'number' ? '' : fromUtf8(d))) {
    line++;
    const name = l.split(':')[0]!;
    if (!l.includes(':')) { yield* ctx.err(`chpasswd: line ${line}: missing new password\n`); return 1; }
    if (!users.some((u) => u.name === name)) { yield* ctx.err(`chpasswd: line ${line}: user '${name}' does not exist\nchpasswd: error detected, changes ignored\n`); return 1; }
  }
  return 0;
});

export function usersPrograms(): Record<string, Program> {
  return {
    '/usr/bin/sudo': sudo, '/bin/su': su, '/usr/sbin/useradd': useradd, '/usr/sbin/usermod': usermod, '/usr/sbin/groupadd': groupadd,
    '/usr/sbin/userdel': userdel, '/usr/bin/passwd': passwd, '/usr/sbin/chpasswd': chpasswd,
  };
}
