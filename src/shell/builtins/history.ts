/** The history builtin (bash(1) SHELL BUILTIN COMMANDS, history). */
import { strerror } from '../../abi/errno.ts';
import { O_APPEND, O_CLOEXEC, O_CREAT, O_TRUNC, O_WRONLY } from '../../abi/fcntl.ts';
import type { Gen } from '../../programs/runtime.ts';
import { expandHistory, parseHistFile, trimHistory } from '../editor/history.ts';
import type { Shell } from '../shell.ts';
import { getScalar } from '../vars.ts';
import type { Builtin } from './types.ts';

const USAGE = 'history: usage: history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]\n';

function* writeLines(sh: Shell, file: string, lines: string[], append: boolean): Gen<number> {
  const fd = sh.sys.open(file, O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0o600);
  if (fd < 0) {
    yield* sh.error(`history: ${file}: ${strerror(fd)}`);
    return 1;
  }
  yield* sh.write(fd, lines.map((l) => l + '\n').join(''));
  sh.sys.close(fd);
  return 0;
}

function* deleteEntry(sh: Shell, arg: string): Gen<number> {
  const st = sh.st;
  const n = /^-?[0-9]+$/.test(arg) ? Number(arg) : NaN;
  const idx = n < 0 ? st.history.length + n : n - st.histBase - 1;
  if (!Number.isInteger(n) || idx < 0 || idx >= st.history.length || n === 0) {
    yield* sh.error(`history: ${arg}: history position out of range`);
    return 1;
  }
  st.history.splice(idx, 1);
  return 0;
}

function* fileOp(sh: Shell, flag: string, file: string | undefined): Gen<number> {
  const st = sh.st;
  const f = file ?? getScalar(st, 'HISTFILE') ?? '';
  if (flag === 'w' || flag === 'a') return yield* writeLines(sh, f, st.history, flag === 'a');
  const text = yield* sh.readFile(f);
  if (typeof text === 'number') return flag === 'n' ? 0 : 1;
  for (const l of parseHistFile(text)) st.history.push(l);
  trimHistory(st);
  return 0;
}

export const history: Builtin = function* (sh, argv) {
  const st = sh.st;
  const args = argv.slice(1);
  const a0 = args[0];
  if (a0 === '-c') {
    st.history = [];
    st.histBase = 0;
    return 0;
  }
  if (a0 === '-d') {
    if (args[1] === undefined) {
      yield* sh.error('history: -d: option requires an argument');
      yield* sh.write(2, USAGE);
      return 2;
    }
    return yield* deleteEntry(sh, args[1]);
  }
  if (a0 === '-s') {
    st.history.pop();
    st.history.push(args.slice(1).join(' '));
    return 0;
  }
  if (a0 === '-p') {
    for (const w of args.slice(1)) {
      const x = expandHistory(w, st.history, st.histBase);
      if (x.k === 'error') {
        yield* sh.error(x.message);
        return 1;
      }
      yield* sh.out((x.k === 'expanded' ? x.text : w) + '\n');
    }
    return 0;
  }
  if (a0 && /^-[anrw]$/.test(a0)) return yield* fileOp(sh, a0[1]!, args[1]);
  if (a0 !== undefined && a0 !== '--' && !/^[0-9]+$/.test(a0)) {
    if (a0.startsWith('-')) yield* sh.error(`history: ${a0}: invalid option`);
    else yield* sh.error(`history: ${a0}: numeric argument required`);
    yield* sh.write(2, USAGE);
    return a0.startsWith('-') ? 2 : 1;
  }
  const h = st.history;
  const n = a0 !== undefined && a0 !== '--' ? Number(a0) : h.length;
  for (let i = Math.max(0, h.length - n); i < h.length; i++) {
    yield* sh.out(`${String(st.histBase + i + 1).padStart(5)}  ${h[i]}\n`);
  }
  return 0;
};
