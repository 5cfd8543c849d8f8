use strict;
use warnings;
local $SIG{__WARN__} = sub { my $w = shift; print "W: $w" };
my $u;
my $s = "a" . $u;
my $n = "12abc" + 1;
print "n=$n\n";
{
    no warnings 'uninitialized';
    my $t = "b" . $u;
    print "quiet: $t\n";
}
{
    no warnings;
    my $m = "3x" * 2;
    print "m=$m\n";
}
my @a = (1);
my $e = $a[5];
print "e undef\n" unless defined $e;
my %h; my $j = $h{x} // 'dflt'; print "j=$j\n";
print "sum: ", 1 + "  42  ", "\n";
{
    use warnings FATAL => 'uninitialized';
    eval { my $z = "x" . $u; 1 } or print "fatal: $@";
}
