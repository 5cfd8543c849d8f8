// Records the expected outputs of cases.yaml by running each command line
// with the real bash and GNU tools: stdout, stderr and status through pipes,
// and the merged terminal output through a pty (script(1)). Each case runs
// twice; a case whose results differ is rejected.
// Usage: node test/conformance/userland/record.mjs [--only NAME ...]
// With --only, the named cases are recorded again and the rest kept as they are.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import YAML from 'yaml';

const here = path.dirname(new URL(import.meta.url).pathname);
const cases = YAML.parse(fs.readFileSync(path.join(here, 'cases.yaml'), 'utf8'));
const env = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/home/user', USER: 'user', LOGNAME: 'user', LANG: 'C.UTF-8', TZ: 'UTC', TERM: 'xterm-256color', COLUMNS: '80', LINES: '24' };

function setup(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rec-'));
  for (const [name, text] of Object.entries(files ?? {})) {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return dir;
}

function once(c) {
  const dir = setup(c.files);
  const r = spawnSync('bash', ['-c', `trap : EXIT; ${c.cmd}`], { cwd: dir, env: { ...env, PWD: dir }, input: c.stdin ?? '', encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  const dir2 = setup(c.files);
  const script = `stty cols 80 rows 24; ${c.cmd}`;
  const t = spawnSync('script', ['-qec', `bash -c ${shq('trap : EXIT; ' + script)}`, '/dev/null'], { cwd: dir2, env: { ...env, PWD: dir2 }, input: '', encoding: 'utf8' });
  fs.rmSync(dir2, { recursive: true, force: true });
  return { stdout: r.stdout.split(dir).join('$DIR'), stderr: r.stderr.split(dir).join('$DIR'), status: r.status, tty: t.stdout.replace(/\r\n/g, '\n').split(dir2).join('$DIR') };
}

function shq(s) { return `'${s.replace(/'/g, `'\\''`)}'`; }

const only = process.argv.includes('--only') ? new Set(process.argv.slice(process.argv.indexOf('--only') + 1)) : null;
const kept = new Map(only ? JSON.parse(fs.readFileSync(path.join(here, 'expected.json'), 'utf8')).map((e) => [e.name, e]) : []);
const out = [];
let rejected = 0;
for (const c of cases) {
  if (only && !only.has(c.name)) {
    if (kept.has(c.name)) out.push(kept.get(c.name));
    continue;
  }
  const a = once(c), b = once(c);
  if (JSON.stringify(a) !== JSON.stringify(b)) { console.error(`unstable, rejected: ${c.name}`); rejected++; continue; }
  out.push({ name: c.name, ...a });
}
fs.writeFileSync(path.join(here, 'expected.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`recorded ${out.length} cases, rejected ${rejected}`);
