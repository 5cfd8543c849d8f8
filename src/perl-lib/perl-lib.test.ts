/**
 * The module library against the real modules: every case of
 * test/conformance/perl-lib was recorded with the host's perl and its own
 * modules; here the host's perl runs it again with our modules first in @INC
 * (PERL5LIB, so child perls such as prove's test runs see them too) and our
 * bin/ first in PATH. Same whole outputs, or the test fails with a diff.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, ORACLE_ENV } from '../../test/oracle/cases.ts';
import { compareOutcomes } from '../../test/oracle/compare.ts';
import { normaliseOutcome } from '../../test/oracle/normalise.ts';
import { readExpected, readPending } from '../../test/oracle/run-case.ts';
import { runReal } from '../../tools/oracle/real-run.ts';
import { perlLibFiles } from './index.ts';
import { generatedText, installedText } from './gen.mjs';
import { Parser } from '../perl/parser.ts';

const LIB = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const CORPUS = fileURLToPath(new URL('../../test/conformance/perl-lib', import.meta.url));
const HAVE_PERL = existsSync('/usr/bin/perl');

describe.skipIf(!HAVE_PERL)('perl-lib on the host perl', () => {
  const cases = loadCorpus(CORPUS);
  const pending = readPending(CORPUS);
  for (const c of cases) {
    const test = pending.has(c.name) ? it.fails : it;
    test(c.name, async () => {
      const expected = readExpected(c);
      const env = { ...c.env, PERL5LIB: LIB, PATH: `${LIB}/bin:${ORACLE_ENV.PATH}` };
      const run = await runReal(c, env);
      const ports = c.env.PORT ? [c.env.PORT] : [];
      const actual = normaliseOutcome(run.outcome, { homes: run.homes, ports, masks: c.masks });
      const cmp = compareOutcomes(expected, actual);
      if (!cmp.ok) throw new Error(`${c.id}: ${c.cmd}\n${cmp.report}`);
    }, Math.max(30_000, c.timeoutMs * 3));
  }
});

describe('perlLibFiles', () => {
  it('is generated from the current sources (run: node src/perl-lib/gen.mjs)', () => {
    const stored = readFileSync(new URL('./files.generated.ts', import.meta.url), 'utf8');
    expect(stored === generatedText(), 'files.generated.ts is stale: run node src/perl-lib/gen.mjs').toBe(true);
  });

  it('maps /usr/lib/perl5 paths and /usr/bin/prove to the sources', () => {
    const files = perlLibFiles();
    expect(files['/usr/lib/perl5/IO/Socket/INET.pm']).toBe(installedText(readFileSync(`${LIB}/IO/Socket/INET.pm`, 'utf8')));
    expect(files['/usr/lib/perl5/Test/More.pm']).toContain('package Test::More;');
    expect(files['/usr/bin/prove']).toMatch(/^#!\/usr\/bin\/perl/);
  });

  it('installs modules and scripts without their comment lines, each parsing to the same program', () => {
    const parsed = (src: string, file: string): string => {
      try {
        return JSON.stringify(new Parser(src, file).parseProgram());
      } catch (e) {
        return `fails: ${String(e)}`;
      }
    };
    let emptied = 0;
    for (const [path, installed] of Object.entries(perlLibFiles())) {
      if (path.endsWith('.pod')) continue;
      const source = readFileSync(path.startsWith('/usr/bin/') ? `${LIB}/bin/${path.slice(9)}` : `${LIB}/${path.slice(15)}`, 'utf8');
      expect(installed.split('\n').length, path).toBe(source.split('\n').length);
      expect(parsed(installed, path), path).toBe(parsed(source, path));
      if (installed !== source) emptied++;
    }
    expect(emptied).toBeGreaterThan(50);
  });

  it('keeps comment lines where they are text: here-documents, POD, __DATA__, #! and # line', () => {
    const src = [
      '#!/usr/bin/perl',
      '# a comment',
      '  # indented comment',
      'my $x = <<~EOT . <<"TWO"; # trailing comments stay',
      '  # in the first',
      '  EOT',
      '# in the second',
      'TWO',
      '# line 200 "named.pl"',
      '=pod',
      '',
      '# in POD',
      '',
      '=cut',
      '# after POD',
      '__DATA__',
      '# data',
    ].join('\n');
    expect(installedText(src).split('\n')).toEqual([
      '#!/usr/bin/perl', '', '',
      'my $x = <<~EOT . <<"TWO"; # trailing comments stay', '  # in the first', '  EOT', '# in the second', 'TWO',
      '# line 200 "named.pl"', '=pod', '', '# in POD', '', '=cut', '', '__DATA__', '# data',
    ]);
  });
});
