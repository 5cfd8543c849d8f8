#!/usr/bin/env node
/**
 * Records TCP segments on real Linux loopback for the inspector's tests. Needs
 * root (tcpdump on lo), perl 5.36 and bash. Run it twice; both runs must write
 * the same files.
 *
 *   node test/browser/inspector.record.mjs [--check]
 *
 * test/browser/inspector.echo-segments.txt: the chapter's echo scenario
 * (scenarios/tcp-echo.yaml, steps 1 and 2): the handshake, then for each
 * direction (C>S client to server, S>C back) the bytes sent and the FIN,
 * with relative sequence numbers (RFC 9293 3.4; tcpdump -S prints them
 * absolute, so they are made relative here). How the bytes are cut into
 * segments varies from run to run on Linux, so it is not recorded.
 *
 * src/inspect/echo-pair.segments.txt: one "hello" through an echo pair that
 * does what src/inspect/testing.ts's echod and echo-client do (written here
 * in perl): direction, tcpdump's flags, relative seq and ack, length, payload.
 *
 * --check compares fresh recordings with the files instead of writing them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEGMENTS_FILE = path.join(ROOT, 'test/browser/inspector.echo-segments.txt');
const PAIR_FILE = path.join(ROOT, 'src/inspect/echo-pair.segments.txt');
const PORT = 9900;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** tcpdump -n -t -S -x text to packets: { dir, flags, seq, len, payload }. */
function parseCapture(text) {
  const packets = [];
  let cur = null;
  for (const line of text.split('\n')) {
    const head = /^IP [\d.]+\.(\d+) > [\d.]+\.(\d+): Flags \[([^\]]*)\](?:, seq (\d+)(?::\d+)?)?(?:, ack (\d+))?.*, length (\d+)/.exec(line);
    if (head) {
      cur = {
        dir: Number(head[1]) === PORT ? 'S>C' : 'C>S', flags: head[3], seq: head[4] === undefined ? null : Number(head[4]),
        ack: head[5] === undefined ? null : Number(head[5]), len: Number(head[6]), hex: '',
      };
      packets.push(cur);
      continue;
    }
    const hex = /^\s+0x[0-9a-f]+:\s+((?:[0-9a-f]{2,4}\s?)+)/.exec(line);
    if (hex && cur) cur.hex += hex[1].replace(/\s+/g, '');
  }
  for (const p of packets) {
    const bytes = Buffer.from(p.hex, 'hex');
    p.payload = bytes.subarray(bytes.length - p.len);
  }
  return packets;
}

/**
 * What each side sent, which does not depend on timing: the handshake, then
 * per direction the bytes (however they were cut into segments: Nagle's
 * algorithm and delayed ACKs decide that) with the sequence numbers they
 * took, and where the FIN came.
 */
function describe(packets) {
  const isn = new Map();
  const sent = { 'C>S': { bytes: '', first: null, end: null, fin: null }, 'S>C': { bytes: '', first: null, end: null, fin: null } };
  const lines = [];
  for (const p of packets) {
    const f = p.flags;
    if (f.includes('S')) isn.set(p.dir, p.seq);
    const rel = p.seq === null ? null : (p.seq - isn.get(p.dir)) >>> 0;
    if (lines.length < 3) lines.push(`${p.dir} ${f.includes('S') ? (f.includes('.') ? 'SYN-ACK' : 'SYN') : 'ACK'}${rel === null ? '' : ` seq ${rel}`}`);
    const d = sent[p.dir];
    if (p.len > 0) {
      d.first ??= rel;
      d.bytes += p.payload.toString('latin1');
      d.end = rel + p.len;
    }
    if (f.includes('F')) d.fin = rel + p.len;
  }
  for (const [dir, d] of Object.entries(sent)) {
    lines.push(`${dir} data ${JSON.stringify(d.bytes)} seq ${d.first}:${d.end}`, `${dir} FIN seq ${d.fin}`);
  }
  return lines;
}

/** Pair file lines: "C>S P. seq 1:7 ack 1 len 6 "hello\n"" (tcpdump -S's seq of a bare ACK is implied). */
function describePair(packets) {
  const isn = new Map();
  const next = new Map();
  return packets.map((p) => {
    if (p.flags.includes('S')) isn.set(p.dir, p.seq);
    const peer = p.dir === 'C>S' ? 'S>C' : 'C>S';
    const seq = p.seq === null ? next.get(p.dir) : (p.seq - isn.get(p.dir)) >>> 0;
    const end = seq + p.len + (/[SF]/.test(p.flags) ? 1 : 0);
    next.set(p.dir, end);
    const seqText = p.len > 0 ? `${seq}:${seq + p.len}` : String(seq);
    const ack = p.ack === null ? '' : ` ack ${(p.ack - isn.get(peer)) >>> 0}`;
    return `${p.dir} ${p.flags} seq ${seqText}${ack} len ${p.len}${p.len ? ` ${JSON.stringify(p.payload.toString('latin1'))}` : ''}`;
  });
}

/** Capture port 9900 on lo while bash runs `script`; the packets. */
async function capture(script) {
  const dump = spawn('tcpdump', ['-l', '-i', 'lo', '-n', '-t', '-S', '-x', 'port', String(PORT)], { stdio: ['ignore', 'pipe', 'ignore'] });
  let text = '';
  dump.stdout.on('data', (d) => (text += d));
  await sleep(1000);
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: '/tmp' });
  if (r.status !== 0) throw new Error(`the script failed: ${r.stderr}`);
  await sleep(1000);
  dump.kill('SIGINT');
  await new Promise((res) => dump.on('close', res));
  return parseCapture(text);
}

/** echod: serve one connection, echoing each read until EOF. echo-client: send one line, print the echo, close. */
const PAIR = [
  `perl -MIO::Socket::INET -e '$s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => ${PORT}, Listen => 5, ReuseAddr => 1) or die $!; $c = $s->accept; while (sysread($c, $b, 4096)) { syswrite($c, $b) } close $c' &`,
  'sleep 0.5',
  `perl -MIO::Socket::INET -e '$s = IO::Socket::INET->new(PeerAddr => "127.0.0.1", PeerPort => ${PORT}) or die $!; syswrite($s, "hello\\n"); sysread($s, $b, 4096); print "echo: $b"; close $s'`,
  'wait',
].join('\n');

async function record() {
  const steps = parse(readFileSync(path.join(ROOT, 'scenarios/tcp-echo.yaml'), 'utf8')).steps;
  const echo = await capture(`${steps[0].command}\n${steps[1].command}\nwait\n`);
  const pair = await capture(PAIR);
  return [[SEGMENTS_FILE, `${describe(echo).join('\n')}\n`], [PAIR_FILE, `${describePair(pair).join('\n')}\n`]];
}

const fresh = await record();
if (process.argv.includes('--check')) {
  let same = true;
  for (const [file, text] of fresh) {
    if (text === readFileSync(file, 'utf8')) continue;
    same = false;
    console.log(`${path.relative(ROOT, file)} differs:\n${text}`);
  }
  if (same) console.log('same as the recorded files');
  process.exitCode = same ? 0 : 1;
} else {
  for (const [file, text] of fresh) {
    writeFileSync(file, text);
    console.log(`${path.relative(ROOT, file)}:\n${text}`);
  }
}
