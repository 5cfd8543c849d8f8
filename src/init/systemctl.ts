/**
 * systemctl and journalctl: thin clients of the service manager. They send
 * one request over /run/systemd/private and print the answer; `restart` is
 * a stop followed by a start once the stop has finished.
 */
import { SHUT_WR, AF_UNIX, SOCK_STREAM } from '../abi/socket.ts';
import { defineProgram, fromUtf8, type Ctx, type Gen } from '../programs/runtime.ts';
import type { Reply, Request } from './control.ts';
import { CONTROL_SOCKET } from './manager.ts';

function* ask(ctx: Ctx, req: Request): Gen<Reply> {
  const s = ctx.sys.socket(AF_UNIX, SOCK_STREAM, 0);
  const c = yield* ctx.call(() => ctx.sys.connect(s, { family: 'unix', path: CONTROL_SOCKET }));
  if (c < 0) {
    ctx.sys.close(s);
    return { out: '', err: 'System has not been booted with systemd as init system (PID 1). Can\'t operate.\nFailed to connect to bus: Host is down\n', code: 1 };
  }
  yield* ctx.write(s, JSON.stringify(req));
  ctx.sys.shutdown(s, SHUT_WR);
  const data = yield* ctx.readAll(s);
  ctx.sys.close(s);
  return typeof data === 'number' ? { out: '', err: 'Failed to read reply\n', code: 1 } : JSON.parse(fromUtf8(data)) as Reply;
}

/** Ask again until the jobs of these units are done (start of forking units, stops). */
function* waitJobs(ctx: Ctx, args: string[]): Gen<void> {
  for (let i = 0; i < 3000; i++) {
    const r = yield* ask(ctx, { cmd: 'job', args, uid: ctx.sys.geteuid() });
    if (!r.pending) return;
    yield* ctx.sleep(10);
  }
}

function* emit(ctx: Ctx, r: Reply): Gen<number> {
  if (r.out) yield* ctx.out(r.out);
  yield* ctx.flush();
  if (r.err) yield* ctx.err(r.err);
  return r.code;
}

const COMMANDS = new Set(['start', 'stop', 'restart', 'reload', 'status', 'is-active', 'is-enabled', 'enable', 'disable',
  'daemon-reload', 'list-units']);

export const systemctl = defineProgram('systemctl', function* (ctx) {
  const args = ctx.argv.slice(1).filter((a) => !a.startsWith('-'));
  const cmd = args[0] ?? 'list-units';
  if (!COMMANDS.has(cmd)) {
    yield* ctx.err(`Unknown command verb ${cmd}.\n`);
    return 1;
  }
  const uid = ctx.sys.geteuid();
  const units = args.slice(1);
  if (cmd === 'restart') {
    const r = yield* ask(ctx, { cmd: 'stop', args: units, uid });
    if (r.code !== 0) return yield* emit(ctx, r);
    yield* waitJobs(ctx, units);
    const s = yield* ask(ctx, { cmd: 'start', args: units, uid });
    if (s.pending) yield* waitJobs(ctx, units);
    return yield* emit(ctx, s);
  }
  const all = ctx.argv.includes('--all') || ctx.argv.includes('-a');
  const r = yield* ask(ctx, { cmd, args: units, uid, all });
  if (r.pending || cmd === 'stop') yield* waitJobs(ctx, units);
  return yield* emit(ctx, r);
});

export const journalctl = defineProgram('journalctl', function* (ctx) {
  const req: Request = { cmd: 'journal', args: [], uid: ctx.sys.geteuid() };
  const a = ctx.argv.slice(1);
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    if (x === '-u' || x === '--unit') req.unit = a[++i];
    else if (x.startsWith('--unit=')) req.unit = x.slice(7);
    else if (x.startsWith('-u')) req.unit = x.slice(2);
    else if (x === '-n' || x === '--lines') req.lines = Number(a[++i]);
    else if (x.startsWith('--lines=')) req.lines = Number(x.slice(8));
    else if (/^-n\d+$/.test(x)) req.lines = Number(x.slice(2));
    else if (x === '--no-pager' || x === '-e' || x === '-x' || x === '-f' || x === '--follow') continue;
    else {
      yield* ctx.err(`journalctl: unrecognized option '${x}'\n`);
      return 1;
    }
  }
  if (ctx.sys.geteuid() !== 0 && !ctx.sys.getgroups().includes(4)) {
    yield* ctx.err('Hint: You are currently not seeing messages from other users and the system.\n      Users in groups \'adm\', \'systemd-journal\' can see all messages.\n      Pass -q to turn off this notice.\n');
  }
  const follow = a.includes('-f') || a.includes('--follow');
  // journalctl -f shows the last 10 lines unless -n says otherwise.
  if (follow && req.lines === undefined) req.lines = 10;
  const r = yield* ask(ctx, req);
  const code = yield* emit(ctx, r);
  let cursor = Number(r.cursor ?? 0);
  while (follow && code === 0) {
    yield* ctx.sleep(200);
    const more = yield* ask(ctx, { ...req, lines: undefined, after: cursor });
    if (more.out) {
      yield* ctx.out(more.out);
      yield* ctx.flush();
    }
    cursor = Number(more.cursor ?? cursor);
  }
  return code;
});
