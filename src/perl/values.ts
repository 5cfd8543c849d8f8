/**
 * Perl values as plain data. Every container a program can reach lives in
 * the process image, so a structured deep copy of the image is a working
 * process (fork). No classes, closures or prototypes in here: only `t`-tagged
 * object literals, arrays, Maps and strings.
 *
 * Strings hold one character per code unit; bytes are characters 0..255 (perl
 * without `use utf8`), wider characters appear only from chr()/\x{...}.
 */

/**
 * A scalar value: undef, number, string, reference, glob or dualvar.
 * Numbers follow fmt/number.ts: a JS number is an NV or an integer below
 * 1e15 in magnitude; a bigint is an IV/UV of 1e15 or more (kept exact and
 * printed in full, as perl does).
 */
export type Val = undefined | number | bigint | string | Ref | Gv | Dual;

/** Magic attached to a scalar container (%SIG entries, $|, $!, $0 ...). */
export interface Magic {
  k: string; key?: string;
  /** An lvalue of substr()/pos() (ref() says LVALUE): the scalar it stands for, and substr's window. */
  of?: Sv; off?: number; len?: number;
}

/** A scalar container (perl's SV). `rc` counts owners. */
export interface Sv { t: 's'; v: Val; rc: number; blessed?: string; mg?: Magic; destroyed?: boolean; /** A literal constant ("Modification of a read-only value attempted"). */ ro?: boolean }
/** An array (AV): its elements are containers. Holes are undefined. */
export interface Av { t: 'a'; a: (Sv | undefined)[]; rc: number; blessed?: string; destroyed?: boolean; mg?: Magic }
/** A hash (HV), insertion-ordered; `iter` is each()'s cursor. */
export interface Hv { t: 'h'; h: Map<string, Sv>; rc: number; blessed?: string; iter?: number; mg?: Magic; destroyed?: boolean }
/** A subroutine: code unit + sub index, captured outer containers, or a native name. */
export interface Cv {
  t: 'c'; rc: number; blessed?: string; destroyed?: boolean;
  unit: number; sub: number; captured: Container[];
  name: string; pkg: string; native?: string; proto?: string; constVal?: Val[];
  /** Its `state` variables, by "unit:sub:slot" (each closure instance has its own). */
  states?: Map<string, Container>;
  /** Index in the frame stack of its innermost running call, or -1: a hint the VM checks before use. */
  top?: number;
  /** An END block inside a sub, registered before the sub's first call reached it (its captures are stand-ins). */
  unbound?: boolean;
  /** A format (ref() says FORMAT). */
  form?: boolean;
}
/** A typeglob: one symbol's slots. */
export interface Gv {
  t: 'g'; rc: number; blessed?: string; destroyed?: boolean;
  pkg: string; name: string; sv?: Sv; av?: Av; hv?: Hv; cv?: Cv; io?: Io;
  /** The format of this name (perlform). */
  form?: Cv;
}
/** A reference. Weak references do not own their referent. */
export interface Ref { t: 'r'; to: Referent; weak?: boolean }
/** A value with separate number and string faces ($!). */
export interface Dual { t: 'd'; n: number; s: string; /** Used as a float only (perl's NOK without IOK). */ nv?: boolean }
/** A filehandle (perl's IO): fd, buffers, line counter. */
export interface Io {
  t: 'io'; rc: number; blessed?: string; destroyed?: boolean;
  fd: number; name: string; mode: 'r' | 'w' | 'rw' | 'closed';
  rbuf: string; wbuf: string; eof: boolean; lines: number;
  autoflush: boolean; tty?: boolean; mem?: { sv: Sv; pos: number };
  dir?: { entries: string[]; pos: number }; pipePid?: number; err?: boolean;
  /** The :utf8 (or :encoding(UTF-8)) layer: characters are written and read as UTF-8. */
  utf8?: boolean;
  /** The :crlf layer: \n is written as \r\n and \r\n read as \n. */
  crlf?: boolean;
  /** Bytes read under :utf8 that end in an incomplete character (one char per byte). */
  upend?: string;
  /** write()'s page state ($~ $^ $= $- $%), made at first use. */
  form?: IoForm;
}

/**
 * A handle's format settings (perl's IoFMT_NAME, IoTOP_NAME, IoPAGE_LEN,
 * IoLINES_LEFT, IoPAGE): names as given and as looked up (full names).
 */
export interface IoForm {
  fmtName?: string; fmtFull?: string; topName?: string; topFull?: string;
  pageLen: number; linesLeft: number; page: number; didTop: boolean;
  /** $^ was assigned: its format must exist. */
  topSet?: boolean;
}

export type Container = Sv | Av | Hv;
export type Referent = Sv | Av | Hv | Cv | Gv | Io;

export const newSv = (v: Val = undefined): Sv => ({ t: 's', v, rc: 1 });
export const newAv = (a: (Sv | undefined)[] = []): Av => ({ t: 'a', a, rc: 1 });
export const newHv = (): Hv => ({ t: 'h', h: new Map(), rc: 1 });

export const isRef = (v: unknown): v is Ref => typeof v === 'object' && v !== null && (v as Ref).t === 'r';
export const isSv = (v: unknown): v is Sv => typeof v === 'object' && v !== null && (v as Sv).t === 's';
export const isGv = (v: unknown): v is Gv => typeof v === 'object' && v !== null && (v as Gv).t === 'g';

/** Perl's ref() type word for a referent. */
export function reftype(r: Referent): string {
  switch (r.t) {
    case 's': return r.mg?.of ? 'LVALUE' : isRef(r.v) || r.mg?.k === 'perlV' ? 'REF' : r.mg?.k === 'vstring' ? 'VSTRING' : 'SCALAR';
    case 'a': return 'ARRAY';
    case 'h': return 'HASH';
    case 'c': return r.form ? 'FORMAT' : 'CODE';
    case 'g': return 'GLOB';
    case 'io': return 'IO';
  }
}

/** Address perl would print; assigned from the image's counter on first use. */
export function addrOf(r: Referent & { addr?: number }, img: { nextAddr: number }): number {
  if (r.addr === undefined) {
    r.addr = img.nextAddr;
    img.nextAddr += 0x18;
  }
  return r.addr;
}
