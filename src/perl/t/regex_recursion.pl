# Recursion, branch reset, DEFINE and conditionals through the perl front end.
use strict;
use warnings;

my $bal = qr/(\((?:[^()]++|(?1))*\))/;
for my $s ('f(a(b)c) g(d', '((()))', '(()') {
  my @all = $s =~ /$bal/g;
  print "$s: ", join('|', @all), "\n";
}
if ('x[1[2]3]y' =~ /(?<br>\[(?:[^][]++|(?&br))*\])/) { print "named: $+{br} $1 ", "$-[0] $+[0] $-[1] $+[1]", "\n" }
for my $w (qw(racecar abba abca)) {
  print "$w: ", ($w =~ /^((.)(?1)\2|.?)$/ ? "palindrome [$1][$2]" : 'no'), "\n";
}
my $expr = qr/(?(DEFINE)(?<num>\d+)(?<op>[-+*]))^(?&num)(?:\s*(?&op)\s*(?&num))*$/;
for my $e ('1 + 22*3', '1 +', '7') { print "'$e' ", ($e =~ $expr ? 'ok' : 'bad'), "\n" }
for my $s ('ab', 'cd', 'xy') {
  if ($s =~ /(?|a(b)|c(d)|x(?<n>y))/) { print "reset $s: $1 $+ ", (defined $+{n} ? $+{n} : '-'), "\n" }
}
for my $s ('(abc)', 'abc', '(abc') { print "$s: ", ($s =~ /^(\()?\w+(?(1)\))$/ ? 'y' : 'n'), "\n" }
for my $s ('<a>', 'a') { print "$s: ", ($s =~ /^(?<lt><)?a(?(<lt>)>)$/ ? 'y' : 'n'), "\n" }
(my $t = 'a(b(c))d(e)') =~ s/(\((?:[^()]++|(?1))*\))/[$1]/g;
print "$t\n";
my @parts = split /(\((?:[^()]++|(?1))*\))/, 'x(1(2))y(3)z';
print join('|', @parts), "\n";
for my $p ('(?1)', '(?&nope)', '(?(1)a', '(?(DEFINE)a|b)', '(?R') {
  eval { qr/$p/ } or print "error: $@";
}
eval { 'b' =~ /a|(?R)b/; 1 } or print "runtime: $@";
print "end\n";
