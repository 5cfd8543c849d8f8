use strict;
use warnings;
$SIG{__WARN__} = sub { my $m = shift; print "W: $m" };
my @a = (1, 2);
my $x = @a[0];
my %h = (a => 1, 'b');
my $s = sprintf("%d", "3 apples");
my $r = "abc" == 0;
{
    no warnings;
    my $q = "4 pears" + 1;
    print "quiet all: $q\n";
}
{
    no warnings qw(uninitialized);
    my $u; my $v = "x$u";
    print "quiet uninit\n";
}
my $undef;
my $len = length($undef);
print "length undef: ", (defined $len ? $len : 'undef'), "\n";
my @e = ();
my $j = join(',', undef, 1);
print "join: $j\n";
my $str = "abc";
substr($str, 10, 1) // print "substr outside\n";
print "done\n";
