# STDERR dup'ed onto STDOUT: warnings appear on stdout.
$| = 1;
print "one\n";
open STDERR, '>&STDOUT' or die;
warn "a warning\n";
print STDERR "to stderr\n";
print "two\n";
system 'echo child stderr >&2';
