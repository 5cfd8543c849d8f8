/** Every userland program written in TypeScript, by install path. */
import type { Program } from '../abi/sys.ts';
import { basicPrograms } from './basic.ts';
import { textPrograms } from './text.ts';
import { text2Programs } from './text2.ts';
import { sortPrograms } from './sort.ts';
import { lsPrograms } from './ls.ts';
import { fileopsPrograms } from './fileops.ts';
import { attrsPrograms } from './attrs.ts';
import { procsPrograms } from './procs.ts';
import { grepPrograms } from './grep.ts';

/** Map of install path ("/bin/cat") to program. */
export function programs(): Record<string, Program> {
  return {
    ...basicPrograms(),
    ...textPrograms(),
    ...text2Programs(),
    ...sortPrograms(),
    ...lsPrograms(),
    ...fileopsPrograms(),
    ...attrsPrograms(),
    ...procsPrograms(),
    ...grepPrograms(),
  };
}
