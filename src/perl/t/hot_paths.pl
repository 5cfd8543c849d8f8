# The shortcuts taken by the hottest ops must keep perl's behaviour at
# their edges: the counter of a numeric foreach, ($x) = LIST, plain scalar
# assignment, sprintf with one argument, hash elements, $1 in a loop body.
use strict;
use warnings;
use Scalar::Util qw(weaken);

# A counter nothing else holds is reused; one that is referenced is not.
my (@refs, @subs, @weak);
for my $i (1 .. 4) {
  push @refs, \$i if $i % 2;
  push @subs, sub { "sub$i" } if $i > 2;
}
print join(',', map { $$_ } @refs), ' ', join(',', map { $_->() } @subs), "\n";
for my $i (1 .. 3) { my $r = \$i; weaken($r); push @weak, $r }
print join(',', map { defined $_ ? 'def' : 'undef' } @weak), "\n";
for my $i (1 .. 3) { $i = "x$i"; print "$i " } print "\n";
for my $i (1 .. 3) { $i =~ /./g; print pos($i), ' ' } print "\n";
for my $i (1 .. 3) { $i = [$i]; print ref($i), $i->[0], ' ' } print "\n";

# ($x) = LIST in void context.
my ($a1, @rest);
($a1) = (7, 8, 9); print "$a1\n";
($a1) = (); print defined $a1 ? "def\n" : "undef\n";
my @arr = (4, 5); ($a1) = @arr; print "$a1\n";
($a1) = "abc" =~ /(b)(c)/; print "$a1\n";
($a1) = "abc" =~ /z(.)/; print defined $a1 ? "def\n" : "undef\n";
my $m = 'keep'; ($a1) = ($m, $a1 = 'q'); print "$a1\n";

# Scalar assignment over references and plain values.
my $s = [1]; $s = 'plain'; print "$s\n"; $s = {}; print ref($s), "\n"; $s = 3; print "$s\n";

# sprintf with one argument.
printf "%s|%05d|%-4d|%+d|% d|%d|%.3d|%5s|%-5s|%.2s\n", 'a', 42, 7, 5, 5, -3, 4, 'ab', 'cd', 'xyz';
print sprintf('%05d', -42), ' ', sprintf('%05d', 3.9), ' ', sprintf('%d', '12abc' =~ /(\d+)/), ' ', sprintf('%s', 1.5), "\n";
print sprintf('%x', 255), ' ', sprintf('%05.1f', 2.25), ' ', sprintf('%d', 1e20), ' ', sprintf('%s', undef // 'u'), "\n";
{ no warnings; print sprintf('%d', 'abc'), sprintf('%d', undef), "\n"; }

# Hash elements with number and string keys, ++ on them.
my %h;
$h{$_ % 3}++ for 1 .. 10;
$h{'01'}++; $h{1.5}++; $h{-0.0}++;
print join(',', map { "$_=$h{$_}" } sort keys %h), "\n";

# $1 is restored at the end of each iteration's block.
"outer" =~ /(out)/;
for my $w (qw(ab cd)) { $w =~ /(.)/; print "$1 " }
print "$1\n";

# Concatenation and arithmetic on plain values.
my $n = 0; my $str = '';
for my $i (1 .. 5) { $str = "item" . $i; $n += $i % 2 }
print "$str $n ", "3" + 4, ' ', "3" . 4, ' ', 10 % 3, ' ', -7 % 3, "\n";
