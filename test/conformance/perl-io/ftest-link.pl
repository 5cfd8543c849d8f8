# -l sees the link itself; other tests follow it.
open my $w, '>', 'target.txt' or die; print $w "abc"; close $w;
symlink 'target.txt', 'good' or die;
symlink 'nowhere', 'dangling' or die;
mkdir 'dir'; symlink 'dir', 'dirlink';
for my $p (qw(good dangling dirlink target.txt)) {
  printf "%s: l=%d e=%d f=%d d=%d s=%s\n", $p, (-l $p ? 1 : 0), (-e $p ? 1 : 0), (-f $p ? 1 : 0), (-d $p ? 1 : 0), (-s $p) // 'undef';
}
print "-l missing: ", (defined(-l 'missing') ? 'defined' : 'undef'), "\n";
print "-l then -e _: ", ((-l 'good' && -e 'good') ? 'yes' : 'no'), "\n";
