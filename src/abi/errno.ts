/**
 * Linux errno numbers and their glibc texts. The one list: every errno a
 * syscall returns (negated) comes from here. Texts are generated from the real
 * glibc by tools/gen-abi.sh into errno-table.ts.
 */
import { ERRNO_TABLE } from './errno-table.ts';

export const EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, ENXIO = 6, E2BIG = 7,
  ENOEXEC = 8, EBADF = 9, ECHILD = 10, EAGAIN = 11, ENOMEM = 12, EACCES = 13, EFAULT = 14,
  EBUSY = 16, EEXIST = 17, EXDEV = 18, ENODEV = 19, ENOTDIR = 20, EISDIR = 21, EINVAL = 22,
  ENFILE = 23, EMFILE = 24, ENOTTY = 25, ETXTBSY = 26, EFBIG = 27, ENOSPC = 28, ESPIPE = 29,
  EROFS = 30, EMLINK = 31, EPIPE = 32, EDOM = 33, ERANGE = 34, EDEADLK = 35,
  ENAMETOOLONG = 36, ENOLCK = 37, ENOSYS = 38, ENOTEMPTY = 39, ELOOP = 40,
  EWOULDBLOCK = 11, ENOTSOCK = 88, EDESTADDRREQ = 89, EMSGSIZE = 90, EPROTOTYPE = 91,
  ENOPROTOOPT = 92, EPROTONOSUPPORT = 93, ESOCKTNOSUPPORT = 94, EOPNOTSUPP = 95,
  EPFNOSUPPORT = 96, EAFNOSUPPORT = 97, EADDRINUSE = 98, EADDRNOTAVAIL = 99, ENETDOWN = 100,
  ENETUNREACH = 101, ENETRESET = 102, ECONNABORTED = 103, ECONNRESET = 104, ENOBUFS = 105,
  EISCONN = 106, ENOTCONN = 107, ESHUTDOWN = 108, ETIMEDOUT = 110, ECONNREFUSED = 111,
  EHOSTDOWN = 112, EHOSTUNREACH = 113, EALREADY = 114, EINPROGRESS = 115;

/**
 * Kernel-internal: "the call would block; the process has been parked; issue
 * the same call again when resumed". Linux uses the same number for the same
 * idea. A program that sees it must stop running at once (return from its
 * `run`) without advancing past the call. It is never shown to a guest.
 */
export const ERESTARTSYS = 512;

const TEXT = new Map<number, string>();
const NAME = new Map<number, string>();
const BY_NAME = new Map<string, number>();
for (const [num, names, text] of ERRNO_TABLE) {
  TEXT.set(num, text);
  NAME.set(num, names[0]!);
  for (const n of names) BY_NAME.set(n, num);
}

/** glibc's strerror text, e.g. strerror(111) = "Connection refused". */
export function strerror(errno: number): string {
  return TEXT.get(Math.abs(errno)) ?? `Unknown error ${Math.abs(errno)}`;
}

/** The symbolic name (EAGAIN for 11), or undefined. */
export function errnoName(errno: number): string | undefined {
  return NAME.get(Math.abs(errno));
}

/** errno number for a name such as "ECONNREFUSED" (aliases accepted). */
export function errnoByName(name: string): number | undefined {
  return BY_NAME.get(name);
}

/** Every errno name Linux defines, with its number (for Perl's Errno/%!). */
export function allErrnos(): ReadonlyArray<readonly [number, readonly string[], string]> {
  return ERRNO_TABLE;
}
