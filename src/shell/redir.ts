/**
 * Redirections (bash(1) REDIRECTION), performed with open/dup2/close on the
 * shell's own fd table; when `save` is set the replaced fds are kept aside
 * (fd >= 10, close-on-exec) and `restoreFds` puts them back.
 */
import { EBADF, EINTR, strerror } from '../abi/errno.ts';
import { O_APPEND, O_CLOEXEC, O_CREAT, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, F_DUPFD } from '../abi/fcntl.ts';
import { S_ISREG } from '../abi/stat.ts';
import type { Gen } from '../programs/runtime.ts';
import { isNetPath, openNetPath } from './devnet.ts';
import { expandString, expandWords } from './expand.ts';
import type { Redir, Word } from './parse/ast.ts';
import type { Shell } from './shell.ts';
import { setScalar } from './vars.ts';

export interface SavedFd {
  fd: number;
  /** where the original went, or -1 when fd was closed before */
  saved: number;
}

function wordText(w: Word): string {
  return w.parts.map((p) => {
    if (p.t === 'lit' || p.t === 'sq' || p.t === 'esc') return p.v;
    if (p.t === 'param') return '$' + (p.p.op || p.p.index ? `{${p.p.name}}` : p.p.name);
    if (p.t === 'dq') return '"' + wordText({ parts: p.parts }) + '"';
    return '';
  }).join('');
}

function* target(sh: Shell, r: Redir): Gen<string | null> {
  const fields = yield* expandWords(sh, [r.target]);
  if (fields.length !== 1) {
    yield* sh.error(`${wordText(r.target)}: ambiguous redirect`);
    return null;
  }
  return fields[0]!;
}

function* remember(sh: Shell, fd: number, saved: SavedFd[] | null): Gen<void> {
  if (!saved || saved.some((s) => s.fd === fd)) return;
  const s = sh.saveFd(fd);
  saved.push({ fd, saved: s < 0 ? -1 : s });
}

/** Place `src` at `fd` (dup2 + close src). */
function place(sh: Shell, src: number, fd: number): void {
  if (src === fd) return;
  sh.sys.dup2(src, fd);
  sh.sys.close(src);
}

function* openFile(sh: Shell, path: string, flags: number): Gen<number> {
  let fd = isNetPath(path) ? yield* openNetPath(sh, path) : yield* sh.call(() => sh.sys.open(path, flags, 0o666));
  // An open waiting on a FIFO: bash runs the trap and opens again.
  while (fd === -EINTR && !isNetPath(path)) {
    yield* sh.trapsWhileWaiting(0);
    fd = yield* sh.call(() => sh.sys.open(path, flags, 0o666));
  }
  if (fd < 0) yield* sh.error(`${path}: ${strerror(fd)}`);
  return fd;
}

function* heredocFd(sh: Shell, text: string): Gen<number> {
  const p = sh.sys.pipe(0);
  if (typeof p === 'number') return p;
  const [r, w] = p;
  if (text.length < 60000) {
    yield* sh.write(w, text);
    sh.sys.close(w);
    return r;
  }
  sh.sys.close(r);
  sh.sys.close(w);
  const path = `/tmp/sh-thd.${sh.sys.getpid()}.${sh.st.lineno}`;
  const fd = yield* sh.call(() => sh.sys.open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600));
  if (fd < 0) return fd;
  yield* sh.write(fd, text);
  sh.sys.unlink(path);
  sh.sys.lseek(fd, 0, 0);
  return fd;
}

/** Apply one redirection. false on failure (message printed). */
function* applyOne(sh: Shell, r: Redir, saved: SavedFd[] | null): Gen<boolean> {
  const dflt = r.op.startsWith('<') ? 0 : 1;
  let fd = r.fd ?? dflt;
  if (r.fdVar) {
    const nfd = sh.sys.fcntl(0, F_DUPFD, 10);
    if (nfd < 0) return false;
    sh.sys.close(nfd);
    fd = nfd;
    setScalar(sh.st, r.fdVar, String(fd));
    saved = null;
  }
  if (r.op === '<<' || r.op === '<<-' || r.op === '<<<') {
    let text: string;
    if (r.op === '<<<') text = (yield* expandString(sh, r.target)) + '\n';
    else text = r.heredoc!.quoted ? r.heredoc!.body.parts.map((p) => ('v' in p ? p.v : '')).join('') : yield* expandString(sh, r.heredoc!.body, true);
    const src = yield* heredocFd(sh, text);
    if (src < 0) return false;
    yield* remember(sh, fd, saved);
    place(sh, src, fd);
    return true;
  }
  const t = yield* target(sh, r);
  if (t === null) return false;
  if (r.op === '<&' || r.op === '>&') {
    if (t === '-') {
      yield* remember(sh, fd, saved);
      sh.sys.close(fd);
      return true;
    }
    const m = /^([0-9]+)(-?)$/.exec(t);
    if (m) {
      const src = Number(m[1]);
      if (sh.sys.fcntl(src, 1) < 0 || (saved && saved.some((s) => s.saved === src))) {
        yield* sh.error(`${src}: ${strerror(EBADF)}`);
        return false;
      }
      yield* remember(sh, fd, saved);
      if (src !== fd) sh.sys.dup2(src, fd);
      if (m[2]) sh.sys.close(src);
      return true;
    }
    if (r.op === '<&' || r.fd !== null) {
      yield* sh.error(`${t}: ambiguous redirect`);
      return false;
    }
    return yield* openBoth(sh, t, O_WRONLY | O_CREAT | O_TRUNC, saved);
  }
  if (r.op === '&>' || r.op === '&>>') {
    return yield* openBoth(sh, t, O_WRONLY | O_CREAT | (r.op === '&>' ? O_TRUNC : O_APPEND), saved);
  }
  let flags: number;
  switch (r.op) {
    case '<': flags = O_RDONLY; break;
    case '>': case '>|': flags = O_WRONLY | O_CREAT | O_TRUNC; break;
    case '>>': flags = O_WRONLY | O_CREAT | O_APPEND; break;
    default: flags = O_RDWR | O_CREAT;
  }
  if (r.op === '>' && sh.st.opts.noclobber) {
    const st = sh.sys.stat(t);
    if (typeof st !== 'number' && S_ISREG(st.mode)) {
      yield* sh.error(`${t}: cannot overwrite existing file`);
      return false;
    }
  }
  const src = yield* openFile(sh, t, flags | O_CLOEXEC);
  if (src < 0) return false;
  yield* remember(sh, fd, saved);
  if (src === fd) sh.sys.fcntl(fd, 2, 0);
  else place(sh, src, fd);
  return true;
}

function* openBoth(sh: Shell, t: string, flags: number, saved: SavedFd[] | null): Gen<boolean> {
  const src = yield* openFile(sh, t, flags | O_CLOEXEC);
  if (src < 0) return false;
  yield* remember(sh, 1, saved);
  yield* remember(sh, 2, saved);
  sh.sys.dup2(src, 1);
  sh.sys.dup2(src, 2);
  if (src !== 1 && src !== 2) sh.sys.close(src);
  return true;
}

/**
 * The file a lone `< word` redirection names, opened for reading (for
 * `$(< file)`); a negative number after printing the error.
 */
export function* openInput(sh: Shell, r: Redir): Gen<number> {
  const t = yield* target(sh, r);
  if (t === null) return -1;
  return yield* openFile(sh, t, O_RDONLY | O_CLOEXEC);
}

/**
 * Perform redirections left to right. With `save`, returns what to restore
 * (also on failure, after undoing); null means a redirection failed.
 */
export function* applyRedirs(sh: Shell, redirs: Redir[], save: boolean): Gen<SavedFd[] | null> {
  const saved: SavedFd[] | null = save ? [] : null;
  for (const r of redirs) {
    const ok = yield* applyOne(sh, r, saved);
    if (!ok) {
      if (saved) restoreFds(sh, saved);
      return null;
    }
  }
  return saved ?? [];
}

/** Undo saved redirections, last first. */
export function restoreFds(sh: Shell, saved: SavedFd[]): void {
  for (let i = saved.length - 1; i >= 0; i--) {
    const s = saved[i]!;
    if (s.saved < 0) sh.sys.close(s.fd);
    else {
      sh.sys.dup2(s.saved, s.fd);
      sh.sys.close(s.saved);
    }
  }
}

export { O_CLOEXEC };
