# opendir/readdir/rewinddir/closedir; names sorted.
mkdir 'd' or die;
for (qw(b.txt a.txt .hidden)) { open my $w, '>', "d/$_" or die; close $w }
mkdir 'd/sub';
opendir(my $dh, 'd') or die "opendir: $!";
my @all = sort readdir $dh;
print "all: @all\n";
rewinddir $dh;
my @none_dot = sort grep { !/^\./ } readdir $dh;
print "visible: @none_dot\n";
rewinddir $dh;
my $n = 0;
while (defined(my $e = readdir $dh)) { $n++ }
print "scalar loop: $n\n";
print "after end: ", (defined(readdir $dh) ? 'defined' : 'undef'), "\n";
print "closedir: ", closedir($dh), "\n";
print "missing: ", (opendir(my $x, 'nope') ? 1 : 0), " [$!]\n";
open my $w, '>', 'file'; close $w;
print "on file: ", (opendir(my $y, 'file') ? 1 : 0), " [$!]\n";
opendir(DH, 'd/sub') or die;
print "empty dir: ", join(' ', sort readdir DH), "\n";
closedir DH;
my @dirs = sort grep { -d "d/$_" && !/^\.\.?$/ } do { opendir my $h, 'd'; readdir $h };
print "subdirs: @dirs\n";
