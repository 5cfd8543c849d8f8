/** read, mapfile/readarray: reading lines from an fd byte by byte (so nothing past the line is consumed). */
import { EINTR } from '../../abi/errno.ts';
import { ECHO, ICANON, TCSANOW } from '../../abi/termios.ts';
import type { Gen } from '../../programs/runtime.ts';
import { shellString } from '../../programs/lib/bytes.ts';
import { ifsOf } from '../expand.ts';
import type { Shell } from '../shell.ts';
import { setArray, setScalar, VarError } from '../vars.ts';
import type { Builtin } from './types.ts';

/** Read up to a delimiter (not included). null at EOF with nothing read. */
export function* readUntil(sh: Shell, fd: number, delim: string, max = Infinity, timeoutMs = -1): Gen<{ text: string; eof: boolean; timedOut?: boolean } | null> {
  const bytes: number[] = [];
  const d = delim === '' ? 0 : delim.charCodeAt(0);
  let eof = false;
  // The timeout covers the whole read, signals included.
  const now = (): number => {
    const [sec, ns] = sh.sys.clockGettime('monotonic');
    return sec * 1000 + ns / 1e6;
  };
  const deadline = timeoutMs >= 0 ? now() + timeoutMs : 0;
  while (bytes.length < max) {
    if (timeoutMs >= 0) {
      const pfd = [{ fd, events: 1, revents: 0 }];
      const left = Math.max(0, Math.ceil(deadline - now()));
      const n = yield* sh.call(() => sh.sys.poll(pfd, left));
      if (n === 0) return { text: shellString(new Uint8Array(bytes)), eof: false, timedOut: true };
      if (n === -EINTR) {
        yield* sh.runTraps();
        continue;
      }
    }
    const r = yield* sh.call(() => sh.sys.read(fd, 1));
    if (r === -EINTR) {
      yield* sh.runTraps();
      continue;
    }
    if (typeof r === 'number' || r.length === 0) {
      eof = true;
      break;
    }
    if (r[0] === d) break;
    bytes.push(r[0]!);
  }
  if (eof && bytes.length === 0) return null;
  return { text: shellString(new Uint8Array(bytes)), eof };
}

/** One line from fd (for select and friends). */
export function* readLine(sh: Shell, fd: number): Gen<string | null> {
  const r = yield* readUntil(sh, fd, '\n');
  return r === null ? null : r.text;
}

/** Split a line into n fields by IFS as read(1) does; the last takes the rest. */
export function splitRead(line: string, ifs: string, n: number): string[] {
  const ws = [...ifs].filter((c) => ' \t\n'.includes(c)).join('');
  const isWs = (c: string): boolean => ws.includes(c);
  const isIfs = (c: string): boolean => ifs.includes(c);
  let s = line;
  let i = 0;
  while (i < s.length && isWs(s[i]!)) i++;
  s = s.slice(i);
  const out: string[] = [];
  i = 0;
  while (out.length < n - 1 && i < s.length) {
    let j = i;
    while (j < s.length && !isIfs(s[j]!)) j++;
    out.push(s.slice(i, j));
    let k = j;
    while (k < s.length && isWs(s[k]!)) k++;
    if (k < s.length && isIfs(s[k]!) && !isWs(s[k]!)) {
      k++;
      while (k < s.length && isWs(s[k]!)) k++;
    }
    i = k;
  }
  if (out.length < n) {
    let rest = s.slice(i);
    let e = rest.length;
    while (e > 0 && isWs(rest[e - 1]!)) e--;
    rest = rest.slice(0, e);
    if (rest.length && isIfs(rest[rest.length - 1]!) && !isWs(rest[rest.length - 1]!) && n > 1) {
      const body = rest.slice(0, -1);
      if (![...body].some(isIfs)) rest = body;
    }
    if (rest !== '' || i < s.length) out.push(rest);
  }
  return out;
}

/** Remove backslash escapes (read without -r); a trailing backslash joins lines. */
function unescape(s: string): string {
  return s.replace(/\\(.)/gs, '$1');
}

export const read: Builtin = function* (sh, argv) {
  let raw = false, silent = false, prompt = '', arrayName: string | null = null, delim = '\n';
  let nchars = Infinity, exactN = false, timeout = -1, fd = 0;
  const args = argv.slice(1);
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      const val = (): string => {
        const rest = a.slice(j + 1);
        j = a.length;
        return rest !== '' ? rest : args[++i] ?? '';
      };
      if (c === 'r') raw = true;
      else if (c === 's') silent = true;
      else if (c === 'p') prompt = val();
      else if (c === 'a') arrayName = val();
      else if (c === 'd') delim = val().slice(0, 1);
      else if (c === 'n' || c === 'N') {
        nchars = Number(val());
        exactN = c === 'N';
      } else if (c === 't') timeout = Math.round(Number(val()) * 1000);
      else if (c === 'u') fd = Number(val());
      else if (c === 'e' || c === 'i') val();
      else {
        yield* sh.error(`read: -${c}: invalid option`);
        yield* sh.write(2, 'read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n');
        return 2;
      }
    }
  }
  const names = args.slice(i);
  const isTty = typeof sh.sys.ttyname(fd) === 'string';
  if (prompt && isTty) yield* sh.write(2, prompt);
  let saved = null;
  if ((silent || nchars !== Infinity) && isTty) {
    const t = sh.sys.tcgetattr(fd);
    if (typeof t !== 'number') {
      saved = t;
      const nt = { ...t, cc: [...t.cc] };
      if (silent) nt.lflag &= ~ECHO;
      if (nchars !== Infinity) nt.lflag &= ~ICANON;
      sh.sys.tcsetattr(fd, TCSANOW, nt);
    }
  }
  let text = '';
  let eof = false, timedOut = false;
  for (;;) {
    const r = yield* readUntil(sh, fd, exactN ? '\u0000\u0001' : delim, nchars - text.length, timeout);
    if (r === null) {
      eof = true;
      break;
    }
    if (r.timedOut) timedOut = true;
    if (!raw && r.text.endsWith('\\') && !r.eof && !timedOut && countTrailing(r.text) % 2 === 1) {
      text += r.text.slice(0, -1);
      continue;
    }
    text += r.text;
    if (r.eof) eof = true;
    break;
  }
  if (saved) sh.sys.tcsetattr(fd, TCSANOW, saved);
  if (silent && isTty && delim === '\n') yield* sh.write(2, '');
  try {
    assignRead(sh, text, raw, names, arrayName);
  } catch (e) {
    if (e instanceof VarError) {
      yield* sh.error(`read: ${e.message}`);
      return 1;
    }
    throw e;
  }
  if (timedOut) return 142;
  return eof ? 1 : 0;
};

function countTrailing(s: string): number {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && s[i] === '\\'; i--) n++;
  return n;
}

function assignRead(sh: Shell, text: string, raw: boolean, names: string[], arrayName: string | null): void {
  const ifs = ifsOf(sh.st);
  if (arrayName) {
    const fields = splitRead(raw ? text : text, ifs, Infinity).map((f) => (raw ? f : unescape(f)));
    setArray(sh.st, arrayName, fields.map((f) => [null, f]), false);
    return;
  }
  if (names.length === 0) {
    setScalar(sh.st, 'REPLY', raw ? text : unescape(text));
    return;
  }
  const fields = splitRead(text, ifs, names.length);
  names.forEach((n, k) => setScalar(sh.st, n, raw ? fields[k] ?? '' : unescape(fields[k] ?? '')));
}

export const mapfile: Builtin = function* (sh, argv) {
  let trim = false, delim = '\n', fd = 0, count = 0, skip = 0;
  const args = argv.slice(1);
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-t') trim = true;
    else if (a === '-d') delim = (args[++i] ?? '').slice(0, 1);
    else if (a === '-u') fd = Number(args[++i]);
    else if (a === '-n') count = Number(args[++i]);
    else if (a === '-s') skip = Number(args[++i]);
    else break;
  }
  const name = args[i] ?? 'MAPFILE';
  const lines: [null, string][] = [];
  let n = 0;
  for (;;) {
    if (count && lines.length >= count) break;
    const r = yield* readUntil(sh, fd, delim);
    if (r === null) break;
    if (n++ < skip) continue;
    lines.push([null, trim || r.eof ? r.text : r.text + (delim || '\0')]);
    if (r.eof) break;
  }
  setArray(sh.st, name, lines, false);
  return 0;
};
