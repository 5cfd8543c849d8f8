use strict;
use warnings;
{
    use feature 'say';
    say "block say";
    say for 1 .. 2;
    my @l = qw(a b);
    say "@l";
    say STDOUT "to handle";
    local $\ = "!";
    say "with ors";
}
print "\n";
use feature qw(say state);
sub next_id { state $id = 100; state @seen; push @seen, $id; return $id++ }
say join ',', map { next_id() } 1 .. 3;
sub counter_list { state %h; $h{$_[0]}++; return join ',', map { "$_=$h{$_}" } sort keys %h }
counter_list('x'); counter_list('y');
say counter_list('x');
use v5.10;
say "v5.10 enables say";
{
    no feature 'say';
    eval q{ say "not a keyword"; 1 } or print "no feature say: ", ($@ =~ /^(String found where operator expected|syntax error)/ ? $1 : $@), "\n";
}
say "back on";
