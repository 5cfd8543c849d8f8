use strict;
use warnings;
use Storable qw(dclone freeze thaw);
package Counter;
sub new { bless { count => $_[1], cache => "big cache" }, $_[0] }
sub STORABLE_freeze { my ($self, $cloning) = @_; return ("count=$self->{count}", ) }
sub STORABLE_thaw { my ($self, $cloning, $ser) = @_; ($self->{count}) = $ser =~ /count=(\d+)/; $self->{thawed} = $cloning ? 'clone' : 'thaw'; }
package main;
my $c = Counter->new(7);
my $d = dclone($c);
print "hook clone: ", ref($d), " count=$d->{count} how=$d->{thawed} cache=", ($d->{cache} // 'none'), "\n";
my $t = thaw(freeze($c));
print "hook thaw: count=$t->{count} how=$t->{thawed}\n";
my $arr = dclone([ Counter->new(1), Counter->new(2) ]);
print "in array: ", join(',', map { $_->{count} } @$arr), "\n";
my $sref = \"scalar"; my $cs = dclone(\$sref);
print "ref to ref: $$$cs\n";
my @deep = (1); my $p = \@deep; $p = [$p] for 1 .. 20;
my $dc = dclone($p); my $depth = 0; $dc = $dc->[0], $depth++ while ref $dc->[0];
print "nested depth: $depth\n";
print "undef: ", (defined thaw(freeze([undef]))->[0] ? 'def' : 'undef'), "\n";
print "utf8: ", length(dclone(["\x{263a}x"])->[0]), "\n";
print "empty: ", scalar(@{ dclone([]) }), scalar(keys %{ dclone({}) }), "\n";
