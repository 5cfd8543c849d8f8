# $/ = "\0" for NUL-separated records (find -print0 style), and $/ = "\n\n".
open my $w, '>', 'z.bin' or die; print $w "a b\0c\nd\0last"; close $w;
open my $fh, '<', 'z.bin' or die;
{ local $/ = "\0"; while (<$fh>) { chomp; s/\n/\\n/g; print "rec: [$_]\n" } }
close $fh;
open $w, '>', 'p.txt' or die; print $w "a\n\n\nb\n\nc"; close $w;
open $fh, '<', 'p.txt' or die;
{ local $/ = "\n\n"; my @r = <$fh>; print scalar(@r), " records: ", join('|', map { s/\n/\\n/gr } @r), "\n"; }
