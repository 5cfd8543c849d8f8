# 'IGNORE' keeps a process alive through TERM; 'DEFAULT' puts the default action back.
use strict; use warnings;
sub run { my ($setup) = @_; my $pid = fork // die;
  if (!$pid) { $setup->(); kill TERM => $$; print "  child lives on\n"; exit 0 }
  waitpid $pid, 0; print "  status: exit ", $? >> 8, " signal ", $? & 127, "\n" }
$| = 1;
print "IGNORE:\n"; run(sub { $SIG{TERM} = 'IGNORE' });
print "DEFAULT after a handler:\n"; run(sub { $SIG{TERM} = sub { print "never\n" }; $SIG{TERM} = 'DEFAULT' });
print "undef:\n"; run(sub { $SIG{TERM} = 'IGNORE'; $SIG{TERM} = undef });
print "empty string:\n"; run(sub { $SIG{TERM} = 'IGNORE'; $SIG{TERM} = '' });
$SIG{INT} = 'IGNORE'; print "reads back: $SIG{INT}\n";
$SIG{INT} = 'DEFAULT'; print "reads back: $SIG{INT}\n";
print "KILL cannot be ignored:\n"; my $pid = fork // die;
if (!$pid) { $SIG{KILL} = 'IGNORE'; kill KILL => $$; exit 0 } waitpid $pid, 0; print "  signal ", $? & 127, "\n";
