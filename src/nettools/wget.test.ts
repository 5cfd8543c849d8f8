import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addSimulatedHost } from '../net/hosts/index.ts';
import type { Machine } from '../kernel/machine.ts';
import { DL_HOST } from './fixtures/wget-site.ts';
import { netMachine } from './testing.ts';

/** The cases of fixtures/record-wget.sh: arguments and the file the case starts with. */
const CASES: Array<[string, string[], string?]> = [
  ['get', ['http://dl.example/hello.txt']],
  ['index', ['http://dl.example/']],
  ['dir-index', ['http://dl.example/dir/']],
  ['output-file', ['-O', 'out.txt', 'http://dl.example/hello.txt']],
  ['output-stdout', ['-O', '-', 'http://dl.example/hello.txt']],
  ['quiet-stdout', ['-qO-', 'http://dl.example/hello.txt']],
  ['quiet', ['-q', 'http://dl.example/hello.txt']],
  ['not-found', ['http://dl.example/missing.txt']],
  ['refused', ['http://dl.example:81/hello.txt']],
  ['no-host', ['http://nosuch.example/']],
  ['server-response', ['-S', 'http://dl.example/hello.txt']],
  ['spider', ['--spider', 'http://dl.example/hello.txt']],
  ['spider-404', ['--spider', 'http://dl.example/missing.txt']],
  ['exists', ['http://dl.example/hello.txt'], 'old\n'],
  ['continue-short', ['-c', 'http://dl.example/hello.txt'], 'old\n'],
  ['continue-done', ['-c', 'http://dl.example/hello.txt'], 'hello, world\n'],
  ['big', ['http://dl.example/big.txt']],
  ['no-url', []],
  ['bad-option', ['--nosuch', 'http://dl.example/']],
  ['bad-dir', ['-O', '/nonexistent/x', 'http://dl.example/hello.txt']],
  ['no-verbose', ['-nv', 'http://dl.example/hello.txt']],
  ['two-urls', ['http://dl.example/hello.txt', 'http://dl.example/missing.txt']],
  ['quiet-404', ['-q', 'http://dl.example/missing.txt']],
  ['redirect', ['http://dl.example/old']],
  ['nv-404', ['-nv', 'http://dl.example/missing.txt']],
  ['server-response-404', ['-S', 'http://dl.example/missing.txt']],
  ['bad-scheme', ['nosuch://x/']],
  ['unreachable', ['-t', '3', 'http://10.1.2.3/']],
  ['unreachable-quiet', ['-q', '-t', '2', 'http://10.1.2.3/x.txt']],
  ['timeout', ['-T', '1', '-t', '3', 'http://203.0.113.99/']],
];

/** Blank out what differs between two runs: clock readings, speeds, durations. */
function normalize(s: string): string {
  return s
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/g, 'DATE')
    .replace(/^( {2}Date: ).*$/gm, '$1DATE')
    .replace(/^( +\d+K[ .]+?)( *\d+%)? +[\d.]+[ KMGT]?(=\S+| \S+)$/gm, '$1$2 RATE')
    .replace(/\([\d.]+ [KMGT]?B\/s\)/g, '(RATE)')
    .replace(/Total wall clock time: \S+/, 'Total wall clock time: T')
    .replace(/ in \S+ \(RATE\)/, ' in T (RATE)');
}

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/wget/${name}.out`, import.meta.url), 'utf8');
}

function runCase(m: Machine, name: string, args: string[], pre?: string): string {
  const dir = `/home/user/${name}`;
  m.mkdir(dir, { uid: 1000 });
  if (pre !== undefined) m.writeFile(`${dir}/hello.txt`, pre, { uid: 1000 });
  const dec = new TextDecoder();
  let out = '';
  let err = '';
  const pid = m.spawn(['/usr/bin/wget', ...args], {
    cwd: dir, env: { PATH: '/usr/bin:/bin', HOME: '/home/user', LANG: 'C.UTF-8' },
    stdout: (d) => (out += dec.decode(d)), stderr: (d) => (err += dec.decode(d)),
  });
  m.runUntil(() => m.exitStatus(pid) !== null, { maxVirtualMs: 60_000 });
  const st = m.exitStatus(pid) ?? -1;
  let text = `${out}--- stderr\n${err}exit ${st >> 8}\n`;
  for (const f of [...fixture(name).matchAll(/^--- file (.*)$/gm)].map((x) => x[1]!)) {
    const data = m.readFile(`${dir}/${f}`);
    text += `--- file ${f}\n${data ? dec.decode(data) : '(missing)\n'}`;
  }
  return text;
}

describe('wget (GNU Wget 1.21.3) against the recorded file server', () => {
  const m = netMachine(1, { httpd: false });
  addSimulatedHost(m.net, DL_HOST);
  for (const [name, args, pre] of CASES) {
    it(name, () => {
      expect(normalize(runCase(m, name, args, pre))).toBe(normalize(fixture(name)));
    });
  }
});
