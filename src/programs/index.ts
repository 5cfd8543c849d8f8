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
import { exprPrograms } from './expr.ts';
import { checksumPrograms } from './checksum.ts';
import { servicePrograms } from './service.ts';
import { whoPrograms } from './who.ts';
import { topPrograms } from './top.ts';
import { watchPrograms } from './watch.ts';
import { ddPrograms } from './dd.ts';
import { shufPrograms } from './shuf.ts';
import { splitPrograms } from './split.ts';
import { joinPrograms } from './join.ts';
import { fmtPrograms } from './fmt.ts';
import { factorPrograms } from './factor.ts';
import { killallPrograms } from './killall.ts';

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
    ...exprPrograms(),
    ...checksumPrograms(),
    ...servicePrograms(),
    ...whoPrograms(),
    ...topPrograms(),
    ...watchPrograms(),
    ...ddPrograms(),
    ...shufPrograms(),
    ...splitPrograms(),
    ...joinPrograms(),
    ...fmtPrograms(),
    ...factorPrograms(),
    ...killallPrograms(),
  };
}

export { manFiles } from './man-pages.ts';
