# Unknown layers and encodings; sysread/syswrite on :utf8 handles.
use warnings;
open my $w, '>', 'f.txt' or die; print $w "abc\n"; close $w;
my $r = open(my $fh, '<:encoding(no-such-enc)', 'f.txt');
print "unknown encoding open: ", ($r ? 1 : 0), "\n";
open $fh, '<', 'f.txt' or die;
$r = binmode $fh, ':nosuchlayer';
print "unknown layer binmode: ", ($r ? 1 : 0), "\n";
open $fh, '<:utf8', 'f.txt' or die;
eval { sysread $fh, my $b, 2 };
print "sysread on :utf8: $@";
open my $o, '>:utf8', 'g.txt' or die;
eval { syswrite $o, "x" };
print "syswrite on :utf8: $@";
