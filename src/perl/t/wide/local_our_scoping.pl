our $x = "global";
sub show { print "x=$x\n" }
sub with_local { local $x = "local"; show() }
sub with_my { my $x = "my"; show() }
with_local(); with_my(); show();
package Other;
our $x = "other";
print "in Other: $x $main::x\n";
package main;
print "back: $x\n";
{ local $Other::x = "tmp"; print "$Other::x\n" }
print "$Other::x\n";
