/** The shell as installed programs: /bin/bash and /bin/sh. */
import type { Program, Sys } from '../abi/sys.ts';
import type { Gen } from '../programs/runtime.ts';
import { shellMain } from './main.ts';
import { Shell, type ShellImage } from './shell.ts';
import { newState } from './state.ts';

interface Runtime {
  shell: Shell;
  gen: Gen<number>;
}

function shellProgram(name: string): Program {
  return {
    name,
    load(argv, envp): ShellImage {
      return { kind: 'shell', st: newState(), start: { k: 'main', argv: [...argv], envp: [...envp] }, steps: 0, budget: 0 };
    },
    run(image, sys: Sys, budget): number {
      const img = image as ShellImage;
      img.steps = 0;
      img.budget = budget;
      let rt = img.rt as Runtime | undefined;
      if (!rt) {
        const shell = new Shell(img, sys);
        rt = { shell, gen: shellMain(shell) };
        img.rt = rt;
      }
      let r: IteratorResult<void, number>;
      try {
        r = rt.gen.next();
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
        sys.write(2, new TextEncoder().encode('bash: stack overflow\n'));
        sys.exit(139);
        return Math.max(1, img.steps);
      }
      if (r.done && !sys.gone) sys.exit(r.value & 0xff);
      return Math.max(1, img.steps);
    },
  };
}

/** Install map: path -> program. /bin/sh is bash (POSIX mode differences are not modelled). */
export function programs(): Record<string, Program> {
  return { '/bin/bash': shellProgram('bash'), '/bin/sh': shellProgram('sh') };
}
