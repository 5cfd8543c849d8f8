# readdir in scalar then list context; telldir/seekdir.
mkdir 'd' or die;
for (1 .. 5) { open my $w, '>', "d/f$_" or die; close $w }
opendir my $dh, 'd' or die;
my @first;
push @first, scalar readdir $dh for 1 .. 3;
my @rest = readdir $dh;
print "total: ", scalar(@first) + scalar(@rest), "\n";
print "all: ", join(' ', sort(@first, @rest)), "\n";
rewinddir $dh;
my $pos = telldir $dh;
my $a = readdir $dh;
seekdir $dh, $pos;
my $b = readdir $dh;
print "seekdir repeats: ", ($a eq $b ? 'yes' : 'no'), "\n";
closedir $dh;
print "readdir after close: ", (defined(readdir $dh) ? 'defined' : 'undef'), "\n";
