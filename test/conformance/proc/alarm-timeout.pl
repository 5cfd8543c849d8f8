# The classic timeout: alarm inside eval, the handler dies, the blocked read is abandoned.
use strict; use warnings;
pipe(my $r, my $w) or die;
my $line = eval {
    local $SIG{ALRM} = sub { die "timeout\n" };
    alarm 1;
    my $l = <$r>;
    alarm 0;
    $l;
};
print "eval error: ", ($@ eq "timeout\n" ? 'timeout' : "[$@]"), "\n";
print "line: ", (defined $line ? $line : 'undef'), "\n";
print "alarm left after: ", alarm(0), "\n";
my $ok = eval { local $SIG{ALRM} = sub { die "timeout\n" }; alarm 2; my $x = 6 * 7; alarm 0; $x };
print "fast work: $ok, error [", $@, "]\n";
my $res = eval { local $SIG{ALRM} = sub { die { code => 'T' } }; alarm 1; sleep 3; 1 };
print "die with a ref: ", ref $@, " $@->{code}\n";
