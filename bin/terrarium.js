#!/usr/bin/env node
// Entry point of the `terrarium` command: runs the TypeScript CLI through tsx.
import './register.mjs';

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
