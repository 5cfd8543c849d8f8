/**
 * Runs a simple command line on a HostWorld, for tests: words with '…' and
 * "…" quoting, pipelines with `|`, and the redirections `< f`, `> f`, `>> f`,
 * `2>&1`, `2>/dev/null`. Anything else is rejected (the real shell is bash).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Program } from '../../abi/sys.ts';
import { HostWorld, bufDesc, nullDesc, pipeDescs, sinkDesc } from './host-sys.ts';
import type { Desc } from './host-sys.ts';
import { WIFEXITED, WEXITSTATUS, WTERMSIG } from '../../abi/wait.ts';

type Tok = { w: string } | { op: string };

function lex(line: string): Tok[] | null {
  const out: Tok[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') { i++; continue; }
    const op = /^(2>&1|2>>|2>|>>|>|<|&&|\|\||\||;)/.exec(line.slice(i));
    if (op) { out.push({ op: op[1]! }); i += op[1]!.length; continue; }
    if (c === '&') return null;
    let w = '';
    let any = false;
    while (i < line.length && !' \t|<>;&'.includes(line[i]!)) {
      const ch = line[i]!;
      any = true;
      if (ch === "'") { const j = line.indexOf("'", i + 1); if (j < 0) return null; w += line.slice(i + 1, j); i = j + 1; }
      else if (ch === '"') {
        i++;
        while (i < line.length && line[i] !== '"') {
          if (line[i] === '\\' && '"\\$`'.includes(line[i + 1] ?? '')) { w += line[i + 1]; i += 2; }
          else if (line.startsWith('$?', i)) { w += '\u0000?'; i += 2; }
          else if (line[i] === '$' || line[i] === '`') return null;
          else w += line[i++];
        }
        if (line[i] !== '"') return null;
        i++;
      } else if (ch === '\\') { w += line[i + 1] ?? ''; i += 2; }
      else if (line.startsWith('$?', i)) { w += '\u0000?'; i += 2; }
      else if ('$`*?(){}'.includes(ch)) return null;
      else { w += ch; i++; }
    }
    if (any) out.push({ w });
  }
  return out;
}

export interface LineResult { stdout: string; stderr: string; output: string; status: number }

/** Make a temp root with /home/user and the given files (relative to /home/user). */
export function makeWorld(programs: Record<string, Program>, files: Record<string, string> = {}): HostWorld {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'terr-'));
  for (const d of ['home/user', 'tmp', 'etc']) fs.mkdirSync(path.join(root, d), { recursive: true });
  fs.writeFileSync(path.join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/bash\nuser:x:1000:1000:user:/home/user:/bin/bash\n');
  fs.writeFileSync(path.join(root, 'etc/group'), 'root:x:0:\nuser:x:1000:\n');
  for (const prog of Object.keys(programs)) {
    fs.mkdirSync(path.join(root, path.dirname(prog)), { recursive: true });
    fs.writeFileSync(path.join(root, prog), '', { mode: 0o755 });
  }
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(root, 'home/user', name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return new HostWorld(root, programs);
}

/** Run `line` in /home/user; null when the line uses syntax this runner lacks. */
export function runLine(world: HostWorld, line: string, stdin = ''): LineResult | null {
  const toks = lex(line);
  if (!toks) return null;
  world.log = [];
  let status = 0;
  let skip = false;
  let cur: Tok[] = [];
  const flush = (): boolean => {
    if (cur.length === 0) return true;
    const t = cur.map((x) => ('w' in x ? { w: x.w.split('\u0000?').join(String(status)) } : x));
    cur = [];
    if (skip) { skip = false; return true; }
    const r = runPipeline(world, t, stdin);
    if (r === null) return false;
    status = r;
    return true;
  };
  for (const t of toks) {
    if ('op' in t && (t.op === ';' || t.op === '&&' || t.op === '||')) {
      if (!flush()) return null;
      if (t.op === '&&' && status !== 0) skip = true;
      if (t.op === '||' && status === 0) skip = true;
    } else cur.push(t);
  }
  if (!flush()) return null;
  const dec = new TextDecoder();
  const pick = (tag: number): string => dec.decode(Buffer.concat(world.log.filter(([t]) => tag === 0 || t === tag).map(([, b]) => b)));
  return { stdout: pick(1), stderr: pick(2), output: pick(0), status };
}

function runPipeline(world: HostWorld, toks: Tok[], stdin: string): number | null {
  const stages: Tok[][] = [[]];
  for (const t of toks) if ('op' in t && t.op === '|') stages.push([]); else stages[stages.length - 1]!.push(t);
  const cwd = '/home/user';
  let prevRead: Desc = stdin === '' ? nullDesc() : bufDesc(new TextEncoder().encode(stdin));
  const procs = [];
  for (let s = 0; s < stages.length; s++) {
    const words: string[] = [];
    const env = ['PATH=/usr/bin:/bin', 'HOME=/home/user', 'USER=user', 'LOGNAME=user', 'LANG=C.UTF-8', 'TZ=UTC', 'PWD=/home/user'];
    let fds: Desc[] = [prevRead, sinkDesc(1), sinkDesc(2)];
    const st = stages[s]!;
    for (let i = 0; i < st.length; i++) {
      const t = st[i]!;
      if ('w' in t) {
        if (words.length === 0 && /^[A-Za-z_]\w*=/.test(t.w)) env.push(t.w); else words.push(t.w);
        continue;
      }
      const tgt = st[i + 1];
      if (t.op === '2>&1') { fds[2] = fds[1]!; continue; }
      if (!tgt || !('w' in tgt)) return null;
      i++;
      const hp = path.join(world.root, path.posix.resolve(cwd, tgt.w));
      if (t.op === '<') fds[0] = fs.existsSync(hp) ? bufDesc(fs.readFileSync(hp)) : nullDesc();
      else if (t.op === '2>' && tgt.w === '/dev/null') fds[2] = nullDesc();
      else if ((t.op === '>' || t.op === '>>') && tgt.w === '/dev/null') fds[1] = nullDesc();
      else if (t.op === '>' || t.op === '>>') fds[1] = fileDesc(hp, t.op === '>>');
      else return null;
    }
    let next: Desc | null = null;
    if (s < stages.length - 1) { const [r, w] = pipeDescs(); fds[1] = w; next = r; }
    for (const d of new Set(fds)) d.refs = fds.filter((x) => x === d).length;
    const name = words[0] === 'echo' ? '/bin/echo' : words[0] ?? '';
    const p = name.includes('/') ? name : ['/bin/', '/usr/bin/', '/usr/sbin/', '/sbin/'].map((d) => d + name).find((x) => world.programs[x]);
    if (!p) return null;
    const pr = world.spawn(p, words, env, fds, cwd);
    if (!pr) return null;
    procs.push(pr);
    prevRead = next ?? nullDesc();
  }
  world.runAll();
  const last = procs[procs.length - 1]!;
  const ws = last.exited ?? -1;
  return ws < 0 ? -1 : WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
}

function fileDesc(hp: string, append: boolean): Desc {
  const host = fs.openSync(hp, append ? 'a' : 'w');
  return { kind: 'file', host, path: hp, append, refs: 1 };
}
