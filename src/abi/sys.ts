/**
 * The system-call interface every guest program sees: the contract between
 * programs (shell, coreutils, perl) and the kernel. Programs import only
 * `abi/`, never kernel internals.
 *
 * Conventions (Linux's):
 * - A call returns a non-negative number (or a data value) on success and a
 *   negative errno (`-ENOENT`) on failure. Nothing throws.
 * - `-ERESTARTSYS` means "blocked": the kernel has parked the process on what
 *   it waits for. The program must return from `Program.run` at once without
 *   moving past the call, and issue the very same call again when it is run
 *   next. The kernel keeps whatever progress the call made (bytes already
 *   written, a sleep's deadline) and continues it on the re-issue.
 * - After `exit`, a successful `execve`, or the process being killed, every
 *   call returns `-ERESTARTSYS` and `gone` is true: unwind and return.
 * - A blocking call made while a caught, unblocked signal is pending returns
 *   `-EINTR`; the program then takes the signal with `sigtake()`, runs its
 *   handler, and decides itself whether to restart (SA_RESTART is the
 *   program's business, as in perl's deferred signals).
 */

export type Errno = number; // negative errno

export interface Stat {
  dev: number;
  ino: number;
  mode: number; // S_IF* | permission bits
  nlink: number;
  uid: number;
  gid: number;
  rdev: number;
  size: number;
  blksize: number;
  blocks: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface Dirent {
  name: string;
  ino: number;
  /** DT_* value: 1 fifo, 2 chr, 4 dir, 6 blk, 8 reg, 10 lnk, 12 sock. */
  type: number;
}

export interface PollFd {
  fd: number;
  events: number;
  /** Filled in by poll. */
  revents: number;
}

export interface WaitResult {
  pid: number;
  /** Linux wait status word (WIFEXITED etc. decode it). */
  status: number;
}

export interface Termios {
  iflag: number;
  oflag: number;
  cflag: number;
  lflag: number;
  /** Control characters indexed by V* constants. */
  cc: number[];
}

export interface Winsize {
  rows: number;
  cols: number;
}

export interface Utsname {
  sysname: string;
  nodename: string;
  release: string;
  version: string;
  machine: string;
}

export interface Tms {
  utime: number;
  stime: number;
  cutime: number;
  cstime: number;
}

export type SigDisposition = 'default' | 'ignore' | 'catch';

/** Socket address as programs see it (AF_INET / AF_UNIX). */
export type SockAddr =
  | { family: 'inet'; addr: string; port: number }
  | { family: 'unix'; path: string };

export interface Sys {
  /** True once the process has exited, exec'd or been killed. */
  readonly gone: boolean;

  // ---- identity, sessions, groups
  getpid(): number;
  getppid(): number;
  getpgrp(): number;
  getpgid(pid: number): number;
  setpgid(pid: number, pgid: number): number;
  getsid(pid: number): number;
  setsid(): number;
  getuid(): number;
  geteuid(): number;
  getgid(): number;
  getegid(): number;
  getgroups(): number[];
  setuid(uid: number): number;
  setgid(gid: number): number;
  setgroups(groups: number[]): number;

  // ---- files and descriptors
  open(path: string, flags: number, mode?: number): number;
  close(fd: number): number;
  /** May block. Returns the bytes read (empty at EOF) or -errno. */
  read(fd: number, count: number): Uint8Array | Errno;
  /** May block. Returns bytes written (all of them unless non-blocking) or -errno. */
  write(fd: number, data: Uint8Array): number;
  lseek(fd: number, offset: number, whence: number): number;
  dup(fd: number): number;
  dup2(oldfd: number, newfd: number): number;
  /**
   * The lock commands (F_GETLK, F_SETLK, F_SETLKW) take the bytes of a
   * `struct flock` (see abi/fcntl.ts) and F_GETLK writes its answer into
   * them; F_SETLKW may block.
   */
  fcntl(fd: number, cmd: number, arg?: number | Uint8Array): number;
  pipe(flags?: number): [number, number] | Errno;
  stat(path: string): Stat | Errno;
  lstat(path: string): Stat | Errno;
  fstat(fd: number): Stat | Errno;
  access(path: string, mode: number): number;
  mkdir(path: string, mode: number): number;
  /** mknod(2): S_IFIFO (mkfifo) or S_IFREG in `mode`; other types are EPERM. Optional for host stand-ins. */
  mknod?(path: string, mode: number): number;
  rmdir(path: string): number;
  unlink(path: string): number;
  rename(from: string, to: string): number;
  link(existing: string, newPath: string): number;
  symlink(target: string, linkPath: string): number;
  readlink(path: string): string | Errno;
  chmod(path: string, mode: number): number;
  fchmod(fd: number, mode: number): number;
  chown(path: string, uid: number, gid: number): number;
  lchown(path: string, uid: number, gid: number): number;
  utimes(path: string, atimeMs: number, mtimeMs: number): number;
  truncate(path: string, length: number): number;
  ftruncate(fd: number, length: number): number;
  /** Next batch of entries of a directory fd (empty array at the end), "." and ".." included. */
  getdents(fd: number): Dirent[] | Errno;
  chdir(path: string): number;
  fchdir(fd: number): number;
  getcwd(): string;
  umask(mask: number): number;
  /** May block (without LOCK_NB). BSD semantics: the lock belongs to the open file description. */
  flock(fd: number, op: number): number;
  /** May block. timeoutMs < 0 waits forever. Returns count of ready fds (revents filled). */
  poll(fds: PollFd[], timeoutMs: number): number;
  /** TCGETS etc.; see abi/ioctl.ts. */
  tcgetattr(fd: number): Termios | Errno;
  tcsetattr(fd: number, when: number, t: Termios): number;
  tcgetpgrp(fd: number): number;
  tcsetpgrp(fd: number, pgrp: number): number;
  tiocgwinsz(fd: number): Winsize | Errno;
  tiocswinsz(fd: number, ws: Winsize): number;
  /** Make the tty on fd this session's controlling terminal (TIOCSCTTY). */
  tiocsctty(fd: number): number;
  /** Bytes ready to read (FIONREAD). */
  fionread(fd: number): number;
  /** Name of the terminal on fd ("/dev/pts/0") or -ENOTTY. */
  ttyname(fd: number): string | Errno;

  // ---- processes
  /**
   * Create a child that runs the same program from `childImage` (which the
   * program built: a deep copy of its own image set up to see fork() = 0, or
   * a fresh image from its data). Returns the child's pid, or -EAGAIN/-ENOMEM.
   */
  fork(childImage: unknown): number;
  /** Replace the program. On success returns -ERESTARTSYS and `gone` is true. */
  execve(path: string, argv: string[], envp: string[]): number;
  /** Never returns usefully: the process is a zombie afterwards. */
  exit(status: number): number;
  /** May block (without WNOHANG). pid -1 any child, 0 own group, < -1 group. */
  wait4(pid: number, options: number): WaitResult | Errno;
  kill(pid: number, sig: number): number;
  sigaction(sig: number, disp: SigDisposition, flags?: number, mask?: number): number;
  sigdisposition(sig: number): SigDisposition;
  /** how: SIG_BLOCK 0, SIG_UNBLOCK 1, SIG_SETMASK 2. Returns the old mask. */
  sigprocmask(how: number, set: number): number;
  sigpending(): number;
  /**
   * The next pending, unblocked signal whose disposition is 'catch'; it is
   * removed from the pending set and the program must run its handler now.
   * 0 when there is none. Programs call this between their own steps.
   */
  sigtake(): number;
  /** Block until a caught signal arrives (returns -EINTR), with `mask` in force meanwhile. */
  sigsuspend(mask: number): number;
  /** Seconds left of the previous alarm; 0 cancels. */
  alarm(seconds: number): number;
  /** ITIMER_REAL in milliseconds (Time::HiRes::ualarm and friends). Returns old remaining ms. */
  setitimer(valueMs: number, intervalMs: number): number;
  /** May block. 0 when slept through, -EINTR when a caught signal cut it short. */
  nanosleep(ms: number): number;
  /** Milliseconds left of the last nanosleep that was interrupted. */
  sleepRemainingMs(): number;
  /** [seconds, nanoseconds] of the virtual clock. */
  clockGettime(clock: 'realtime' | 'monotonic'): [number, number];
  times(): Tms;
  /** Charge (or with a negative delta, credit) memory; -ENOMEM past the cap. */
  memcharge(deltaBytes: number): number;
  /**
   * prctl(2) with an option from abi/prctl.ts. PR_SET_NAME names the calling
   * process (/proc/PID/comm), keeping the first TASK_COMM_LEN - 1 bytes of
   * `arg`, and returns 0; PR_GET_NAME returns the name. Others: -EINVAL.
   */
  prctl(option: number, arg?: string): number | string;
  /**
   * Rewrite the process's argument strings as /proc/PID/cmdline and ps show
   * them (on Linux the process overwrites the memory its argv points at, as
   * perl's `$0 =` and setproctitle do). Each string reads back followed by a
   * NUL. The area cannot grow: -E2BIG when the strings with their NULs take
   * more bytes than the argument and environment strings execve laid out;
   * -EINVAL when a string holds a NUL. execve starts from the new argv again;
   * fork copies the rewritten one.
   */
  setcmdline(args: readonly string[]): number;

  // ---- system
  getrandom(n: number): Uint8Array;
  uname(): Utsname;
  gethostname(): string;
  sethostname(name: string): number;

  // ---- sockets (implemented by net/; -EAFNOSUPPORT etc. until then)
  socket(domain: number, type: number, protocol: number): number;
  socketpair(domain: number, type: number, protocol: number): [number, number] | Errno;
  bind(fd: number, addr: SockAddr): number;
  listen(fd: number, backlog: number): number;
  /** May block. Returns the new fd and the peer address. */
  accept(fd: number, flags?: number): { fd: number; addr: SockAddr } | Errno;
  /** May block; non-blocking sockets get -EINPROGRESS. */
  connect(fd: number, addr: SockAddr): number;
  getsockname(fd: number): SockAddr | Errno;
  getpeername(fd: number): SockAddr | Errno;
  /** May block. */
  sendto(fd: number, data: Uint8Array, flags: number, addr?: SockAddr): number;
  /** May block. */
  recvfrom(fd: number, count: number, flags: number): { data: Uint8Array; addr?: SockAddr } | Errno;
  shutdown(fd: number, how: number): number;
  setsockopt(fd: number, level: number, name: number, value: number): number;
  getsockopt(fd: number, level: number, name: number): number;
  /** Resolve a host name via /etc/hosts then the simulated DNS: addresses or -errno (EAI as negative). */
  resolve(name: string): string[] | Errno;

  /**
   * Move the calling process into a control group (root only; children
   * inherit it). Stands for writing to cgroup.procs under /sys/fs/cgroup.
   */
  setcgroup?(path: string): number;

  /** Write a line to the kernel's trace channel (strace-like; free). */
  trace(channel: string, message: string): void;
}

/**
 * A program: immutable, shared code. Its per-process state (the image) is
 * plain data the kernel stores and, on fork, the program copies itself.
 */
export interface Program {
  readonly name: string;
  /** Make the image for a fresh execve. No syscalls here. */
  load(argv: readonly string[], envp: readonly string[]): unknown;
  /**
   * Run until the process blocks (a call returned -ERESTARTSYS), exits,
   * execs, or `budget` steps are used. Returns the steps used. Must not
   * throw; an exception escaping is a kernel panic.
   */
  run(image: unknown, sys: Sys, budget: number): number;
}
