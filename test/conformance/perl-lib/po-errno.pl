use strict;
use warnings;
use POSIX qw(:errno_h :sys_wait_h :signal_h :fcntl_h);
print "errno: EPERM=", EPERM, " ENOENT=", ENOENT, " EINTR=", EINTR, " EAGAIN=", EAGAIN, " EWOULDBLOCK=", EWOULDBLOCK, " EEXIST=", EEXIST, " EISDIR=", EISDIR, " EINVAL=", EINVAL, " EPIPE=", EPIPE, " ENOTEMPTY=", ENOTEMPTY, " EACCES=", EACCES, "\n";
print "wait: WNOHANG=", WNOHANG, " WUNTRACED=", WUNTRACED, "\n";
for my $st (0, 256, 512 + 0, 9, 15 | 128, 0x137f, 65280) {
    print "status $st: exited=", (WIFEXITED($st) ? 1 : 0), " code=", WEXITSTATUS($st),
      " signaled=", (WIFSIGNALED($st) ? 1 : 0), " sig=", WTERMSIG($st),
      " stopped=", (WIFSTOPPED($st) ? 1 : 0), " stopsig=", WSTOPSIG($st), "\n";
}
print "signals: SIGINT=", SIGINT, " SIGTERM=", SIGTERM, " SIGKILL=", SIGKILL, " SIGCHLD=", SIGCHLD, " SIGHUP=", SIGHUP, " SIGUSR1=", SIGUSR1, " SIGALRM=", SIGALRM, "\n";
print "fcntl: O_RDONLY=", O_RDONLY, " O_WRONLY=", O_WRONLY, " O_RDWR=", O_RDWR, " O_CREAT=", O_CREAT, " O_TRUNC=", O_TRUNC, " O_APPEND=", O_APPEND, " O_EXCL=", O_EXCL, "\n";
system("sh", "-c", "exit 3");
print "system exit 3: ", WEXITSTATUS($?), " ", (WIFEXITED($?) ? 'exited' : 'not'), "\n";
$! = ENOENT;
print "strerror: ", POSIX::strerror(ENOENT), " | ", POSIX::strerror(EACCES), "\n";
print "errno(): ", POSIX::errno(), "\n";
print "EXIT: ", POSIX::EXIT_SUCCESS, " ", POSIX::EXIT_FAILURE, "\n";
