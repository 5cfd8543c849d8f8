use strict;
use warnings;
package Point;
use fields qw(x y);
sub new {
    my $self = shift;
    $self = fields::new($self) unless ref $self;
    $self->{x} = 1; $self->{y} = 2;
    return $self;
}
package Point3D;
use base 'Point';
use fields qw(z);
sub new {
    my $class = shift;
    my $self = fields::new($class);
    $self->SUPER::new();
    $self->{z} = 3;
    return $self;
}
package main;
my $p = Point3D->new;
print "ref: ", ref($p), "\n";
print "coords: ", join(",", map { $p->{$_} } qw(x y z)), "\n";
print "keys: ", join(",", sort keys %$p), "\n";
my $q = Point->new;
print "Point keys: ", join(",", sort keys %$q), "\n";
print "exists z in Point: ", (exists $q->{x} ? 1 : 0), "\n";
