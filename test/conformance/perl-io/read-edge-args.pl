# read/sysread argument edge cases: zero and negative lengths, negative offsets.
open my $w, '>', 'e.txt' or die; print $w "abcdef"; close $w;
open my $fh, '<', 'e.txt' or die;
my $buf = 'XYZ';
my $n = read $fh, $buf, 0;
print "len 0: $n [$buf]\n";
$n = read $fh, $buf, 2, -1;
print "offset -1: $n [$buf]\n";
eval { read $fh, $buf, -1 }; print "negative length: $@";
eval { read $fh, $buf, 2, -10 }; print "offset outside: $@";
$n = sysread $fh, $buf, 2;
print "sysread after read: $n [$buf]\n";
