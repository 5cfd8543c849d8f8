/**
 * prctl(2) options, as numbered in Linux's <linux/prctl.h>, and the size of a
 * task's name (<linux/sched.h>). Only the options the kernel implements are
 * listed; any other option number is -EINVAL.
 */

/** Set the calling process's name (/proc/PID/comm, ps's COMMAND under -o comm). */
export const PR_SET_NAME = 15;
/** Read it back. */
export const PR_GET_NAME = 16;

/** Bytes of a task name including its NUL: a name keeps at most TASK_COMM_LEN - 1 bytes. */
export const TASK_COMM_LEN = 16;
