package POSIX;
# POSIX: natives (floor, ceil, strftime, constants) installed when required.
use Exporter 'import';
our $VERSION = '2.03';
our @EXPORT = qw(floor ceil fmod pow strftime mktime strtol strtod setsid _exit dup2 isatty ttyname getcwd strerror
  WNOHANG WUNTRACED WIFEXITED WEXITSTATUS WIFSIGNALED WTERMSIG WIFSTOPPED WSTOPSIG EXIT_SUCCESS EXIT_FAILURE
  INT_MAX INT_MIN UINT_MAX DBL_MAX DBL_MIN DBL_EPSILON DBL_DIG FLT_MAX FLT_MIN FLT_EPSILON LONG_MAX LONG_MIN
  SHRT_MAX SHRT_MIN UCHAR_MAX CHAR_BIT PATH_MAX RAND_MAX CLOCKS_PER_SEC
  EPERM ENOENT ESRCH EINTR EIO ENXIO E2BIG ENOEXEC EBADF ECHILD EAGAIN ENOMEM EACCES EFAULT EBUSY EEXIST EXDEV ENODEV ENOTDIR EISDIR EINVAL ENFILE EMFILE ENOTTY ETXTBSY EFBIG ENOSPC ESPIPE EROFS EMLINK EPIPE EDOM ERANGE EDEADLK ENAMETOOLONG ENOLCK ENOSYS ENOTEMPTY ELOOP EWOULDBLOCK ENOTSOCK EDESTADDRREQ EMSGSIZE EPROTOTYPE ENOPROTOOPT EPROTONOSUPPORT EOPNOTSUPP EAFNOSUPPORT EADDRINUSE EADDRNOTAVAIL ENETDOWN ENETUNREACH ECONNABORTED ECONNRESET ENOBUFS EISCONN ENOTCONN ETIMEDOUT ECONNREFUSED EHOSTUNREACH EALREADY EINPROGRESS
  SIGABRT SIGALRM SIGBUS SIGCHLD SIGCONT SIGFPE SIGHUP SIGILL SIGINT SIGKILL SIGPIPE SIGPOLL SIGPROF SIGQUIT SIGSEGV SIGSTOP SIGSYS SIGTERM SIGTRAP SIGTSTP SIGTTIN SIGTTOU SIGURG SIGUSR1 SIGUSR2 SIGVTALRM SIGXCPU SIGXFSZ
  SIG_BLOCK SIG_UNBLOCK SIG_SETMASK sigprocmask sigpending sigsuspend pause setpgid getpgrp
  SA_NOCLDSTOP SA_NOCLDWAIT SA_SIGINFO SA_ONSTACK SA_RESTART SA_NODEFER SA_RESETHAND sigaction mkfifo
  STDIN_FILENO STDOUT_FILENO STDERR_FILENO BUFSIZ EOF);
our @EXPORT_OK = qw(close abs round trunc lround getpid getppid O_RDONLY O_WRONLY O_RDWR O_CREAT O_EXCL O_TRUNC O_APPEND O_NONBLOCK SEEK_SET SEEK_CUR SEEK_END
  uname access open read write lseek errno tzset tzname times fabs sqrt fmin fmax exp log log10 log2 sin cos tan atan2 cbrt hypot isnan isinf isfinite signbit copysign nan
  setlocale localeconv LC_CTYPE LC_NUMERIC LC_TIME LC_COLLATE LC_MONETARY LC_MESSAGES LC_ALL F_OK R_OK W_OK X_OK
  LONG_BIT CHAR_MAX CHAR_MIN SCHAR_MAX SCHAR_MIN USHRT_MAX FLT_DIG DBL_MANT_DIG FLT_MANT_DIG tmpnam);
push @EXPORT_OK, @EXPORT;
our %EXPORT_TAGS = (sys_wait_h => [qw(WNOHANG WUNTRACED WIFEXITED WEXITSTATUS WIFSIGNALED WTERMSIG WIFSTOPPED WSTOPSIG)],
  signal_h => [qw(SIGABRT SIGALRM SIGBUS SIGCHLD SIGCONT SIGFPE SIGHUP SIGILL SIGINT SIGKILL SIGPIPE SIGPOLL SIGPROF SIGQUIT SIGSEGV SIGSTOP SIGSYS SIGTERM SIGTRAP SIGTSTP SIGTTIN SIGTTOU SIGURG SIGUSR1 SIGUSR2 SIGVTALRM SIGXCPU SIGXFSZ SIG_BLOCK SIG_UNBLOCK SIG_SETMASK sigprocmask sigpending sigsuspend pause SA_NOCLDSTOP SA_NOCLDWAIT SA_SIGINFO SA_ONSTACK SA_RESTART SA_NODEFER SA_RESETHAND sigaction)],
  errno_h => [qw(EPERM ENOENT ESRCH EINTR EIO ENXIO E2BIG ENOEXEC EBADF ECHILD EAGAIN ENOMEM EACCES EFAULT EBUSY EEXIST EXDEV ENODEV ENOTDIR EISDIR EINVAL ENFILE EMFILE ENOTTY ETXTBSY EFBIG ENOSPC ESPIPE EROFS EMLINK EPIPE EDOM ERANGE EDEADLK ENAMETOOLONG ENOLCK ENOSYS ENOTEMPTY ELOOP EWOULDBLOCK ENOTSOCK EDESTADDRREQ EMSGSIZE EPROTOTYPE ENOPROTOOPT EPROTONOSUPPORT EOPNOTSUPP EAFNOSUPPORT EADDRINUSE EADDRNOTAVAIL ENETDOWN ENETUNREACH ECONNABORTED ECONNRESET ENOBUFS EISCONN ENOTCONN ETIMEDOUT ECONNREFUSED EHOSTUNREACH EALREADY EINPROGRESS)],
  limits_h => [qw(INT_MAX INT_MIN UINT_MAX LONG_MAX LONG_MIN SHRT_MAX SHRT_MIN UCHAR_MAX CHAR_BIT PATH_MAX LONG_BIT CHAR_MAX CHAR_MIN SCHAR_MAX SCHAR_MIN USHRT_MAX)],
  float_h => [qw(DBL_MAX DBL_MIN DBL_EPSILON DBL_DIG FLT_MAX FLT_MIN FLT_EPSILON DBL_MANT_DIG FLT_DIG FLT_MANT_DIG)],
  locale_h => [qw(LC_CTYPE LC_NUMERIC LC_TIME LC_COLLATE LC_MONETARY LC_MESSAGES LC_ALL setlocale localeconv)],
  unistd_h => [qw(F_OK R_OK W_OK X_OK STDIN_FILENO STDOUT_FILENO STDERR_FILENO access dup2 getcwd getpid getppid isatty setsid ttyname _exit)],
  math_h => [qw(floor ceil fmod pow fabs sqrt exp log log10 sin cos tan atan2 round trunc lround)],
  fcntl_h => [qw(O_RDONLY O_WRONLY O_RDWR O_CREAT O_EXCL O_TRUNC O_APPEND O_NONBLOCK SEEK_SET SEEK_CUR SEEK_END)]);

# The functions written in Perl.
sub lround { my $x = shift; return $x < 0 ? -int(-$x + 0.5) : int($x + 0.5) }
sub fabs { return CORE::abs($_[0]) }
sub sqrt { return CORE::sqrt($_[0]) }
sub exp { return CORE::exp($_[0]) }
sub log { return CORE::log($_[0]) }
sub log10 { return CORE::log($_[0]) / CORE::log(10) }
sub log2 { return CORE::log($_[0]) / CORE::log(2) }
sub sin { return CORE::sin($_[0]) }
sub cos { return CORE::cos($_[0]) }
sub tan { return CORE::sin($_[0]) / CORE::cos($_[0]) }
sub atan2 { return CORE::atan2($_[0], $_[1]) }
sub cbrt { my $x = shift; return $x < 0 ? -((-$x) ** (1 / 3)) : $x ** (1 / 3) }
sub hypot { return CORE::sqrt($_[0] * $_[0] + $_[1] * $_[1]) }
sub fmin { return $_[0] < $_[1] ? $_[0] : $_[1] }
sub fmax { return $_[0] > $_[1] ? $_[0] : $_[1] }
sub isnan { return $_[0] != $_[0] ? 1 : 0 }
sub isinf { my $x = shift; return ($x == $x && $x * 0 != 0) ? 1 : 0 }
sub isfinite { my $x = shift; return ($x == $x && $x * 0 == 0) ? 1 : 0 }
sub signbit { return $_[0] < 0 || (CORE::sprintf('%g', $_[0]) eq '-0') ? 1 : 0 }
sub copysign { my ($x, $y) = @_; $x = CORE::abs($x); return $y < 0 ? -$x : $x }
sub nan { return 9**9**9 / 9**9**9 * 0 + (9**9**9 - 9**9**9) }
sub tzset { return }
sub tzname { return ('UTC', 'UTC') }
sub setlocale { return 'C' }
sub localeconv { return { decimal_point => '.', thousands_sep => '', grouping => '' } }
sub times {
    my @t = CORE::times();
    return (int(CORE::time() * 100) % 2147483648, map { int($_ * 100) } @t);
}
# sigaction's flags (Linux values).
sub SA_NOCLDSTOP () { 1 }
sub SA_NOCLDWAIT () { 2 }
sub SA_SIGINFO () { 4 }
sub SA_ONSTACK () { 0x08000000 }
sub SA_RESTART () { 0x10000000 }
sub SA_NODEFER () { 0x40000000 }
sub SA_RESETHAND () { 0x80000000 }
# sigaction SIG, ACTION [, OLDACTION]: the handler goes into %SIG, as perl's does.
# SA_RESTART re-issues an interrupted call; SA_NOCLDSTOP and SA_NOCLDWAIT go to the
# kernel; MASK (without SAFE), SA_NODEFER and SA_RESETHAND apply when the handler runs.
sub sigaction {
    die "Usage: POSIX::sigaction(sig, optaction, oldaction = 0) at " . join(' line ', (caller)[1, 2]) . ".\n"
        if @_ < 2 || @_ > 3;
    my ($sig, $act, $old) = @_;
    for (['action', $act], ['oldaction', $old]) {
        next if !defined $_->[1] || (ref $_->[1] && UNIVERSAL::isa($_->[1], 'POSIX::SigAction'));
        die "$_->[0] is not of type POSIX::SigAction at " . join(' line ', (caller)[1, 2]) . ".\n";
    }
    my ($name, $restart) = POSIX::_sigflags($sig);
    if (!defined $name) {
        if ($sig > 64) { warn "No such signal: $sig at " . join(' line ', (caller)[1, 2]) . ".\n"; return undef }
        $! = 22;
        return undef;
    }
    if ($old) {
        my $h = $SIG{$name};
        $old->{HANDLER} = defined $h && $h ne '' ? $h : 'DEFAULT';
        my ($flags, $safe, @mask) = POSIX::_sigact($sig);
        $old->{FLAGS} = $flags;
        $old->{MASK} = POSIX::SigSet->new(@mask);
        $old->{SAFE} = $safe;
    }
    if ($act) {
        my $flags = $act->{FLAGS} || 0;
        _unimplemented('sigaction', 'SA_SIGINFO is not supported') if $flags & SA_SIGINFO;
        $SIG{$name} = $act->{HANDLER};
        POSIX::_sigflags($sig, $flags, $act->{MASK}, $act->{SAFE});
    }
    return '0 but true';
}
sub tmpnam { _unimplemented('tmpnam', 'use File::Temp instead') }
sub _unimplemented {
    my ($name, $hint) = @_;
    my (undef, $f, $l) = caller(1);
    die "Unimplemented: POSIX::$name(): $hint at $f line $l.\n";
}
our $AUTOLOAD;
sub AUTOLOAD {
    (my $name = $AUTOLOAD) =~ s/.*:://;
    return if $name eq 'DESTROY';
    my (undef, $f, $l) = caller;
    die "$name is not a valid POSIX macro at $f line $l\n";
}

package POSIX::SigAction;
# A signal action: HANDLER, MASK, FLAGS and SAFE, each with an accessor.
sub new { my ($class, $h, $m, $f) = @_; return bless { HANDLER => $h, MASK => $m, FLAGS => $f || 0, SAFE => 0 }, $class; }
sub handler { $_[0]{HANDLER} = $_[1] if @_ > 1; return $_[0]{HANDLER}; }
sub mask { $_[0]{MASK} = $_[1] if @_ > 1; return $_[0]{MASK}; }
sub flags { $_[0]{FLAGS} = $_[1] if @_ > 1; return $_[0]{FLAGS}; }
sub safe { $_[0]{SAFE} = $_[1] if @_ > 1; return $_[0]{SAFE}; }

package POSIX::SigSet;
# A signal set: a hash whose keys are the member signal numbers.
sub new { my $class = shift; my %s = map { ($_ => 1) } @_; return bless \%s, $class; }
sub addset { $_[0]{$_[1]} = 1; return 1; }
sub delset { delete $_[0]{$_[1]}; return 1; }
sub emptyset { %{$_[0]} = (); return 1; }
sub fillset { %{$_[0]} = map { ($_ => 1) } 1 .. 31; return 1; }
sub ismember { return exists $_[0]{$_[1]} ? 1 : 0; }

1;
