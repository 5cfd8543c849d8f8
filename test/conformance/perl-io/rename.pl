# rename files and directories.
open my $w, '>', 'a.txt' or die; print $w "A"; close $w;
open $w, '>', 'b.txt' or die; print $w "BB"; close $w;
print "rename: ", rename('a.txt', 'c.txt'), " a: ", (-e 'a.txt' ? 1 : 0), " c: ", (-e 'c.txt' ? 1 : 0), "\n";
print "over existing: ", rename('c.txt', 'b.txt'), " size b: ", -s 'b.txt', "\n";
print "missing: ", (rename('nope', 'x') ? 1 : 0), " [$!]\n";
mkdir 'd1';
open $w, '>', 'd1/in' or die; close $w;
print "dir: ", rename('d1', 'd2'), " ", (-e 'd2/in' ? 1 : 0), "\n";
print "into dir: ", rename('b.txt', 'd2/b.txt'), " ", (-s 'd2/b.txt'), "\n";
mkdir 'd3';
print "file over dir: ", (rename('d2/b.txt', 'd3') ? 1 : 0), " [$!]\n";
print "dir over file: ", (rename('d3', 'd2/b.txt') ? 1 : 0), " [$!]\n";
open $w, '>', 'd3/x'; close $w;
print "dir over non-empty dir: ", (rename('d2', 'd3') ? 1 : 0), " [$!]\n";
