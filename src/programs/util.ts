/** Running other programs: which xargs nohup logger. */
import { defineProgram, utf8 } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { parseCmd, usageError, readInput } from './lib/io.ts';
import { findInPath, runChild, statusOf } from './lib/exec.ts';
import { strftime } from './lib/time.ts';
import { fromUtf8 } from './runtime.ts';
import { strerror, ENOENT } from '../abi/errno.ts';
import { O_RDONLY, O_WRONLY, O_CREAT, O_APPEND, X_OK } from '../abi/fcntl.ts';
import { SIGHUP } from '../abi/signals.ts';
import { WIFSIGNALED, WTERMSIG } from '../abi/wait.ts';
import { S_ISDIR } from '../abi/stat.ts';
import { AF_UNIX, SOCK_DGRAM } from '../abi/socket.ts';

const which = defineProgram('which', function* (ctx) {
  const args = ctx.argv.slice(1);
  const all = args[0] === '-a';
  const names = all ? args.slice(1) : args;
  let status = 0;
  for (const n of names) {
    if (n.includes('/')) {
      const st = ctx.sys.stat(n);
      if (typeof st !== 'number' && !S_ISDIR(st.mode) && ctx.sys.access(n, X_OK) === 0) yield* ctx.out(n + '\n'); else status = 1;
      continue;
    }
    let found = false;
    for (const d of (ctx.env.get('PATH') ?? '').split(':')) {
      const p = `${d === '' ? '.' : d}/${n}`;
      const st = ctx.sys.stat(p);
      if (typeof st === 'number' || S_ISDIR(st.mode) || ctx.sys.access(p, X_OK) !== 0) continue;
      yield* ctx.out(p + '\n');
      found = true;
      if (!all) break;
    }
    if (!found) status = 1;
  }
  return status;
});

/** Split xargs input into items: blanks separate, quotes and backslashes group. */
export function xargsItems(text: string): string[] | string {
  const out: string[] = [];
  let cur = '';
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const j = text.indexOf(c, i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (j < 0 || (nl >= 0 && nl < j)) return `unmatched ${c === '"' ? 'double' : 'single'} quote; by default quotes are special to xargs unless you use the -0 option`;
      cur += text.slice(i + 1, j); any = true; i = j; continue;
    }
    if (c === '\\' && i + 1 < text.length) { cur += text[++i]; any = true; continue; }
    if (/\s/.test(c)) { if (any) out.push(cur); cur = ''; any = false; continue; }
    cur += c; any = true;
  }
  if (any) out.push(cur);
  return out;
}

const xargs = defineProgram('xargs', function* (ctx) {
  const c = yield* parseCmd(ctx, {
    short: '0d:n:I:L:rtP:s:a:E:px',
    long: { null: '0', delimiter: 'd:', 'max-args': 'n:', replace: 'I:', 'max-lines': 'L:', 'no-run-if-empty': 'r', verbose: 't', 'max-procs': 'P:', 'arg-file': 'a:' },
    stopAtOperand: true,
  });
  if (typeof c === 'number') return c;
  const cmd = c.args.length > 0 ? c.args : ['echo'];
  const data = yield* readInput(ctx, c.o.get('a') ?? '-');
  if (typeof data === 'number') { yield* ctx.perror(c.o.get('a') ?? 'stdin', data); return 1; }
  const text = fromUtf8(data);
  const repl = c.o.get('I');
  let items: string[];
  if (c.o.has('0')) items = text.split('\0').filter((x, i, a) => i < a.length - 1 || x !== '');
  else if (c.o.has('d')) { const d = c.o.get('d')!.replace('\\n', '\n').replace('\\t', '\t'); items = text.split(d); if (items[items.length - 1] === '' || items[items.length - 1] === '\n') items.pop(); }
  else if (repl !== undefined || c.o.has('L')) items = text.split('\n').map((l) => l.replace(/^\s+/, '')).filter((l) => l !== '');
  else {
    const r = xargsItems(text);
    if (typeof r === 'string') { yield* ctx.err(`${ctx.prog}: ${r}\n`); return 1; }
    items = r;
  }
  const per = repl !== undefined ? 1 : c.o.has('n') ? Math.max(1, Number(c.o.get('n'))) : c.o.has('L') ? Math.max(1, Number(c.o.get('L'))) : Infinity;
  const batches: string[][] = [];
  if (items.length === 0) { if (!c.o.has('r') && repl === undefined) batches.push([]); }
  else for (let i = 0; i < items.length; i += per === Infinity ? items.length : per) batches.push(items.slice(i, i + (per === Infinity ? items.length : per)));
  let status = 0;
  for (const b of batches) {
    const argv = repl !== undefined ? cmd.map((a) => a.split(repl).join(b[0] ?? '')) : [...cmd, ...b];
    if (c.o.has('t')) yield* ctx.err(argv.join(' ') + '\n');
    yield* ctx.flush();
    const ws = yield* runChild(ctx, argv);
    if (ws < 0) {
      yield* ctx.err(`${ctx.prog}: ${argv[0]}: ${strerror(ws)}\n`);
      return ws === -ENOENT ? 127 : 126;
    }
    if (WIFSIGNALED(ws)) { yield* ctx.err(`${ctx.prog}: ${argv[0]}: terminated by signal ${WTERMSIG(ws)}\n`); return 125; }
    const st = statusOf(ws);
    if (st === 255) { yield* ctx.err(`${ctx.prog}: ${argv[0]}: exited with status 255; aborting\n`); return 124; }
    if (st !== 0) status = 123;
  }
  return status;
});

const nohup = defineProgram('nohup', function* (ctx) {
  const args = ctx.argv.slice(1);
  if (args[0] === '--') args.shift();
  if (args.length === 0) return yield* usageError(ctx, 'missing operand', 125);
  const isTty = (fd: number): boolean => typeof ctx.sys.tiocgwinsz(fd) !== 'number';
  const inTty = isTty(0), outTty = isTty(1), errTty = isTty(2);
  if (inTty) {
    const fd = ctx.sys.open('/dev/null', O_RDONLY);
    if (fd >= 0) { ctx.sys.dup2(fd, 0); ctx.sys.close(fd); }
  }
  let msg = '';
  if (outTty) {
    let name = 'nohup.out';
    let fd = yield* ctx.call(() => ctx.sys.open(name, O_WRONLY | O_CREAT | O_APPEND, 0o600));
    if (fd < 0 && ctx.env.get('HOME')) { name = `${ctx.env.get('HOME')}/nohup.out`; fd = ctx.sys.open(name, O_WRONLY | O_CREAT | O_APPEND, 0o600); }
    if (fd < 0) { yield* ctx.err(`${ctx.prog}: failed to open ${ctx.q('nohup.out')}: ${strerror(fd)}\n`); return 125; }
    msg = `${inTty ? 'ignoring input and ' : ''}appending output to ${ctx.q(name)}`;
    ctx.sys.dup2(fd, 1);
    ctx.sys.close(fd);
  } else if (inTty) msg = 'ignoring input';
  if (errTty) {
    if (msg !== '') yield* ctx.err(`${ctx.prog}: ${msg}\n`);
    ctx.sys.dup2(1, 2);
    if (!outTty) yield* ctx.call(() => ctx.sys.write(1, utf8(`${ctx.prog}: ${inTty ? 'ignoring input and ' : ''}redirecting stderr to stdout\n`)));
  } else if (msg !== '') yield* ctx.err(`${ctx.prog}: ${msg}\n`);
  ctx.sys.sigaction(SIGHUP, 'ignore');
  const path = findInPath(ctx, args[0]!);
  const r = typeof path === 'number' ? path : ctx.sys.execve(path, args, ctx.envp());
  if (ctx.sys.gone) return 0;
  yield* ctx.err(`${ctx.prog}: failed to run command ${ctx.q(args[0]!)}: ${strerror(r)}\n`);
  return r === -ENOENT ? 127 : 126;
});

const logger = defineProgram('logger', function* (ctx) {
  const c = yield* parseCmd(ctx, { short: 't:p:isf:', long: { tag: 't:', priority: 'p:', id: 'i::', stderr: 's', file: 'f:' } });
  if (typeof c === 'number') return c;
  const tag = c.o.get('t') ?? ctx.env.get('USER') ?? 'user';
  let msgs = c.args.length > 0 ? [c.args.join(' ')] : [];
  if (c.args.length === 0) {
    const d = yield* readInput(ctx, c.o.get('f') ?? '-');
    msgs = typeof d === 'number' ? [] : fromUtf8(d).split('\n').filter((l) => l !== '');
  }
  const [sec] = ctx.sys.clockGettime('realtime');
  const host = ctx.sys.gethostname();
  const pid = c.o.has('i') ? `[${ctx.sys.getpid()}]` : '';
  for (const m of msgs) {
    const stamp = strftime('%b %e %H:%M:%S', sec);
    const line = `${stamp} ${host} ${tag}${pid}: ${m}\n`;
    if (c.o.has('s')) yield* ctx.err(`<13>${strftime('%b %e %H:%M:%S', sec)} ${tag}${pid}: ${m}\n`);
    const s = ctx.sys.socket(AF_UNIX, SOCK_DGRAM, 0);
    let sent = false;
    if (s >= 0) {
      if (ctx.sys.connect(s, { family: 'unix', path: '/dev/log' }) === 0) sent = ctx.sys.sendto(s, utf8(`<13>${stamp} ${tag}${pid}: ${m}`), 0) >= 0;
      ctx.sys.close(s);
    }
    if (!sent) {
      const fd = ctx.sys.open('/var/log/syslog', O_WRONLY | O_CREAT | O_APPEND, 0o640);
      if (fd < 0) { yield* ctx.err(`${ctx.prog}: socket /dev/log: ${strerror(fd)}\n`); return 1; }
      yield* ctx.write(fd, line);
      ctx.sys.close(fd);
    }
  }
  return 0;
});

export function utilPrograms(): Record<string, Program> {
  return { '/usr/bin/which': which, '/usr/bin/xargs': xargs, '/usr/bin/nohup': nohup, '/usr/bin/logger': logger };
}
