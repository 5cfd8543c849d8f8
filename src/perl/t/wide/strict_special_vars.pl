# Under strict, $_ and the other special variables need no declaration and
# always live in main, whatever the current package.
use strict; use warnings;
my @s = ("a/b", "c/d");
for (@s) { my ($h) = split m{/}; print "$h\n" }
print join(",", map { my ($h, $t) = split /\//; "$t$h" } @s), "\n";
package Foo;
$_ = "topic";
local $0 = "name";
print "$main::_ $::_ ", scalar(@ARGV), " ", (exists $ENV{PATH} ? "env" : "noenv"), " $0\n";
for my $f (qw(STDOUT)) { no strict 'refs'; print {*{"main::$f"}} "via glob\n" }
