package MyErr;
sub new { my ($c, %a) = @_; bless {%a}, $c }
sub message { $_[0]{message} }
sub throw { my $c = shift; die $c->new(@_) }
package main;
eval { MyErr->throw(message => "custom failure", code => 7) };
if (ref $@ && $@->isa('MyErr')) { print "caught: ", $@->message, " (", $@->{code}, ")\n"; }
eval { eval { die "inner\n" }; die "rethrow: $@" };
print $@;
