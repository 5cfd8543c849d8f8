package T;
sub new { bless { n => $_[1] }, $_[0] }
sub DESTROY { print "destroy $_[0]{n}\n" }
package main;
my $lex = T->new('lexical');
our $glob = T->new('global');
END { print "END block\n" }
print "main done\n";
exit 0;
