use strict;
use warnings;
use feature qw(say state signatures fc);
no warnings 'experimental::signatures';
say "say works";
sub counter { state $n = 0; return ++$n }
counter() for 1..3;
say "state: ", counter();
sub add ($x, $y = 10, @rest) { return $x + $y + @rest }
say "sig: ", add(1), " ", add(1, 2), " ", add(1, 2, 3, 4);
eval { add() }; (my $e = $@) =~ s/ at .*//s; say "sig err: $e";
say "fc: ", fc("HeLLo");
{
    use feature 'current_sub';
    my $f = sub { my $k = shift; $k <= 1 ? 1 : $k * __SUB__->($k - 1) };
    say "fact: ", $f->(6);
}
use feature 'postderef';
my $ar = [1, 2, 3];
say "postderef: ", join(" ", $ar->@*), " last=", $#$ar;
my $hr = { a => 1, b => 2 };
say "keys: ", join ",", sort keys $hr->%*;
