# Brace expansion works without matching files; wildcards need matches.
print "words: ", join(' ', glob('{x,y,z}')), "\n";
print "mixed: ", join(' ', glob('file.{c,h}')), "\n";
print "nested: ", join(' ', glob('{a,b{1,2}}')), "\n";
print "wildcard nothing: [", join(' ', glob('{x,y}*')), "]\n";
mkdir 'dir'; for (qw(dir/one.txt dir/two.txt)) { open my $w, '>', $_; close $w }
my $dir = 'dir';
print "interpolated: ", join(' ', <$dir/*.txt>), "\n";
print "glob var: ", join(' ', glob "$dir/t*"), "\n";
