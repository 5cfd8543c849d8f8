# $. counts lines per handle; close resets it; eof(ARGV) idiom.
open my $w, '>', 'a.txt' or die; print $w "a1\na2\na3\n"; close $w;
open $w, '>', 'b.txt' or die; print $w "b1\nb2\n"; close $w;
open my $a, '<', 'a.txt' or die;
open my $b, '<', 'b.txt' or die;
<$a>; <$a>;
print "after two from a: $.\n";
<$b>;
print "after one from b: $.\n";
<$a>;
print "a again: $.\n";
close $a;
print "after closing a: [", ($. // 'undef'), "]\n";
<$b>;
print "b: $.\n";
seek $b, 0, 0;
<$b>;
print "after seek (not reset): $.\n";
close $b;
open $a, '<', 'a.txt' or die;
$. = 10;
<$a>;
print "assigned then read: $.\n";
{ local $.; <$a>; print "local: $.\n"; }
print "restored: $.\n";
