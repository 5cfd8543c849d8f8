# Barewords that name subs: package-qualified words without parens, subs
# made by glob assignment in BEGIN used as list operators, a word before =>
# after a list operator, and pos() as an lvalue.
use strict;
use warnings;
use POSIX ();

package Shape;
sub area { my $w = shift; my $h = shift // $w; return $w * $h }
sub unit { "cm" }
package main;

print POSIX::INT_MAX + 1, "\n";
print POSIX::INT_MAX, "\n";
print Shape::area 3, 4; print "\n";
print Shape::area(5), "\n";
{
  no strict 'subs';
  my @u = (Shape::unit, Shape::Missing);
  print "@u\n";
  print ref(bless {}, Shape::Other), "\n";
}
print defined(&Shape::area) ? "defined" : "undef", " ", defined(&Shape::nope) ? "defined" : "undef", "\n";
print Shape->can('unit') ? "can\n" : "cannot\n";

BEGIN { no strict "refs"; *main::wrap = sub { "[@_]" }; *{"main::twice"} = sub { "$_[0]$_[0]" } }
print wrap "x", "y"; print "\n";
print twice "ab"; print "\n";
my $s = wrap 'a';
print "$s\n";

sub pairs { my %h = @_; join ",", map { "$_=$h{$_}" } sort keys %h }
sub run_named { my ($name, $code) = @_; return "$name:" . $code->() }
print run_named x => sub { "ran" }; print "\n";
print run_named 'y' => sub { "ran too" }; print "\n";
print pairs(a => 1, x => 2), "\n";

$_ = "aaaa";
pos = 1;
print pos, "\n";
/a/g;
print pos, "\n";
my $t = "abcabc";
pos($t) = 3;
$t =~ /\Gabc/g and print "matched at 3, now ", pos($t), "\n";
pos($t) = -2;
print pos($t), "\n";
pos($t) = undef;
print defined pos($t) ? "set" : "reset", "\n";
