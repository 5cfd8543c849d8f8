/**
 * pid 1: reaps every orphan handed to it, forever. A data-only state
 * machine, so it needs no image copying (init never forks).
 */
import { ECHILD, EINTR, ENOENT, ERESTARTSYS, strerror } from '../abi/errno.ts';
import { SIGCHLD } from '../abi/signals.ts';
import type { Program, Sys } from '../abi/sys.ts';

interface InitImage {
  started: boolean;
}

export const initProgram: Program = {
  name: 'init',
  load: (): InitImage => ({ started: false }),
  run(image: unknown, sys: Sys, budget: number): number {
    const img = image as InitImage;
    if (!img.started) {
      sys.sigaction(SIGCHLD, 'catch');
      img.started = true;
    }
    let steps = 0;
    while (steps < budget) {
      steps++;
      while (sys.sigtake() !== 0) steps++;
      const r = sys.wait4(-1, 0);
      if (r === -ERESTARTSYS) return steps;
      if (r === -ECHILD) {
        const s = sys.sigsuspend(0);
        if (s === -ERESTARTSYS) return steps;
        continue;
      }
      if (r === -EINTR) continue;
    }
    return steps;
  },
};

/**
 * The stub a host-spawned process starts as: it execs its target, and if
 * that fails prints the error as a shell would and exits 127/126.
 */
interface StubImage {
  path: string;
  argv: string[];
  envp: string[];
}

export const execStub: Program = {
  name: 'exec-stub',
  load: (argv, envp): StubImage => ({ path: argv[0] ?? '', argv: [...argv], envp: [...envp] }),
  run(image: unknown, sys: Sys): number {
    const img = image as StubImage;
    const r = sys.execve(img.path, img.argv, img.envp);
    if (r !== -ERESTARTSYS) {
      const msg = `${img.path}: ${strerror(r)}\n`;
      sys.write(2, new TextEncoder().encode(msg));
      sys.exit(r === -ENOENT ? 127 : 126);
    }
    return 1;
  },
};
