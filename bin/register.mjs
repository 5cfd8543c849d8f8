// Loads TypeScript (tsx) and `?raw` text imports in Node: `node --import ./bin/register.mjs file.ts`.
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

register('./raw-loader.mjs', import.meta.url);
registerTsx();
