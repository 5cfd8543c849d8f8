/** man(1) and lsof(8). */
import { defineProgram } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { readText, loadPasswd, userName } from './lib/io.ts';
import { readProcs } from './lib/proc.ts';
import { renderPage } from './man-pages.ts';
import { pageText } from './pager.ts';
import { O_RDONLY, O_DIRECTORY } from '../abi/fcntl.ts';
import { S_IFMT, S_IFDIR, S_IFREG, S_IFCHR, S_IFIFO } from '../abi/stat.ts';

const man = defineProgram('man', function* (ctx) {
  const args = ctx.argv.slice(1).filter((a) => !a.startsWith('-'));
  if (args.length === 0) { yield* ctx.err('What manual page do you want?\nFor example, try \'man man\'.\n'); return 1; }
  const name = args[args.length - 1]!;
  const section = args.length > 1 ? args[0]! : '1';
  const t = yield* readText(ctx, `/usr/share/man/man${section}/${name}.${section}`);
  const text = typeof t === 'string' ? t : section === '1' ? renderPage(name) : null;
  if (text === null) {
    yield* ctx.err(args.length > 1 ? `No manual entry for ${name} in section ${section}\n` : `No manual entry for ${name}\n`);
    return 16;
  }
  return yield* pageText(ctx, text, `Manual page ${name}(${section})`);
});

const lsof = defineProgram('lsof', function* (ctx) {
  const args = ctx.argv.slice(1);
  const pidSel = args.includes('-p') ? Number(args[args.indexOf('-p') + 1]) : null;
  const inet = args.some((a) => a.startsWith('-i'));
  const users = yield* loadPasswd(ctx);
  const rows: string[][] = [['COMMAND', 'PID', 'USER', 'FD', 'TYPE', 'NAME']];
  for (const p of yield* readProcs(ctx)) {
    if (pidSel !== null && p.pid !== pidSel) continue;
    const fd = ctx.sys.open(`/proc/${p.pid}/fd`, O_RDONLY | O_DIRECTORY);
    if (fd < 0) continue;
    const fds: number[] = [];
    for (;;) { const e = ctx.sys.getdents(fd); if (typeof e === 'number' || e.length === 0) break; for (const d of e) if (/^\d+$/.test(d.name)) fds.push(Number(d.name)); }
    ctx.sys.close(fd);
    if (!inet) {
      const cwd = ctx.sys.readlink(`/proc/${p.pid}/cwd`);
      rows.push([p.comm, String(p.pid), userName(users, p.euid), 'cwd', 'DIR', typeof cwd === 'string' ? cwd : '?']);
    }
    for (const n of fds.sort((a, b) => a - b)) {
      const target = ctx.sys.readlink(`/proc/${p.pid}/fd/${n}`);
      if (typeof target !== 'string') continue;
      let type = 'REG';
      if (target.startsWith('socket:')) type = 'sock';
      else if (target.startsWith('pipe:')) type = 'FIFO';
      else {
        const st = ctx.sys.stat(target);
        if (typeof st !== 'number') type = (st.mode & S_IFMT) === S_IFCHR ? 'CHR' : (st.mode & S_IFMT) === S_IFDIR ? 'DIR' : (st.mode & S_IFMT) === S_IFIFO ? 'FIFO' : (st.mode & S_IFMT) === S_IFREG ? 'REG' : 'unknown';
      }
      if (inet && type !== 'sock') continue;
      rows.push([p.comm.slice(0, 9), String(p.pid), userName(users, p.euid), `${n}u`, type, target]);
    }
    yield* ctx.tick(fds.length);
  }
  if (rows.length === 1) return 1;
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) yield* ctx.out(r.map((c, i) => (i === r.length - 1 ? c : i === 1 ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join(' ') + '\n');
  return 0;
});

export function manPrograms(): Record<string, Program> {
  return { '/usr/bin/man': man, '/usr/bin/lsof': lsof };
}
