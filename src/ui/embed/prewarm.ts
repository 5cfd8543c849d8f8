/**
 * Imported first by the embed bundle: when a terminal on the page boots at once
 * (`preload` or `autoplay`), start loading its machine's worker before the rest of the
 * bundle (xterm.js) is evaluated.
 */
import { prewarmMachine } from '../machine-client.ts';

if (document.querySelector('terrarium-terminal[preload], terrarium-terminal[autoplay]')) prewarmMachine();
