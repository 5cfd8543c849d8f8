# unlink: counts, missing files, directories.
for my $n (1 .. 3) { open my $w, '>', "f$n.txt" or die; close $w }
print "unlink 2: ", unlink('f1.txt', 'f2.txt'), "\n";
print "f1 gone: ", (-e 'f1.txt' ? 'no' : 'yes'), "\n";
print "missing: ", unlink('f1.txt'), " [$!]\n";
print "mixed: ", unlink('f3.txt', 'nope.txt'), "\n";
mkdir 'd';
my $r = unlink 'd';
print "dir: $r [$!] still there: ", (-d 'd' ? 'yes' : 'no'), "\n";
open my $w, '>', 'open.txt' or die; print $w "x";
print "unlink open file: ", unlink('open.txt'), "\n";
print $w "still writable\n";
close $w;
$_ = 'default.txt'; open $w, '>', $_; close $w;
print "unlink \$_: ", unlink, "\n";
my @list = map { my $f = "g$_"; open my $x, '>', $f; $f } 1 .. 4;
print "unlink list: ", unlink(@list), "\n";
