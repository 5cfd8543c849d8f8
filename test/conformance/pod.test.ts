/**
 * The pod corpus: POD documents formatted by the real pod2text / Pod::Text 4.14
 * and Pod::Usage 2.01 of perl 5.36 (re-record with
 * `node --import tsx tools/oracle/record.ts test/conformance/pod`), run on our
 * machine with our Pod::Text, Pod::Usage and pod2text (src/perl-lib/Pod, bin/).
 * The same cases also run on the host's perl with our modules first in @INC,
 * which checks the modules apart from our Perl engine.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { loadCorpus, ORACLE_ENV } from '../oracle/cases.ts';
import { compareOutcomes } from '../oracle/compare.ts';
import { normaliseOutcome } from '../oracle/normalise.ts';
import { describeCorpus, readExpected } from '../oracle/run-case.ts';
import { runReal } from '../../tools/oracle/real-run.ts';

const CORPUS = fileURLToPath(new URL('./pod', import.meta.url));
const LIB = fileURLToPath(new URL('../../src/perl-lib', import.meta.url));

describeCorpus(CORPUS, { maxVirtualMs: 60_000, maxRealMs: 60_000 });

describe.skipIf(!existsSync('/usr/bin/perl'))('pod on the host perl with our modules', () => {
  for (const c of loadCorpus(CORPUS)) {
    it(c.name, async () => {
      const env = { ...c.env, PERL5LIB: LIB, PATH: `${LIB}/bin:${ORACLE_ENV.PATH}` };
      const run = await runReal(c, env);
      const cmp = compareOutcomes(readExpected(c), normaliseOutcome(run.outcome, { homes: run.homes, ports: [], masks: c.masks }));
      if (!cmp.ok) throw new Error(`${c.id}: ${c.cmd}\n${cmp.report}`);
    }, 30_000);
  }
});
