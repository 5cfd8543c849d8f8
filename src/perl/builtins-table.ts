/**
 * How the parser treats each builtin named in perlfunc: its argument shape
 * and whether it defaults to $_. The runtime implementation of each lives in
 * the ops-*.ts files under the same name.
 */

/** 'u' named unary (one optional argument), 'l' list operator, '0' takes no arguments. */
export type ArgShape = 'u' | 'l' | '0';

export interface BuiltinInfo { shape: ArgShape; defaultTopic?: boolean }

const U = (defaultTopic = false): BuiltinInfo => ({ shape: 'u', defaultTopic });
const L = (defaultTopic = false): BuiltinInfo => ({ shape: 'l', defaultTopic });
const Z: BuiltinInfo = { shape: '0' };

export const BUILTINS: ReadonlyMap<string, BuiltinInfo> = new Map<string, BuiltinInfo>([
  // scalars and strings
  ['length', U(true)], ['defined', U(true)], ['ref', U(true)], ['lc', U(true)], ['uc', U(true)],
  ['lcfirst', U(true)], ['ucfirst', U(true)], ['fc', U(true)], ['chr', U(true)], ['ord', U(true)],
  ['quotemeta', U(true)], ['chomp', L(true)], ['chop', L(true)], ['index', L()], ['rindex', L()],
  ['substr', L()], ['sprintf', L()], ['join', L()], ['reverse', L()], ['lc', U(true)],
  ['hex', U(true)], ['oct', U(true)], ['abs', U(true)], ['int', U(true)], ['sqrt', U(true)],
  ['log', U(true)], ['exp', U(true)], ['sin', U(true)], ['cos', U(true)], ['atan2', L()],
  ['rand', U()], ['srand', U()], ['pack', L()], ['unpack', L()], ['sprintf', L()], ['crypt', L()],
  ['scalar', U()], ['undef', U()], ['study', U(true)], ['pos', U(true)], ['repeat', L()],
  ['x', L()], ['vec', L()], ['lock', U()],
  // arrays and hashes
  ['push', L()], ['pop', U()], ['shift', U()], ['unshift', L()], ['splice', L()],
  ['keys', U()], ['values', U()], ['each', U()], ['delete', U()], ['exists', U()],
  ['wantarray', Z], ['split', L()],
  // control
  ['die', L()], ['warn', L()], ['exit', U()], ['caller', U()], ['require', U(true)],
  ['local', U()], ['bless', L()], ['dump', U()],
  // i/o
  ['print', L(true)], ['printf', L()], ['say', L(true)], ['open', L()], ['close', U()],
  ['binmode', L()], ['eof', U()], ['fileno', U()], ['readline', U()], ['getc', U()],
  ['read', L()], ['sysread', L()], ['syswrite', L()], ['sysopen', L()], ['seek', L()],
  ['tell', U()], ['sysseek', L()], ['truncate', L()], ['flock', L()], ['select', L()],
  ['opendir', L()], ['readdir', U()], ['closedir', U()], ['rewinddir', U()], ['telldir', U()], ['seekdir', L()], ['pipe', L()],
  ['unlink', L(true)], ['mkdir', L(true)], ['rmdir', U(true)], ['rename', L()], ['chdir', U()],
  ['stat', U(true)], ['lstat', U(true)], ['chmod', L()], ['chown', L()], ['utime', L()],
  ['link', L()], ['symlink', L()], ['readlink', U(true)], ['glob', U(true)], ['umask', U()],
  ['fcntl', L()], ['ioctl', L()], ['syscall', L()], ['write', U()], ['formline', L()],
  // processes
  ['fork', Z], ['wait', Z], ['waitpid', L()], ['exec', L()], ['system', L()], ['kill', L()], ['readpipe', U(true)],
  ['sleep', U()], ['alarm', U(true)], ['time', Z], ['times', Z], ['localtime', U()], ['gmtime', U()],
  ['getppid', Z], ['getpgrp', U()], ['setpgrp', L()], ['setsid', Z], ['getpriority', L()],
  ['getpwnam', U()], ['getpwuid', U()], ['getgrnam', U()], ['getgrgid', U()], ['getlogin', Z],
  // sockets
  ['socket', L()], ['socketpair', L()], ['bind', L()], ['connect', L()], ['listen', L()],
  ['accept', L()], ['shutdown', L()], ['setsockopt', L()], ['getsockopt', L()], ['send', L()],
  ['recv', L()], ['getsockname', U()], ['getpeername', U()], ['gethostbyname', U()],
  ['getprotobyname', U()], ['getservbyname', L()], ['gethostbyaddr', L()], ['getservbyport', L()],
  ['getprotobynumber', U()],
  // misc
  ['sort', L()], ['map', L()], ['grep', L()], ['sprintf', L()], ['lcfirst', U(true)],
  ['prototype', U()], ['exists', U()], ['evalbytes', U(true)], ['not', U()],
]);

/** Named unary operators whose argument is a filehandle. */
export const FH_FIRST = new Set(['print', 'printf', 'say']);

/** -X file test letters (perlfunc -X). */
export const FILETESTS = 'erwxoRWXOezsfdlpSbcugktTBAMC';
