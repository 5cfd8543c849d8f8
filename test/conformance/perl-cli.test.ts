/**
 * The perl-cli corpus on our machine: perl's processes, time and command-line
 * switches (perlrun), each case recorded from perl 5.36. Known failures are
 * in perl-cli/machine-pending.txt.
 */
import { fileURLToPath } from 'node:url';
import { describeCorpus } from '../oracle/run-case.ts';

describeCorpus(fileURLToPath(new URL('./perl-cli', import.meta.url)), {
  pendingFile: 'machine-pending.txt',
  maxVirtualMs: 60_000,
  maxRealMs: 60_000,
});
