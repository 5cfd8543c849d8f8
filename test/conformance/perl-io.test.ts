/**
 * The perl-io corpus on our machine: files, handles, buffering, directories
 * and I/O errors, every case recorded from perl 5.36, run on our Perl engine.
 * Known failures are in perl-io/machine-pending.txt.
 */
import { fileURLToPath } from 'node:url';
import { describeCorpus } from '../oracle/run-case.ts';

describeCorpus(fileURLToPath(new URL('./perl-io', import.meta.url)), {
  pendingFile: 'machine-pending.txt',
  maxVirtualMs: 60_000,
  maxRealMs: 60_000,
});
