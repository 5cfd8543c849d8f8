# read() with length and offset, and getc.
open my $w, '>', 'r.txt' or die; print $w "abcdefghij"; close $w;
open my $fh, '<', 'r.txt' or die;
my $buf;
my $n = read $fh, $buf, 3;
print "$n [$buf]\n";
$n = read $fh, $buf, 2, 3;
print "$n [$buf]\n";
$n = read $fh, $buf, 2, 1;
print "$n [$buf]\n";
my $c = getc $fh;
print "getc: $c\n";
$n = read $fh, $buf, 100;
print "$n [$buf]\n";
$n = read $fh, $buf, 5;
print "eof: $n [$buf]\n";
print "getc at eof: ", (defined(getc $fh) ? 'defined' : 'undef'), "\n";
close $fh;
