# -e -f -d -s -z on files, directories and missing paths.
open my $w, '>', 'full.txt' or die; print $w "12345"; close $w;
open $w, '>', 'empty.txt' or die; close $w;
mkdir 'dir' or die;
for my $p (qw(full.txt empty.txt dir missing)) {
  my @r = map { defined $_ ? ($_ eq '' ? "''" : $_) : 'undef' } (-e $p, -f $p, -d $p, -s $p, -z $p);
  print "$p: e=$r[0] f=$r[1] d=$r[2] s=$r[3] z=$r[4]\n";
}
print "missing errno: ", do { -e 'missing'; $! }, "\n";
print "-s returns size: ", (-s 'full.txt') + 0, "\n";
print "-e on dir/..: ", (-e 'dir/..' ? 1 : 0), "\n";
print "default \$_: ", do { local $_ = 'full.txt'; -f && -s }, "\n";
