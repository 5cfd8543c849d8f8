use strict;
use warnings;
use Scalar::Util qw(blessed reftype looks_like_number refaddr);
package Animal; sub new { bless { n => $_[1] }, $_[0] } sub name { $_[0]{n} }
package main;
my @things = (Animal->new('cat'), { n => 'hash' }, 'Animal', undef, 7);
for my $t (@things) {
    if (blessed $t && $t->isa('Animal')) { print "animal: ", $t->name, "\n" }
    elsif (ref $t && reftype $t eq 'HASH') { print "plain hash: $t->{n}\n" }
    elsif (defined $t && looks_like_number $t) { print "number: $t\n" }
    else { print "other: ", (defined $t ? $t : 'undef'), "\n" }
}
my @objs = grep { blessed $_ } @things;
print "blessed count: ", scalar(@objs), "\n";
print "sorted by addr same set: ", (join(',', sort map { refaddr $_ } grep { ref } @things) eq join(',', sort map { refaddr($_) } grep { ref } @things) ? 1 : 0), "\n";
my %by_type;
push @{ $by_type{ defined(reftype $_) ? reftype $_ : 'NONE' } }, $_ for @things;
print "types: ", join(',', map { "$_=" . scalar(@{ $by_type{$_} }) } sort keys %by_type), "\n";
print "not a number: ", (looks_like_number 'abc' ? 'yes' : 'no'), "\n";
