# goto &sub replaces the current call: same @_, the caller's context, local undone.
use strict; use warnings;
our $g = "global";
sub inner { my @c = caller(0); return (scalar(@_), "[@_]", $c[3], $c[2], $g, wantarray ? "list" : defined(wantarray) ? "scalar" : "void") }
sub outer { local $g = "localized"; shift; goto &inner }
my @r = outer(1, 2, 3); print "@r\n";
my $s = outer(4, 5); print "$s\n";
sub by_ref { my $c = \&inner; goto &$c } print join(" ", by_ref("a")), "\n";
sub by_expr { my $c = \&inner; goto $c } print join(" ", by_expr("b", "c")), "\n";
package Auto;
our $AUTOLOAD;
sub AUTOLOAD {
  my $n = $AUTOLOAD; $n =~ s/.*:://;
  return if $n eq 'DESTROY';
  no strict 'refs';
  *$AUTOLOAD = sub { return ("made $n", @_) };
  goto &$AUTOLOAD;
}
package main;
print join("|", Auto::hello(1, 2)), "\n";
print join("|", Auto::hello(3)), "\n";
print join("|", Auto->meth("x")), "\n";
use Scalar::Util ();
sub native { goto &Scalar::Util::blessed } print native(bless {}, 'Klass'), "\n";
eval { sub missing { goto &nosuch } missing(); }; print $@;
sub count_down { my $n = shift; return "done" if $n == 0; @_ = ($n - 1); goto &count_down } print count_down(5000), "\n";
