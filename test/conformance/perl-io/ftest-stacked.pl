# Stacked file tests and the _ handle.
open my $w, '>', 'f.txt' or die; print $w "data\n"; close $w;
mkdir 'd';
print "stacked -f -r: ", ((-f -r 'f.txt') ? 1 : 0), "\n";
print "stacked -f -d: ", ((-f -d 'f.txt') ? 1 : 0), "\n";
print "stacked on dir: ", ((-d -e 'd') ? 1 : 0), "\n";
stat 'f.txt';
print "-s _: ", -s _, " -f _: ", (-f _ ? 1 : 0), "\n";
-e 'd';
print "after -e d, -d _: ", (-d _ ? 1 : 0), "\n";
open my $fh, '<', 'f.txt' or die;
print "on handle: -f ", (-f $fh ? 1 : 0), " -s ", -s $fh, "\n";
print "on glob: ", (-f STDIN ? 1 : 0), " ", (-p STDIN ? 'pipe' : 'not pipe'), "\n";
print "-t STDOUT on pipe: ", (-t STDOUT ? 1 : 0), "\n";
