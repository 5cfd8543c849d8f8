/**
 * The one-file build's prewarm.ts: the worker comes from the page itself (see
 * worker-factory-inline.ts), started ahead the same way.
 */
import { prewarmMachine } from '../machine-client.ts';
import { workerName } from './warm-hint.ts';

const first = document.querySelector('terrarium-terminal[preload], terrarium-terminal[autoplay]');
if (first) prewarmMachine(workerName(first));
