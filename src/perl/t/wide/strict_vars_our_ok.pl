use strict;
our $g = 1;
our @l = (1, 2);
$main::other = 3;
{ package Foo; our $g = 'foo'; }
print "$g @l $main::other $Foo::g\n";
