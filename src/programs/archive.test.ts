/**
 * gzip and tar formats against GNU gzip and GNU tar: files they wrote
 * (testdata/, see its README) decode here, and what we write they accept.
 */
import { describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as zlib from 'node:zlib';
import type { Gen } from './runtime.ts';
import { deflate, crc32 } from './lib/deflate.ts';
import { inflate } from './lib/inflate.ts';
import { gzipDecode, gzipEncode } from './lib/gzip-format.ts';
import { BLOCK, RECORD, encodeHeader, readArchive } from './lib/tar-format.ts';
import { longLine } from './tar.ts';
import type { TarRun } from './tar.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const data = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(here, 'testdata', name)));
const run = <T>(g: Gen<T>): T => { for (;;) { const r = g.next(); if (r.done) return r.value; } };
const tick = function* (): Gen<void> { /* no budget in tests */ };
const hasTool = (t: string): boolean => spawnSync(t, ['--version']).status === 0;

function samples(): Uint8Array[] {
  const text = new TextEncoder().encode('hello hello hello, said the echo\n'.repeat(500));
  const noise = new Uint8Array(70000);
  let x = 12345;
  for (let i = 0; i < noise.length; i++) { x = (x * 1103515245 + 12345) >>> 0; noise[i] = x >>> 24; }
  return [new Uint8Array(0), new Uint8Array([65]), text, noise, data('text.txt')];
}

describe('DEFLATE', () => {
  test('inflates what zlib deflates at every level, stored blocks included', () => {
    for (const d of samples()) {
      for (const level of [0, 1, 6, 9]) {
        const z = new Uint8Array(zlib.deflateRawSync(d, { level }));
        const r = run(inflate(z, 0, tick));
        expect(Buffer.from(r.out).equals(Buffer.from(d))).toBe(true);
        expect(r.end).toBe(z.length);
      }
    }
  });
  test('what we deflate, zlib inflates', () => {
    for (const d of samples()) {
      const c = run(deflate(d, tick));
      expect(Buffer.from(zlib.inflateRawSync(c)).equals(Buffer.from(d))).toBe(true);
    }
  });
  test('crc32 is the gzip CRC', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('gzip files', () => {
  test('decodes a file GNU gzip -9 wrote', () => {
    const r = run(gzipDecode(data('text.txt.gz'), tick));
    if (typeof r === 'string') throw new Error(r);
    expect(r.error).toBeUndefined();
    expect(Buffer.from(r.out).equals(Buffer.from(data('text.txt')))).toBe(true);
  });
  test.skipIf(!hasTool('gzip'))('GNU gzip accepts ours and sees the stored name', () => {
    const gz = run(gzipEncode(data('text.txt'), 'text.txt', 1700000000, tick));
    const t = spawnSync('gzip', ['-dc'], { input: gz });
    expect(t.status).toBe(0);
    expect(Buffer.from(t.stdout).equals(Buffer.from(data('text.txt')))).toBe(true);
    const dir = fs.mkdtempSync('/tmp/gz-');
    fs.writeFileSync(path.join(dir, 'x.gz'), gz);
    const l = spawnSync('gzip', ['-lN', path.join(dir, 'x.gz')], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true });
    expect(l.stdout.trim().split(/\s+/).pop()).toBe(path.join(dir, 'text.txt'));
  });
  test('a corrupted trailer is a CRC error', () => {
    const gz = data('text.txt.gz').slice();
    gz[gz.length - 6]! ^= 1;
    const r = run(gzipDecode(gz, tick));
    expect(typeof r === 'string' ? r : r.error).toBe('invalid compressed data--crc error');
  });
});

describe('tar archives', () => {
  const fakeRun = (): TarRun => ({ o: { numeric: false }, ugsWidth: 18 } as unknown as TarRun);

  test('lists a GNU tar archive as tar tv does', () => {
    const a = readArchive(data('tree.tar'));
    expect(a.error).toBeUndefined();
    const r = fakeRun();
    expect(a.members.map((m) => longLine(r, m.entry)).join('')).toBe(fs.readFileSync(path.join(here, 'testdata/tree-tv.txt'), 'utf8'));
    expect(new TextDecoder().decode(a.members.find((m) => m.entry.name === 't/sub/b')!.data)).toBe('x'.repeat(700));
  });

  test.skipIf(!hasTool('tar'))('GNU tar lists our re-encoding of its archive the same way', () => {
    const parts: Uint8Array[] = [];
    for (const m of readArchive(data('tree.tar')).members) {
      parts.push(encodeHeader(m.entry)!);
      if (m.data.length > 0) parts.push(m.data, new Uint8Array((BLOCK - (m.data.length % BLOCK)) % BLOCK));
    }
    const len = parts.reduce((n, p) => n + p.length, 2 * BLOCK);
    const ours = new Uint8Array(Math.ceil(len / RECORD) * RECORD);
    let at = 0;
    for (const p of parts) { ours.set(p, at); at += p.length; }
    const list = (input: Uint8Array): string => spawnSync('tar', ['tvf', '-'], { input, encoding: 'utf8', env: { TZ: 'UTC', PATH: process.env.PATH } }).stdout;
    expect(list(ours)).toBe(list(data('tree.tar')));
  });
});
