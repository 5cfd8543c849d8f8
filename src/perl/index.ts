/// <reference types="vite/client" />
/**
 * The Perl 5 engine as a program of this machine: `/usr/bin/perl`.
 * `perlLibFiles()` are the modules written in Perl, installed under
 * /usr/lib/perl5 by the boot.
 */
import type { Program, Sys } from '../abi/sys.ts';
import type { Image } from './image.ts';
import { Vm, setDieImpl, setMagicReader } from './vm.ts';
import { newImage, bootImage } from './boot.ts';
import { Flow } from './flow.ts';
import { runSpawn } from './process.ts';
import { dieImpl } from './lifecycle.ts';
import { installMagic } from './magic.ts';
import { installCoreNatives } from './natives.ts';
import { val } from './scalar.ts';
import './ops-table.ts';
import { setModuleSource } from './exports.ts';
import { moduleSource } from './modules.ts';
import { perlSys } from './sysnames.ts';

import exporterPm from './lib/Exporter.pm?raw';
import carpPm from './lib/Carp.pm?raw';
import listUtilPm from './lib/List/Util.pm?raw';
import scalarUtilPm from './lib/Scalar/Util.pm?raw';
import posixPm from './lib/POSIX.pm?raw';
import fcntlPm from './lib/Fcntl.pm?raw';
import hiresPm from './lib/Time/HiRes.pm?raw';
import ioFilePm from './lib/IO/File.pm?raw';
import socketPm from './lib/Socket.pm?raw';
import errnoPm from './lib/Errno.pm?raw';
import symbolPm from './lib/Symbol.pm?raw';
import configPm from './lib/Config.pm?raw';
import overloadPm from './lib/overload.pm?raw';

installMagic();
setDieImpl(dieImpl);

/** Run one slice of a perl process. Never throws: an internal error is reported as a perl panic. */
function run(image: unknown, sys: Sys, budget: number): number {
  const img = image as Image;
  if (img.spawn) return runSpawn(img, sys);
  const vm = new Vm(img, perlSys(sys, img));
  setMagicReader((sv) => val(vm, sv));
  setModuleSource((mod) => moduleSource(vm, mod));
  try {
    if (!img.started) {
      if (!img.globsReady) installCoreNatives(vm);
      const r = bootImage(vm);
      if (r === Flow.BLOCK || r === Flow.STOP) return 1;
    }
    return vm.run(budget);
  } catch (e) {
    const msg = `panic: perl engine: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`;
    sys.write(2, new TextEncoder().encode(msg));
    sys.exit(255);
    return 1;
  }
}

export const perlProgram: Program = {
  name: 'perl',
  load: (argv, envp) => newImage(argv, envp),
  run,
};

export function programs(): Record<string, Program> {
  return { '/usr/bin/perl': perlProgram };
}

/** Perl-written modules: path under /usr/lib/perl5 -> content. */
export function perlLibFiles(): Record<string, string> {
  return {
    'Exporter.pm': exporterPm,
    'Carp.pm': carpPm,
    'List/Util.pm': listUtilPm,
    'Scalar/Util.pm': scalarUtilPm,
    'POSIX.pm': posixPm,
    'Fcntl.pm': fcntlPm,
    'Time/HiRes.pm': hiresPm,
    'IO/File.pm': ioFilePm,
    'Socket.pm': socketPm,
    'Errno.pm': errnoPm,
    'Symbol.pm': symbolPm,
    'Config.pm': configPm,
    'overload.pm': overloadPm,
  };
}
