# Writing through a symlink changes the target; unlink removes only the link.
open my $w, '>', 'real.txt' or die; print $w "original\n"; close $w;
symlink 'real.txt', 'alias' or die;
open $w, '>>', 'alias' or die; print $w "via link\n"; close $w;
open my $r, '<', 'real.txt' or die; print "real: $_" while <$r>; close $r;
print "unlink link: ", unlink('alias'), " real exists: ", (-e 'real.txt' ? 1 : 0), "\n";
symlink 'newfile.txt', 'dangle';
open $w, '>', 'dangle' or die "create through dangling: $!";
print $w "created\n"; close $w;
print "target created: ", (-f 'newfile.txt' ? 1 : 0), "\n";
print "readlink: ", readlink('dangle'), "\n";
