/** open(2)/fcntl(2)/flock(2)/lseek(2)/access(2) constants, Linux x86-64 values. */
export const O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3;
export const O_CREAT = 0o100, O_EXCL = 0o200, O_NOCTTY = 0o400, O_TRUNC = 0o1000,
  O_APPEND = 0o2000, O_NONBLOCK = 0o4000, O_DIRECTORY = 0o200000, O_NOFOLLOW = 0o400000,
  O_CLOEXEC = 0o2000000;
export const F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4,
  F_DUPFD_CLOEXEC = 1030;
export const FD_CLOEXEC = 1;
export const LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;
export const SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
export const F_OK = 0, X_OK = 1, W_OK = 2, R_OK = 4;
