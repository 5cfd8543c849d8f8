# -T and -B guess text or binary; -s on a directory; -e on a handle.
open my $w, '>', 'text.txt' or die; print $w "plain words\nand lines\n"; close $w;
open $w, '>', 'bin.dat' or die; binmode $w; print $w "\0\1\2\3\xff\xfe" x 20; close $w;
open $w, '>', 'empty' or die; close $w;
for my $f (qw(text.txt bin.dat empty)) {
  printf "%s: T=%d B=%d\n", $f, (-T $f ? 1 : 0), (-B $f ? 1 : 0);
}
mkdir 'dir';
print "-s dir > 0: ", ((-s 'dir') > 0 ? 'yes' : 'no'), "\n";
open my $fh, '<', 'text.txt' or die;
print "-e handle: ", (-e $fh ? 1 : 0), " -s handle: ", -s $fh, "\n";
open my $bh, '<', 'bin.dat' or die;
print "handle: T=", (-T $bh ? 1 : 0), " B=", (-B $bh ? 1 : 0), "\n";
