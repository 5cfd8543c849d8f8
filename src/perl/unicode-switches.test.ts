/**
 * perlrun -C, the utf8 layers and the "Wide character" warning against the
 * real perl: fixtures/unicode-switches.sh runs perl one-liners over text with
 * characters above U+FFFF; fixtures/unicode-switches.expected is what bash
 * and /usr/bin/perl printed (fixtures/unicode-switches-record.sh re-records it).
 */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { runLine } from '../system/testing.ts';

const dir = new URL('./fixtures/', import.meta.url);

test('-C switches and utf8 layers print what perl prints', () => {
  const script = readFileSync(new URL('unicode-switches.sh', dir), 'utf8');
  const r = runLine('cd /tmp && LANG=C.UTF-8 bash ~/unicode-switches.sh 2>&1', { files: { 'unicode-switches.sh': script }, tty: false });
  expect(r.output).toBe(readFileSync(new URL('unicode-switches.expected', dir), 'utf8'));
  expect(r.status).toBe(0);
});
