/**
 * What an op handler returns besides the next pc (always >= 0):
 * SWITCH — the frame stack changed (call, return, die); the handler saved pcs.
 * BLOCK  — a syscall returned -ERESTARTSYS; stay on this op and stop running.
 * YIELD  — the op used up the step budget (a long regex); resume it later.
 * STOP   — the process is gone (exit, exec).
 */
export const Flow = { SWITCH: -1, BLOCK: -2, YIELD: -3, STOP: -4 } as const;

export type Handler = (vm: import('./vm.ts').Vm, code: number[], pc: number, f: import('./image.ts').Frame) => number;
