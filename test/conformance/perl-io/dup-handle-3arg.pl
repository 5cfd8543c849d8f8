# Dup a file handle: both write to the same open file description.
open my $fh, '>', 'd.txt' or die;
open my $dup, '>&', $fh or die "dup: $!";
print "different fds: ", (fileno($fh) != fileno($dup) ? 'yes' : 'no'), "\n";
print $fh "from original\n";
close $fh;
print $dup "from dup\n";
close $dup;
open my $r, '<', 'd.txt' or die; print <$r>; close $r;
open my $in, '<', 'd.txt' or die;
<$in>;
open my $in2, '<&', $in or die;
print "dup reader continues: ", scalar(<$in2>) // "nothing (buffered in the first)\n";
open my $in3, '<&=', fileno($in) or die;
print "fdopen fileno same: ", (fileno($in3) == fileno($in) ? 'yes' : 'no'), "\n";
