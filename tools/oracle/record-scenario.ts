/**
 * Record scenario outputs from the real bash on this machine: each scenario
 * runs in a fresh home directory, its steps typed one at a time into an
 * interactive bash in a pseudo-terminal (`script -qec`), each step's output
 * taken from its Enter to the next prompt. Run twice; a scenario whose two
 * runs differ is rejected. Steps marked `record: manual` in a comment are
 * left alone (outputs the oracle cannot produce, such as systemd's).
 *
 *   node --import tsx tools/oracle/record-scenario.ts scenarios/*.yaml
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseScenario, type Scenario } from '../../src/scenario/format.ts';
import { compareStep, stripAnsi } from '../../src/scenario/normalize.ts';

const MARK = '__TRM_PROMPT__';

interface Recorded {
  outputs: string[];
  stillRunning: boolean[];
}

function run(s: Scenario): Promise<Recorded> {
  const home = mkdtempSync(join(tmpdir(), 'terrarium-scn-'));
  for (const [name, data] of Object.entries(s.files ?? {})) {
    const path = name.startsWith('/') ? name : join(home, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    if (data.startsWith('#!')) chmodSync(path, 0o755);
  }
  writeFileSync(join(home, '.rc'), `PS1='${MARK}$ '\nPS2='> '\nbind 'set enable-bracketed-paste off' 2>/dev/null\ncd ${home}\n`);
  const child = spawn('script', ['-qec', `bash --noprofile --rcfile ${home}/.rc -i`, '/dev/null'], {
    env: { HOME: home, PATH: '/usr/local/bin:/usr/bin:/bin', TERM: 'xterm-256color', LANG: 'C.UTF-8', TZ: 'UTC' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  child.stdout.on('data', (d: Buffer) => (screen += d.toString('utf8')));
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const prompts = () => screen.split(MARK).length - 1;
  const waitPrompt = async (n: number, limitMs: number): Promise<boolean> => {
    const end = Date.now() + limitMs;
    while (Date.now() < end) {
      if (prompts() >= n) return true;
      await wait(20);
    }
    return false;
  };
  return (async () => {
    const outputs: string[] = [];
    const still: boolean[] = [];
    await waitPrompt(1, 5000);
    let seen = 1;
    for (const c of s.setup ?? []) {
      child.stdin.write(c + '\n');
      await waitPrompt(++seen, 30_000);
    }
    for (const step of s.steps) {
      await wait(300);
      const start = screen.length;
      child.stdin.write(step.command + '\n');
      const ok = await waitPrompt(++seen, (step.timeout ?? 10) * 1000);
      if (!ok) {
        child.stdin.write('\x03');
        await waitPrompt(seen, 5000);
      }
      await wait(300);
      const raw = stripAnsi(screen.slice(start)).replace(/\r/g, '');
      const lines = raw.split('\n').slice(step.command.split('\n').length);
      const text = lines.join('\n').split(`${MARK}$ `)[0]!.replace(/\n+$/, '');
      outputs.push(ok ? text : text.replace(/\^C$/, '').replace(/\n+$/, ''));
      still.push(!ok);
    }
    child.stdin.write('exit\n');
    await wait(200);
    child.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
    return { outputs, stillRunning: still };
  })();
}

async function main(files: string[]): Promise<number> {
  let bad = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (/^# record: manual/m.test(text)) {
      console.log(`${file}: manual, skipped`);
      continue;
    }
    const s = parseScenario(text, file);
    const a = await run(s);
    const b = await run(s);
    // Numbers that vary from run to run (pids) are placeholders, as verify treats them.
    const same = a.outputs.every((o, i) => a.stillRunning[i] === b.stillRunning[i] && compareStep(o, b.outputs[i]!, s.steps[i]!.command).pass);
    if (!same) {
      console.log(`${file}: REJECTED, the two runs differ:\n${JSON.stringify(a.outputs)}\n${JSON.stringify(b.outputs)}`);
      bad++;
      continue;
    }
    const doc = parseDocument(text);
    a.outputs.forEach((o, i) => {
      if (a.stillRunning[i]) console.log(`${file}: step ${i + 1} still running after its timeout`);
      doc.setIn(['steps', i, 'output'], o);
    });
    writeFileSync(file, doc.toString());
    console.log(`${file}: recorded ${a.outputs.length} steps`);
  }
  return bad ? 1 : 0;
}

main(process.argv.slice(2)).then((c) => process.exit(c));
