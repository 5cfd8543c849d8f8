/**
 * pgrep and pkill, as procps-ng 4 has them: select processes by an extended
 * regular expression on the name (or the whole command line with -f) and by
 * parent, session, group, user and terminal lists, then print or signal them.
 * Status: 0 when something matched, 1 when nothing did, 2 on a usage error,
 * 3 on a fatal one.
 */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { loadPasswd, loadGroups } from './lib/io.ts';
import type { PasswdEntry } from './lib/io.ts';
import { readProcs, cmdOf, ttyName } from './lib/proc.ts';
import type { ProcInfo } from './lib/proc.ts';
import { signalByName } from '../abi/signals.ts';
import { strerror } from '../abi/errno.ts';
import { compilePosix, search } from './lib/regex-bridge.ts';

type Mode = 'pgrep' | 'pkill';

interface Query {
  sig: number; delim: string; listName: boolean; listFull: boolean; invert: boolean; count: boolean;
  full: boolean; icase: boolean; newest: boolean; oldest: boolean; exact: boolean; echo: boolean;
  ppids: number[]; sids: number[]; pgids: number[]; euids: number[]; uids: number[]; gids: number[];
  ttys: string[]; states: string[]; pattern: string | null;
}

const LISTS: Record<string, { long: string; key: 'ppids' | 'sids' | 'pgids' | 'euids' | 'uids' | 'gids' | 'ttys' | 'states' }> = {
  P: { long: 'parent', key: 'ppids' }, s: { long: 'session', key: 'sids' }, g: { long: 'pgroup', key: 'pgids' },
  u: { long: 'euid', key: 'euids' }, U: { long: 'uid', key: 'uids' }, G: { long: 'group', key: 'gids' },
  t: { long: 'terminal', key: 'ttys' }, r: { long: 'runstates', key: 'states' },
};
const FLAGS: Record<string, keyof Query> = {
  l: 'listName', a: 'listFull', v: 'invert', c: 'count', f: 'full', i: 'icase', n: 'newest', o: 'oldest', x: 'exact', e: 'echo',
};
const LONG_FLAGS: Record<string, string> = {
  'list-name': 'l', 'list-full': 'a', inverse: 'v', count: 'c', full: 'f', 'ignore-case': 'i', newest: 'n', oldest: 'o', exact: 'x', echo: 'e',
  parent: 'P', session: 's', pgroup: 'g', euid: 'u', uid: 'U', group: 'G', terminal: 't', runstates: 'r', delimiter: 'd', signal: 'S',
};

function usageText(mode: Mode): string {
  const own = mode === 'pgrep'
    ? ' -d, --delimiter <string>  specify output delimiter\n -l, --list-name           list PID and process name\n -a, --list-full           list PID and full command line\n -v, --inverse             negates the matching\n -w, --lightweight         list all TID\n'
    : ' -<sig>, --signal <sig>    signal to send (either number or name)\n -q, --queue <value>       integer value to be sent with the signal\n -e, --echo                display what is killed\n';
  return `\nUsage:\n ${mode} [options] <pattern>\n\nOptions:\n${own} -c, --count               count of matching processes\n -f, --full                use full process name to match\n`
    + ' -g, --pgroup <PGID,...>   match listed process group IDs\n -G, --group <GID,...>     match real group IDs\n -i, --ignore-case         match case insensitively\n'
    + ' -n, --newest              select most recently started\n -o, --oldest              select least recently started\n -O, --older <seconds>     select where older than seconds\n'
    + ' -P, --parent <PPID,...>   match only child processes of the given parent\n -s, --session <SID,...>   match session IDs\n -t, --terminal <tty,...>  match by controlling terminal\n'
    + ' -u, --euid <ID,...>       match by effective IDs\n -U, --uid <ID,...>        match by real IDs\n -x, --exact               match exactly with the command name\n'
    + ' -F, --pidfile <file>      read PIDs from file\n -L, --logpidfile          fail if PID file is not locked\n -r, --runstates <state>   match runstates [D,S,Z,...]\n'
    + ' -A, --ignore-ancestors    exclude our ancestors from results\n --cgroup <grp,...>        match by cgroup v2 names\n --ns <PID>                match the processes that belong to the same\n'
    + '                           namespace as <pid>\n --nslist <ns,...>         list which namespaces will be considered for\n                           the --ns option.\n'
    + '                           Available namespaces: ipc, mnt, net, pid, user, uts\n\n -h, --help     display this help and exit\n -V, --version  output version information and exit\n\n'
    + `For more details see ${mode}(1).\n`;
}

/** Convert one list item; a string is the error message. */
function* listItem(ctx: Ctx, key: string, v: string, users: PasswdEntry[]): Gen<number | string> {
  if (key === 'ttys' || key === 'states') return 0;
  if (key === 'euids' || key === 'uids') {
    if (/^\d+$/.test(v)) return Number(v);
    const u = users.find((e) => e.name === v);
    return u ? u.uid : `invalid user name: ${v}`;
  }
  if (key === 'gids') {
    if (/^\d+$/.test(v)) return Number(v);
    const g = (yield* loadGroups(ctx)).find((e) => e.name === v);
    return g ? g.gid : `invalid group name: ${v}`;
  }
  if (!/^\d+$/.test(v)) return `invalid ${key === 'sids' ? 'session id' : key === 'pgids' ? 'process group' : 'parent pid'}: ${v}`;
  const n = Number(v);
  if (n === 0 && key === 'sids') return ctx.sys.getsid(0);
  if (n === 0 && key === 'pgids') return ctx.sys.getpgrp();
  return n;
}

/** Parse the command line into a Query; a status on error. */
function* parseArgs(ctx: Ctx, mode: Mode): Gen<Query | number> {
  const q: Query = {
    sig: 15, delim: '\n', listName: false, listFull: false, invert: false, count: false, full: false, icase: false,
    newest: false, oldest: false, exact: false, echo: false, ppids: [], sids: [], pgids: [], euids: [], uids: [], gids: [],
    ttys: [], states: [], pattern: null,
  };
  const args = ctx.argv.slice(1);
  const users = yield* loadPasswd(ctx);
  const fail = function* (msg: string, status = 2): Gen<number> {
    yield* ctx.err(`${ctx.prog}: ${msg}\nTry \`${ctx.prog} --help' for more information.\n`);
    return status;
  };
  /** Apply option f with its value (when it takes one). */
  const apply = function* (f: string, val: string | undefined): Gen<number> {
    if (f === 'd') q.delim = val ?? '';
    else if (f === 'S') {
      const s = signalByName(val ?? '');
      if (s === undefined) return yield* fail(`Unknown signal "${val}".`);
      q.sig = s;
    } else if (LISTS[f]) {
      const key = LISTS[f]!.key;
      for (const item of (val ?? '').split(',')) {
        if (key === 'ttys' || key === 'states') { (q[key] as string[]).push(item); continue; }
        const r = yield* listItem(ctx, key, item, users);
        if (typeof r === 'string') { yield* ctx.err(`${ctx.prog}: ${r}\n`); return 2; }
        (q[key] as number[]).push(r);
      }
    } else (q as unknown as Record<string, boolean>)[FLAGS[f]!] = true;
    return 0;
  };
  const takesValue = (f: string): boolean => f === 'd' || f === 'S' || LISTS[f] !== undefined;
  const known = (f: string): boolean => takesValue(f) || (FLAGS[f] !== undefined && (mode === 'pkill' ? !'la'.includes(f) : f !== 'e'));
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { for (const p of args.slice(i + 1)) { if (q.pattern !== null) return yield* fail('only one pattern can be provided'); q.pattern = p; } break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const f = LONG_FLAGS[a.slice(2, eq < 0 ? undefined : eq)];
      if (f === undefined || !known(f)) {
        yield* ctx.err(`${ctx.prog}: unrecognized option '${a}'\n${usageText(mode)}`);
        return 2;
      }
      const val = takesValue(f) ? (eq >= 0 ? a.slice(eq + 1) : args[++i]) : undefined;
      const r = yield* apply(f, val);
      if (r !== 0) return r;
      continue;
    }
    if (mode === 'pkill' && /^-[A-Z0-9]/.test(a) && signalByName(a.slice(1)) !== undefined) { q.sig = signalByName(a.slice(1))!; continue; }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j]!;
        if (!known(f)) { yield* ctx.err(`${ctx.prog}: invalid option -- '${f}'\n${usageText(mode)}`); return 2; }
        if (!takesValue(f)) { yield* apply(f, undefined); continue; }
        const val = a.slice(j + 1) !== '' ? a.slice(j + 1) : args[++i];
        if (val === undefined) { yield* ctx.err(`${ctx.prog}: option requires an argument -- '${f}'\n${usageText(mode)}`); return 2; }
        const r = yield* apply(f, val);
        if (r !== 0) return r;
        break;
      }
      continue;
    }
    if (q.pattern !== null) return yield* fail('only one pattern can be provided');
    q.pattern = a;
  }
  const anyList = q.ppids.length + q.sids.length + q.pgids.length + q.euids.length + q.uids.length + q.gids.length + q.ttys.length + q.states.length > 0;
  if (q.pattern === null && !anyList) return yield* fail('no matching criteria specified');
  return q;
}

/** Whether p passes every list given. */
function inLists(q: Query, p: ProcInfo): boolean {
  const ok = <T>(list: T[], v: T): boolean => list.length === 0 || list.includes(v);
  return ok(q.ppids, p.ppid) && ok(q.sids, p.sid) && ok(q.pgids, p.pgid) && ok(q.euids, p.euid) && ok(q.uids, p.uid)
    && ok(q.gids, p.gid) && ok(q.states, p.state) && (q.ttys.length === 0 || q.ttys.includes(ttyName(p.ttyNr)));
}

function* select(ctx: Ctx, q: Query): Gen<ProcInfo[] | number> {
  let re = null;
  if (q.pattern !== null) {
    const r = compilePosix(q.exact ? `^(${q.pattern})$` : q.pattern, { ere: true, icase: q.icase });
    if (typeof r === 'string') { yield* ctx.err(`${ctx.prog}: regex error: ${r}\n`); return 2; }
    re = r;
  }
  const self = ctx.sys.getpid();
  let hits: ProcInfo[] = [];
  for (const p of yield* readProcs(ctx)) {
    if (p.pid === self) continue;
    let m = inLists(q, p);
    if (m && re) m = (yield* search(ctx, re, q.full ? cmdOf(p) : p.comm)) !== null;
    if (m !== q.invert) hits.push(p);
  }
  const later = (a: ProcInfo, b: ProcInfo): boolean => a.startTicks > b.startTicks || (a.startTicks === b.startTicks && a.pid > b.pid);
  if (q.newest && hits.length > 0) hits = [hits.reduce((a, b) => (later(b, a) ? b : a))];
  if (q.oldest && hits.length > 0) hits = [hits.reduce((a, b) => (later(a, b) ? b : a))];
  return hits;
}

function* pgrepLike(ctx: Ctx, mode: Mode): Gen<number> {
  const q = yield* parseArgs(ctx, mode);
  if (typeof q === 'number') return q;
  const hits = yield* select(ctx, q);
  if (typeof hits === 'number') return hits;
  if (mode === 'pkill') {
    let killed = 0;
    for (const p of hits) {
      const r = ctx.sys.kill(p.pid, q.sig);
      if (r < 0) { yield* ctx.err(`${ctx.prog}: killing pid ${p.pid} failed: ${strerror(r)}\n`); continue; }
      killed++;
      if (q.echo) yield* ctx.out(`${p.comm} killed (pid ${p.pid})\n`);
    }
    if (q.count) yield* ctx.out(`${killed}\n`);
    return killed > 0 ? 0 : 1;
  }
  if (q.count) { yield* ctx.out(`${hits.length}\n`); return hits.length > 0 ? 0 : 1; }
  const items = hits.map((p) => (q.listFull ? `${p.pid} ${cmdOf(p)}` : q.listName ? `${p.pid} ${p.comm}` : String(p.pid)));
  if (items.length > 0) yield* ctx.out(items.join(q.delim) + '\n');
  return hits.length > 0 ? 0 : 1;
}

const pgrep = defineProgram('pgrep', (ctx) => pgrepLike(ctx, 'pgrep'));
const pkill = defineProgram('pkill', (ctx) => pgrepLike(ctx, 'pkill'));

/** Install paths of pgrep and pkill. */
export function pgrepPrograms(): Record<string, Program> {
  return { '/usr/bin/pgrep': pgrep, '/usr/bin/pkill': pkill };
}
