/**
 * The perl-lib corpus on our machine: every case recorded from perl 5.36 with the
 * real modules runs on our Perl engine with our modules. Known failures are
 * in perl-lib/machine-pending.txt (perl-lib/pending.txt is for the host-perl runner).
 */
import { fileURLToPath } from 'node:url';
import { describeCorpus } from '../oracle/run-case.ts';

describeCorpus(fileURLToPath(new URL('./perl-lib', import.meta.url)), {
  pendingFile: 'machine-pending.txt',
  maxVirtualMs: 60_000,
  maxRealMs: 60_000,
});
