use strict;
sub hello { "hi" }
my $n = "hello";
eval { print $n->(), "\n" };
print "err: $@";
eval { print &$n(), "\n" };
print "err: $@";
no strict 'refs';
print &$n(), "\n";
print "main"->can($n)->(), "\n";
