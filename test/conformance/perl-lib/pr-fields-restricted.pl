use strict;
use warnings;
package Point;
use fields qw(x y);
sub new { my $self = fields::new(shift); $self->{x} = 1; return $self }
package main;
my $p = Point->new;
eval { $p->{z} = 4 }; print "store: $@";
eval { my $v = $p->{nope} }; print "fetch: $@";
print "exists ok: ", (exists $p->{y} ? 1 : 0), " keys: ", join(",", sort keys %$p), "\n";
delete $p->{x}; print "after delete: ", (exists $p->{x} ? 1 : 0), "\n";
eval { delete $p->{bad} }; print "delete bad: $@";
print "FIELDS: ", join(",", map { "$_=$Point::FIELDS{$_}" } sort keys %Point::FIELDS), "\n";
