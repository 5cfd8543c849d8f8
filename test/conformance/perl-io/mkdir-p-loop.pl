# Making a path one level at a time, and removing it bottom-up.
my $path = 'a/b/c/d';
my $cur = '';
for my $part (split m{/}, $path) {
  $cur .= ($cur eq '' ? '' : '/') . $part;
  next if -d $cur;
  mkdir $cur or die "mkdir $cur: $!";
  print "made $cur\n";
}
open my $w, '>', "$path/leaf.txt" or die; close $w;
my @found;
sub walk { my $d = shift; opendir my $h, $d or return; for (sort grep { !/^\.\.?$/ } readdir $h) { push @found, "$d/$_"; walk("$d/$_") if -d "$d/$_" } }
walk('a');
print "found: @found\n";
unlink "$path/leaf.txt";
for (my $p = $path; $p ne ''; $p =~ s{/?[^/]+$}{}) { rmdir $p or die "rmdir $p: $!"; print "removed $p\n" }
print "gone: ", (-e 'a' ? 'no' : 'yes'), "\n";
