import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { LateFiles, PERL_ENGINE_PROGRAMS, lateLoader } from './late-files.ts';
import { lateSizes } from './late-sizes.ts';
import * as perl from '../perl/index.ts';
import { perlLibFiles } from '../perl-lib/index.ts';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('LateFiles', () => {
  it('hands out placeholders of the real sizes, filled in place when the texts arrive', () => {
    const late = new LateFiles('the test files', { '/a.pm': bytes('été\n'), '/b.pm': 2 });
    const boot1 = late.files();
    const boot2 = late.files();
    expect(boot1['/a.pm']).toEqual(new Uint8Array(6));
    late.arrive({ '/a.pm': 'été\n', '/b.pm': 'x\n' });
    expect(new TextDecoder().decode(boot1['/a.pm'])).toBe('été\n');
    expect(new TextDecoder().decode(boot2['/b.pm'])).toBe('x\n');
    const after = late.files();
    expect(new TextDecoder().decode(after['/b.pm'])).toBe('x\n');
    expect(after['/b.pm']).not.toBe(late.files()['/b.pm']);
  });

  it('refuses texts that differ from the build\'s sizes', () => {
    const late = new LateFiles('the test files', { '/a.pm': 3 });
    expect(() => late.arrive({ '/a.pm': 'abcd' })).toThrow('the test files: the files differ from the ones this page was built with');
    expect(() => late.arrive({ '/a.pm': 'abc', '/b.pm': '' })).toThrow(/differ/);
    expect(late.arrived).toBe(false);
  });

  it('a failed load says what did not load, and the next call tries again', async () => {
    let n = 0;
    const load = lateLoader('the engine', async () => {
      if (++n === 1) throw new Error('offline');
    });
    await expect(load()).rejects.toThrow('the engine did not load: offline');
    await load();
    expect(n).toBe(2);
  });
});

describe('the page worker\'s stand-ins match what they stand for', () => {
  const sizes = lateSizes(fileURLToPath(new URL('../perl/lib', import.meta.url)));

  it('the Perl engine: same programs, same module files and sizes', () => {
    expect(Object.keys(perl.programs()).sort()).toEqual([...PERL_ENGINE_PROGRAMS].sort());
    const real = Object.fromEntries(Object.entries(perl.perlLibFiles()).map(([p, t]) => [p, bytes(t)]));
    expect(sizes.perlEngine).toEqual(real);
  });

  it('the Perl module library: same files and sizes', () => {
    const real = Object.fromEntries(Object.entries(perlLibFiles()).map(([p, t]) => [p, bytes(t)]));
    expect(sizes.perlLib).toEqual(real);
  });
});
