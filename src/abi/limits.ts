/** Every limit and tuning constant of the machine, in one place (like xv6 param.h). */
export const LIMITS = {
  /** Most processes alive at once (fork fails with EAGAIN past it). */
  maxProcs: 256,
  /** Most open fds per process (EMFILE past it). */
  maxFds: 1024,
  /** Bytes a pipe holds (Linux default 64 KiB). */
  pipeBuf: 65536,
  /** Writes up to this size are atomic on a pipe (POSIX PIPE_BUF). */
  PIPE_BUF: 4096,
  /** Bytes the terminal's input queue holds in canonical mode (Linux N_TTY_BUF_SIZE). */
  ttyInputMax: 4096,
  /** Bytes of tty output buffered before writers block (drained by the UI/CLI). */
  ttyOutputMax: 65536,
  /** Per-process memory cap (bytes) as accounted by programs (ENOMEM past it). */
  memPerProc: 256 * 1024 * 1024,
  /** Steps a process runs before the scheduler preempts it. */
  quantum: 20_000,
  /** Virtual nanoseconds each executed step costs. */
  nsPerStep: 1000,
  /** Virtual time charged for a syscall, on top of its steps (ns). */
  nsPerSyscall: 2000,
  /** Lowest and highest ephemeral port (Linux ip_local_port_range). */
  ephemeralLow: 32768,
  ephemeralHigh: 60999,
  /** Wall-clock milliseconds of one worker slice before yielding to the event loop. */
  sliceMs: 8,
} as const;
