package MyErr;
sub new { my ($c, %a) = @_; bless {%a}, $c }
sub message { $_[0]{message} }
sub throw { my $c = shift; die $c->new(@_) }
package main;
eval { MyErr->throw(message => "bad thing", code => 42) };
if (ref $@ && $@->isa('MyErr')) { print "caught ", ref $@, ": ", $@->message, " code=$@->{code}\n" }
eval { die [1, 2, 3] };
print "array: @{$@}\n";
eval { die { a => 1 } };
print "hash: $@->{a}\n";
