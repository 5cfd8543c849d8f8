/**
 * formline over many pictures: fixtures/formline.pl runs random pictures
 * and values, fixtures/formline.expected is what /usr/bin/perl printed
 * (fixtures/formline-record.sh re-records it). And arbitrary pictures never
 * raise a JS exception: every run ends with output or a perl error
 * ("Null picture in formline", "Repeated format line will never terminate").
 * Formats and write are in test/conformance/perl-io/format-*.
 */
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { runPerl } from './testing/run-perl.ts';

const dir = new URL('./fixtures/', import.meta.url);

test('formline fills $^A as perl does', () => {
  const script = readFileSync(new URL('formline.pl', dir), 'latin1');
  const r = runPerl(['formline.pl'], { files: { 'formline.pl': script }, maxRounds: 20000 });
  expect(r.stdout + r.stderr).toBe(readFileSync(new URL('formline.expected', dir), 'latin1'));
  expect(r.status).toBe(0);
});

const pieces = ['@', '^', '<', '>', '|', '#', '.', '0', '*', '~', '~~', ' ', '\t', '\n', 'x', '...', '@*', '^*', '@##.##', '^<<<'];
const picture = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));
const quote = (s: string): string => JSON.stringify(s).replace(/\$/g, '\\$').replace(/@/g, '\\@');
const value = fc.oneof(fc.constant('undef'), fc.integer({ min: -100000, max: 100000 }).map(String), fc.string({ maxLength: 30 }).map(quote));

test('formline never throws on arbitrary pictures', () => {
  const cases = fc.sample(fc.tuple(picture, fc.array(value, { maxLength: 4 })), { numRuns: 60, seed: 7 });
  // A `~~` line whose fields never empty loops as in perl: the values run out after 50 uses.
  const body = cases.map(([pic, vals], i) =>
    `{ my @v = (${vals.join(', ')}); my $n = 0; $^A = ''; eval { formline(${quote(pic)}, (map { $n++ < 50 ? $_ : undef } @v), (map { undef } 1 .. 12)); 1 } or print "e${i}: $@"; print "r${i}: ", length($^A), "\\n"; }`,
  ).join('\n');
  const r = runPerl(['f.pl'], { files: { 'f.pl': body + '\nprint "done\\n";\n' }, maxRounds: 20000 });
  expect(r.stderr).not.toMatch(/panic|Internal/);
  expect(r.stdout.endsWith('done\n')).toBe(true);
  expect(r.status).toBe(0);
});
