use strict;
use warnings;
use Carp qw(confess longmess shortmess);
sub lvl3 { confess "at level three" }
sub lvl2 { lvl3(@_, 'extra') }
sub lvl1 { lvl2(42, "str", [1], undef) }
eval { lvl1() };
(my $e = $@) =~ s/ARRAY\(0x[0-9a-f]+\)/ARRAY(ADDR)/g;
print $e;
sub lm { return longmess("lm") }
sub lm_outer { lm("q") }
my $m = lm_outer();
print "longmess:$m";
sub sm { shortmess("sm") }
print "shortmess: ", sm();
{
    local $Carp::Verbose = 1;
    sub vv { Carp::croak("verbose croak") }
    eval { vv("a") };
    print "verbose:\n$@";
}
my $long = "x" x 300;
sub takes_long { confess "long arg" }
eval { takes_long($long) };
print "long: ", ($@ =~ /takes_long\("(x+)"\.\.\.\)/ ? "truncated to " . length($1) : "full"), "\n";
