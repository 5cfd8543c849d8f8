/**
 * What an op handler returns besides the next pc (always >= 0):
 * SWITCH — the frame stack changed (call, return, die); the handler saved pcs.
 * BLOCK  — a syscall returned -ERESTARTSYS; stay on this op and stop running.
 * YIELD  — the op used up the step budget (a long regex); resume it later.
 * STOP   — the process is gone (exit, exec).
 */
export const Flow = { SWITCH: -1, BLOCK: -2, YIELD: -3, STOP: -4 } as const;

export type Handler = (vm: import('./vm.ts').Vm, code: number[], pc: number, f: import('./image.ts').Frame) => number;

/** A native sub of the engine's own modules (mro): its result, or a flow request. */
export type NativeSub = (vm: import('./vm.ts').Vm, args: (import('./values.ts').Val | import('./values.ts').Sv)[], want: import('./image.ts').Want) => import('./scalar.ts').Item | { flow: number };
/** Those natives by full name; the VM looks here before the library's natives. */
export const NATIVE_TABLE = new Map<string, NativeSub>();
