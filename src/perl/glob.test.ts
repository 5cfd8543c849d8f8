/**
 * glob() and <*.c> against the real perl: fixtures/glob.pl builds a small
 * tree and globs it; fixtures/glob.expected is its output on /usr/bin/perl
 * (fixtures/glob-record.sh re-records it).
 */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { runLine } from '../system/testing.ts';

const dir = new URL('./fixtures/', import.meta.url);

test('glob matches what perl globs', () => {
  const script = readFileSync(new URL('glob.pl', dir), 'utf8');
  const r = runLine('cd /tmp && mkdir -p t && cd t && perl ~/glob.pl', { files: { 'glob.pl': script }, tty: false });
  expect(r.output).toBe(readFileSync(new URL('glob.expected', dir), 'utf8'));
  expect(r.status).toBe(0);
});
