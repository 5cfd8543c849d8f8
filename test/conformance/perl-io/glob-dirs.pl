# glob over directories, nested patterns, and spaces in patterns.
mkdir $_ for qw(d1 d2 d1/sub);
for (qw(d1/a.txt d1/b.log d2/c.txt d1/sub/deep.txt)) { open my $w, '>', $_ or die; close $w }
print "*/*.txt: ", join(' ', glob('*/*.txt')), "\n";
print "d*: ", join(' ', glob('d*')), "\n";
print "*/: ", join(' ', glob('*/')), "\n";
print "d1/*/*: ", join(' ', glob('d1/*/*')), "\n";
print "sorted by glob: ", join(' ', glob('d1/*')), "\n";
open my $w, '>', 'has space.txt' or die; close $w;
print "quoted space: ", join('|', glob('"has space.txt"')), "\n";
print "two words: ", join('|', glob('d1 d2')), "\n";
my @dirs = grep { -d } glob('*');
print "dirs: @dirs\n";
