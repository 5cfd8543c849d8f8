# Errors that do not depend on the user: writing to /proc, reading /dev/null, writing /dev/full-like sinks.
open my $n, '<', '/dev/null' or die;
my $l = <$n>;
print "/dev/null read: ", (defined $l ? 'defined' : 'undef'), " eof: ", (eof($n) ? 1 : 0), "\n";
open my $o, '>', '/dev/null' or die;
print "print to /dev/null: ", (print $o "x" x 10000), " close: ", (close($o) ? 1 : 0), "\n";
my $r = mkdir '/proc/nope';
print "mkdir in /proc: ", ($r ? 1 : 0), "\n";
print "stat /dev/null is char: ", (-c '/dev/null' ? 1 : 0), "\n";
open my $z, '<', '/dev/zero' or die;
read $z, my $buf, 4;
print "zero bytes: ", join(',', map { ord } split //, $buf), "\n";
