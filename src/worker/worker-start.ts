/** Imported first by the worker entry: marks when the worker's script starts evaluating. */
import { bootMark } from './boot-mark.ts';

bootMark('worker-start');
