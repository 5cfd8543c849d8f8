/**
 * Names crossing between perl and the kernel: paths, arguments, environment
 * strings, directory entries, link targets.
 *
 * perl (without -CA) sees what the system gives as bytes, one character per
 * byte, and hands the kernel a string's bytes: its characters when all are
 * below 0x100, else its UTF-8 encoding. The kernel's strings are Unicode text
 * with the bytes that are not UTF-8 as the escapes U+DC80-U+DCFF
 * (programs/lib/bytes.ts). So a perl string going out is turned into the text
 * its bytes spell, and a kernel string coming in into its bytes.
 *
 * perl also passes the UTF-8 of a string that holds characters (its UTF8
 * flag) even when they are all below 0x100. The engine keeps no such flag:
 * a string of characters below 0x100 that is not valid UTF-8 as bytes is
 * taken as characters when the program deals in characters (`use utf8`,
 * -C, a :utf8 layer, utf8::decode), else as bytes.
 */
import type { Sys, SockAddr, Dirent } from '../abi/sys.ts';
import type { Image } from './image.ts';
import { shellBytes, shellString } from '../programs/lib/bytes.ts';
import { fromBytes } from './io.ts';

const ASCII = /^[\x00-\x7f]*$/;
const WIDE = /[^\x00-\xff]/;
const LONE_ESCAPE = /[\udc80-\udcff]/;
const enc = new TextEncoder();

/** The kernel's text for the perl string `s`; `chars`: take 0x80-0xFF as characters when they are not UTF-8. */
export function kernelName(s: string, chars = false): string {
  if (ASCII.test(s)) return s;
  // The last answer is kept: a loop tends to name the same file again.
  if (s === last.s && chars === last.chars) return last.text;
  let text: string;
  if (WIDE.test(s)) text = shellString(enc.encode(s));
  else {
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    text = shellString(b);
    if (chars && LONE_ESCAPE.test(text)) text = shellString(enc.encode(s));
  }
  last = { s, chars, text };
  return text;
}

let last = { s: '', chars: false, text: '' };

/** The perl byte string for the kernel's text `t` (one character per byte of its UTF-8). */
export function perlName(t: string): string {
  return ASCII.test(t) ? t : fromBytes(shellBytes(t));
}

/** -CA's view of an argument: the characters its UTF-8 bytes spell. */
export function decodeArg(bytes: string): string {
  if (ASCII.test(bytes)) return bytes;
  return new TextDecoder().decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0) & 0xff));
}

/** Whether the program deals in characters (see the top of this file). */
export function charNames(img: Image): boolean {
  return !!img.charNames || !!img.unicode;
}

function outAddr(a: SockAddr, k: (s: string) => string): SockAddr {
  return a.family === 'unix' ? { family: 'unix', path: k(a.path) } : a;
}

function inAddr<T extends SockAddr | number>(a: T): T {
  return typeof a === 'object' && a.family === 'unix' ? ({ family: 'unix', path: perlName(a.path) } as T) : a;
}

const wrapped = new WeakMap<Sys, { img: Image; sys: Sys }>();

/**
 * The system calls as the engine makes them: every path, argument and
 * environment string goes out as the text of its bytes, every name coming
 * back (getcwd, getdents, readlink, socket paths) comes in as bytes.
 */
export function perlSys(sys: Sys, img: Image): Sys {
  const hit = wrapped.get(sys);
  if (hit && hit.img === img) return hit.sys;
  const k = (s: string): string => (ASCII.test(s) ? s : kernelName(s, charNames(img)));
  const ks = (a: string[]): string[] => (a.every((s) => ASCII.test(s)) ? a : a.map(k));
  const w = Object.create(sys) as Sys;
  const own: Partial<Sys> = {
    open: (p, f, m) => sys.open(k(p), f, m),
    stat: (p) => sys.stat(k(p)),
    lstat: (p) => sys.lstat(k(p)),
    access: (p, m) => sys.access(k(p), m),
    mkdir: (p, m) => sys.mkdir(k(p), m),
    rmdir: (p) => sys.rmdir(k(p)),
    unlink: (p) => sys.unlink(k(p)),
    rename: (a, b) => sys.rename(k(a), k(b)),
    link: (a, b) => sys.link(k(a), k(b)),
    symlink: (a, b) => sys.symlink(k(a), k(b)),
    readlink: (p) => { const r = sys.readlink(k(p)); return typeof r === 'string' ? perlName(r) : r; },
    chmod: (p, m) => sys.chmod(k(p), m),
    chown: (p, u, g) => sys.chown(k(p), u, g),
    lchown: (p, u, g) => sys.lchown(k(p), u, g),
    utimes: (p, a, m) => sys.utimes(k(p), a, m),
    truncate: (p, n) => sys.truncate(k(p), n),
    chdir: (p) => sys.chdir(k(p)),
    getcwd: () => perlName(sys.getcwd()),
    getdents: (fd) => {
      const r = sys.getdents(fd);
      return typeof r === 'number' || r.every((d) => ASCII.test(d.name)) ? r : r.map((d): Dirent => ({ ...d, name: perlName(d.name) }));
    },
    execve: (p, argv, envp) => sys.execve(k(p), ks(argv), ks(envp)),
    bind: (fd, a) => sys.bind(fd, outAddr(a, k)),
    connect: (fd, a) => sys.connect(fd, outAddr(a, k)),
    sendto: (fd, d, f, a) => sys.sendto(fd, d, f, a && outAddr(a, k)),
    getsockname: (fd) => inAddr(sys.getsockname(fd)),
    getpeername: (fd) => inAddr(sys.getpeername(fd)),
    accept: (fd, f) => { const r = sys.accept(fd, f); return typeof r === 'number' ? r : { fd: r.fd, addr: inAddr(r.addr) }; },
    recvfrom: (fd, n, f) => { const r = sys.recvfrom(fd, n, f); return typeof r === 'number' || !r.addr ? r : { data: r.data, addr: inAddr(r.addr) }; },
  };
  Object.assign(w, own);
  wrapped.set(sys, { img, sys: w });
  return w;
}

/** A spawn's exec arguments (made in the parent, exec'd by the child's raw calls) as kernel text. */
export function kernelArgs(img: Image, a: string[]): string[] {
  return a.every((s) => ASCII.test(s)) ? a : a.map((s) => kernelName(s, charNames(img)));
}
