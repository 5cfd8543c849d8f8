/**
 * The process image: every piece of runtime state, as plain data reachable
 * from one object. `structuredClone(image)` is a working copy (fork).
 */
import type { Av, Container, Cv, Gv, Hv, Io, Referent, Sv, Val } from './values.ts';
import type { MatchState } from '../regex/index.ts';

/** Context a sub was called in: 0 void, 1 scalar, 2 list. */
export type Want = 0 | 1 | 2;

/** Where a finished frame's result goes. */
export const RET = {
  /** Push on the caller's stack; the caller continues at its saved pc. */
  STACK: 0,
  /** Store in the caller frame's opState.ret; the caller re-executes its op. */
  STATE: 1,
  /** Drop it (DESTROY, signal handlers, END blocks). */
  DROP: 2,
} as const;

export interface Frame {
  unit: number;
  sub: number;
  pc: number;
  pad: (Container | undefined)[] | unknown[];
  /** Operand stack length at entry. */
  base: number;
  want: Want;
  retMode: 0 | 1 | 2;
  /** @_ of this call (null for the main body and eval strings). */
  args: Av | null;
  saveFloor: number;
  tmpsFloor: number;
  cv: Cv | null;
  /** Current line (set by NEXTSTATE) and package for caller(). */
  line: number;
  pkg: string;
  file: string;
  /** Caller's line when this frame was entered (for caller()). */
  callLine: number;
  kind: 'main' | 'sub' | 'eval' | 'require' | 'destroy' | 'signal' | 'sort' | 'end' | 'diehook';
  /** Warnings enabled in the current statement. */
  warn?: boolean;
  /** Run-time warnings die here (`use warnings FATAL => ...`). */
  fatal?: boolean;
  /** Package caller() reports for this frame's call site, when not the caller frame's own. */
  callPkg?: string;
  /** State of a resumable op in progress in this frame (re-executed after a call or a block). */
  opState: OpState | null;
  /** The sub name for caller() and messages. */
  name: string;
  /** caller()'s evaltext: an eval string's source, or the name a require loads. */
  evalText?: string;
  /** Calls of `cv` running, this one included (perl's CvDEPTH), and the index of the next one down (-1: none). */
  depth?: number;
  below?: number;
}

/**
 * A signal action as perl gave it to the kernel: sa_flags, sa_mask (bit
 * sig-1) and whether the handler is perl's deferred one (`safe`: %SIG, or
 * POSIX::SigAction with SAFE set).
 */
export interface SigAct { flags: number; mask: number; safe: boolean }

/** Resumable op state; `pc` tells which op owns it. */
export interface OpState { pc: number; phase: string; ret?: unknown; [k: string]: unknown }

/** One localised thing to restore (perl's savestack). */
export type SaveEntry =
  | { k: 'clear'; pad: unknown[]; slot: number }
  | { k: 'padset'; pad: unknown[]; slot: number; old: unknown }
  | { k: 'gvsv'; gv: Gv; old: Sv | undefined }
  | { k: 'gvav'; gv: Gv; old: Av | undefined }
  | { k: 'gvhv'; gv: Gv; old: Hv | undefined }
  /** `local *FH`: the handle and sub of the glob (a handle of the local scope is closed). */
  | { k: 'gvio'; gv: Gv; old: Io | undefined; cv: Cv | undefined }
  | { k: 'helem'; hv: Hv; key: string; old: Sv | undefined }
  | { k: 'aelem'; av: Av; idx: number; old: Sv | undefined }
  | { k: 'svval'; sv: Sv; old: Val }
  /** References a loop's list holds while it runs (released when the loop's scope ends). */
  | { k: 'release'; refs: Referent[] }
  /** The last successful match ($1, $&...), restored when its block ends. */
  | { k: 'match'; old: Image['lastMatch'] }
  /** The selected handle while a format runs (write selects the handle it writes to). */
  | { k: 'selected'; old: Gv }
  /**
   * A signal handler's frame ends: the mask it started under comes back
   * (signals.ts, handlerEnded); `returned` is set when it returns rather than dies.
   */
  | { k: 'sigmask'; old: number; sig: number; unsafe: boolean; returned?: boolean };

export interface EvalCx {
  frameDepth: number;
  /** Index of the frame this eval belongs to (popped with it). */
  owner: number;
  stackLen: number;
  saveLen: number;
  tmpsLen: number;
  catchPc: number;
  want: Want;
  /** The line of the `eval {` (caller() shows the block as a frame called there). */
  line?: number;
}

/** Something to do between instructions: run DESTROY, close a freed filehandle. */
export type Pending = (
  | { k: 'destroy'; obj: Referent; cls: string }
  | { k: 'close'; io: Io }
  /** `raw`: straight to STDERR, never through $SIG{__WARN__} ("Out of memory!"). */
  | { k: 'warn'; msg: string; appended?: boolean; raw?: boolean; at?: string }
) & {
  /** Frame depth when queued: it runs once the stack is back at that depth (as perl's synchronous DESTROY would). */
  depth: number;
};

/** The exit sequence; `aborted`: a die in an END block ("END failed--call queue aborted"). */
export interface ExitState { status: number; phase: 'end' | 'flush' | 'destruct' | 'done'; idx: number; aborted?: boolean; at?: { file: string; line: number } }

export interface Image {
  argv: string[];
  envp: string[];
  frames: Frame[];
  stack: unknown[];
  save: SaveEntry[];
  tmps: Referent[];
  globs: Map<string, Gv>;
  pending: Pending[];
  evals: EvalCx[];
  /** Loaded %INC files are in the glob; units loaded per file name: */
  ended: boolean;
  exit: ExitState | null;
  endBlocks: Cv[];
  /** ${^GLOBAL_PHASE} before the main program runs (START, CHECK, INIT); unset: RUN, or the exit's phase. */
  phase?: string;
  /** CHECK and INIT blocks compiled with the main program, in compile order, until their phase runs them. */
  phaseQueues?: { CHECK: Cv[]; INIT: Cv[] };
  /** errno for $! */
  errno: number;
  /** $? */
  childStatus: number;
  /** Last successful match (for $1, $&, @-, @+). */
  lastMatch: { subject: string; offsets: number[]; names: [string, number[]][] } | null;
  /** Currently selected output handle. */
  selected: Gv;
  /** state variables: key "unit:sub:slot" */
  states: Map<string, Container>;
  /** Flip-flop states keyed by pc. */
  flip: Map<string, number>;
  nextAddr: number;
  /** Random generator state (seeded from sys.getrandom or srand). */
  rand: number[] | null;
  /** Steps used in the current slice (charged to budget). */
  warnHandlerDepth: number;
  /** Pending match state (regex in progress) lives in the frame's opState. */
  pendingMatch?: MatchState;
  /** pid of the process, cached at first use ($$). */
  pid: number;
  /** Open directory handles etc. keep their data in Io. */
  scriptName: string;
  /** -n/-p/-l/-a/-i switches for the main loop. */
  /** -C bits in force for the layers (${^UNICODE} less L's when the locale is not UTF-8). */
  unicode?: number;
  /** Signals (bit sig-1) whose handler POSIX::sigaction installed with SA_RESTART. */
  sigRestart?: number;
  /** Actions POSIX::sigaction gave signals (by number). See signals.ts. */
  sigActs?: { [sig: number]: SigAct };
  /** Signals (bit sig-1) whose action a %SIG store set (flags 0, no mask, safe). */
  sigSet?: number;
  /** Signals taken together with one whose handler runs: they run after it, at frame depth `depth` (not nested in it). */
  sigBatch?: { depth: number; sigs: number[] };
  /** The program deals in characters (`use utf8`, a :utf8 layer, utf8::decode): see sysnames.ts. */
  charNames?: boolean;
  switches: { n: boolean; p: boolean; l: string | null; a: boolean; F: string | null; i: string | null; zero: string | null; w: boolean; forceWarn?: 'all' | 'none' | null; s?: boolean; S?: boolean; x?: string | null; taint?: string; C?: number };
  /** Image has finished loading (main unit compiled). */
  started: boolean;
  /** Source to compile at first run (program text), or a path to read. */
  boot: { kind: 'e'; src: string } | { kind: 'file'; path: string; buf: string; fd: number } | { kind: 'stdin'; buf: string } | null;
  /** Global destruction in progress. */
  globalDestruct: boolean;
  /** Compile-time options collected from argv. */
  incDirs: string[];
  modules: string[];
  checkOnly: boolean;
  /** Blessed objects whose class may have DESTROY (for global destruction of cycles). */
  objects: Set<Referent>;
  /** Handles opened by the program (flushed at exit). */
  handles: Io[];
  inDieHook: boolean;
  /** A native sub that blocked, to call again on resume. */
  retryNative?: { cv: Cv; args: (Val | Sv)[]; want: Want; retMode: 0 | 1 | 2 };
  bootError?: string;
  bootStatus?: number;
  featureSay?: boolean;
  scriptArgs?: string[];
  globsReady?: boolean;
  evalSeq?: number;
  argvUsed?: boolean;
  /** Child image marker: this image only sets up fds and execs (pipes, system). */
  spawn?: { path: string; argv: string[]; envp: string[]; dup: [number, number][]; close: number[] };
  /** Handle last read from ($.). */
  lastRead: Io | null;
  pendingDie: Val;
  /** File of the last stat or file test (`-X _`). */
  lastStatPath?: string;
  /** Formats' accumulators ($^A and the top-of-page text), made at first use (format-vars.ts). */
  form?: { body: string; bodyLines: number; top: string; topLines: number; inTop: boolean; at?: { file: string; line: number } };
}

export type { Av, Container, Cv, Gv, Hv, Io, Referent, Sv, Val };
