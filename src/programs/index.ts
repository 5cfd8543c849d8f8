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
import { sedPrograms } from './sed.ts';
import { sysinfoPrograms } from './sysinfo.ts';
import { testPrograms } from './test-expr.ts';
import { utilPrograms } from './util.ts';
import { awkPrograms } from './awk.ts';
import { findPrograms } from './find.ts';
import { termPrograms } from './term.ts';
import { usersPrograms } from './users.ts';
import { binaryPrograms } from './binary.ts';
import { diffPrograms } from './diff.ts';
import { pagerPrograms } from './pager.ts';
import { manPrograms } from './man.ts';
import { nanoPrograms } from './nano.ts';
import { viPrograms } from './vi.ts';
import { flockPrograms } from './flock.ts';
import { timeoutPrograms } from './timeout.ts';
import { pgrepPrograms } from './pgrep.ts';
import { gzipPrograms } from './gzip.ts';
import { tarPrograms } from './tar.ts';
import { mkfifoPrograms } from './mkfifo.ts';

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
    ...sedPrograms(),
    ...sysinfoPrograms(),
    ...testPrograms(),
    ...utilPrograms(),
    ...awkPrograms(),
    ...findPrograms(),
    ...termPrograms(),
    ...usersPrograms(),
    ...binaryPrograms(),
    ...diffPrograms(),
    ...pagerPrograms(),
    ...manPrograms(),
    ...nanoPrograms(),
    ...viPrograms(),
    ...flockPrograms(),
    ...timeoutPrograms(),
    ...pgrepPrograms(),
    ...gzipPrograms(),
    ...tarPrograms(),
    ...mkfifoPrograms(),
  };
}

export { manFiles } from './man-pages.ts';
