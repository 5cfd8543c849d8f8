# String ops on an object with "" overloading work on its string.
package U;
use overload '""' => sub { "http://" . ${$_[0]} . ":1/" }, fallback => 1;
sub new { my $x = $_[1]; bless \$x, $_[0] }
package main;
my $u = U->new("a");
print $u =~ s/:\d+/:P/r, "\n";
print "m $1\n" if $u =~ m{//(\w)};
my @m = ($u =~ /(\w+)/g); print "@m\n";
print lc($u), " ", uc $u, " ", length($u), " ", index($u, "a"), " ", substr($u, 0, 4), "\n";
(my $c = $u) =~ tr/a-z/A-Z/; print "$c\n";
my $v = U->new("b"); $v =~ s/b/B/; print ref(\$v), " $v\n";
print join("|", split /:/, $u), "\n";
print sprintf("%s|%5.4s|%d", $u, $u, 3), "\n";
printf "%s\n", $u;
print ucfirst($u), " ", quotemeta($u), "\n";
my $w = U->new("z"); (my $t = $w) =~ tr/z/Z/; print "$t\n";
print $w =~ tr/a-z//, "\n";
