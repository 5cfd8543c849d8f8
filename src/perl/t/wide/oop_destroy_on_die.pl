package G;
sub new { bless { n => $_[1] }, $_[0] }
sub DESTROY { print "DESTROY $_[0]{n}\n" }
package main;
eval { my $g = G->new('in eval'); die "oops\n" };
print "caught $@";
sub f { my $g = G->new('in sub'); return 5 }
print f(), "\n";
my $h = { obj => G->new('in hash') };
delete $h->{obj};
print "after delete\n";
{
    my $a1 = G->new('cycle');
    $a1->{self} = $a1;
}
print "end\n";
