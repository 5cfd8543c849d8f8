/** open(2)/fcntl(2)/flock(2)/lseek(2)/access(2) constants, Linux x86-64 values. */
export const O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3;
export const O_CREAT = 0o100, O_EXCL = 0o200, O_NOCTTY = 0o400, O_TRUNC = 0o1000,
  O_APPEND = 0o2000, O_NONBLOCK = 0o4000, O_DIRECTORY = 0o200000, O_NOFOLLOW = 0o400000,
  O_CLOEXEC = 0o2000000;
/** Set by Linux x86-64 on every open(2)/openat(2) description (not on pipes or sockets); F_GETFL shows it. */
export const O_LARGEFILE = 0o100000;
export const F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4,
  F_DUPFD_CLOEXEC = 1030;
export const FD_CLOEXEC = 1;
export const LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;
export const SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
export const F_OK = 0, X_OK = 1, W_OK = 2, R_OK = 4;
/** fcntl(2) record locks. The 64-bit commands (F_GETLK64…) have the same values on x86-64. */
export const F_GETLK = 5, F_SETLK = 6, F_SETLKW = 7;
export const F_OFD_GETLK = 36, F_OFD_SETLK = 37, F_OFD_SETLKW = 38;
export const F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2, F_EXLCK = 4, F_SHLCK = 8;

/** `struct flock` as Linux x86-64 lays it out. */
export interface Flock {
  type: number;
  whence: number;
  start: number;
  len: number;
  pid: number;
}

/**
 * Size of `struct flock` on x86-64: short l_type, short l_whence, (4 bytes
 * padding), off_t l_start, off_t l_len, pid_t l_pid, (4 bytes padding).
 * fcntl's lock commands take these bytes, as the C call takes a pointer.
 */
export const FLOCK_SIZE = 32;

/** Read a `struct flock` from its bytes (little-endian); the buffer must hold FLOCK_SIZE bytes. */
export function decodeFlock(b: Uint8Array): Flock {
  const v = new DataView(b.buffer, b.byteOffset, FLOCK_SIZE);
  return {
    type: v.getInt16(0, true), whence: v.getInt16(2, true),
    start: Number(v.getBigInt64(8, true)), len: Number(v.getBigInt64(16, true)), pid: v.getInt32(24, true),
  };
}

/** Write a `struct flock` into its bytes (padding left as it was). */
export function encodeFlock(b: Uint8Array, l: Flock): void {
  const v = new DataView(b.buffer, b.byteOffset, FLOCK_SIZE);
  v.setInt16(0, l.type, true);
  v.setInt16(2, l.whence, true);
  v.setBigInt64(8, BigInt(Math.trunc(l.start)), true);
  v.setBigInt64(16, BigInt(Math.trunc(l.len)), true);
  v.setInt32(24, l.pid, true);
}
