import { fileURLToPath } from 'node:url';
import { describeCorpus } from '../oracle/run-case.ts';

describeCorpus(fileURLToPath(new URL('./proc', import.meta.url)));
