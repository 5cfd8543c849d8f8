# A process that sends itself SIGSTOP stops at once: bash's kill builtin and perl's kill alike.
use strict; use warnings; use POSIX ':sys_wait_h';
$| = 1;
for my $child (sub { exec 'bash', '-c', 'kill -STOP $$; echo bash continued' }, sub { kill STOP => $$; print "perl continued\n"; exit 3 }) {
  my $pid = fork // die;
  if (!$pid) { $child->() }
  waitpid($pid, WUNTRACED); print "stopped: ", (WIFSTOPPED(${^CHILD_ERROR_NATIVE}) ? WSTOPSIG(${^CHILD_ERROR_NATIVE}) : 'no'), "\n";
  kill CONT => $pid; waitpid($pid, 0); print "exit: ", $? >> 8, "\n";
}
