/** wait4(2) options and the status word, as glibc's <sys/wait.h> macros decode it. */
export const WNOHANG = 1, WUNTRACED = 2, WCONTINUED = 8;
export const W_EXITCODE = (code: number, sig: number): number => ((code & 0xff) << 8) | sig;
export const W_STOPCODE = (sig: number): number => (sig << 8) | 0x7f;
export const W_CONTINUED = 0xffff;
export const WCOREFLAG = 0x80;
export const WIFEXITED = (s: number): boolean => (s & 0x7f) === 0;
export const WEXITSTATUS = (s: number): number => (s >> 8) & 0xff;
export const WIFSIGNALED = (s: number): boolean => ((s & 0x7f) + 1) >> 1 > 0 && (s & 0x7f) !== 0x7f && (s & 0x7f) !== 0;
export const WTERMSIG = (s: number): number => s & 0x7f;
export const WCOREDUMP = (s: number): boolean => (s & WCOREFLAG) !== 0;
export const WIFSTOPPED = (s: number): boolean => (s & 0xff) === 0x7f;
export const WSTOPSIG = (s: number): number => (s >> 8) & 0xff;
export const WIFCONTINUED = (s: number): boolean => s === W_CONTINUED;
