/**
 * Opcode number -> handler, assembled from the ops-*.ts families. Every
 * opcode in opcodes.ts must have a handler (checked at load).
 */
import { OPS } from './opcodes.ts';
import type { Handler } from './flow.ts';
import { H as core } from './ops-core.ts';
import { H as data } from './ops-data.ts';
import { H as arith } from './ops-arith.ts';
import { H as call } from './ops-call.ts';
import { H as io } from './ops-io.ts';
import { H as regex } from './ops-regex.ts';
import { H as func } from './builtins.ts';
import './builtins-string.ts';
import './builtins-data.ts';
import './builtins-control.ts';
import './builtins-io.ts';
import './builtins-format.ts';
import './process.ts';
import './builtins-net.ts';
import './builtins-ioctl.ts';
import './builtins-glob.ts';
import './builtins-mro.ts';
import './ops-compiletime.ts';

const all: Record<number, Handler> = { ...core, ...data, ...arith, ...call, ...io, ...regex, ...func };

export const HANDLERS: Handler[] = OPS.map((info, i) => {
  const h = all[i];
  if (!h) return (vm) => vm.dieMsg(`panic: no handler for opcode ${info.name}`);
  return h;
});

