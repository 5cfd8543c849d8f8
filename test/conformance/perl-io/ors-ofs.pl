# $\ (output record separator) and $, (output field separator).
$\ = "\n";
print "one";
print "two", "three";
$, = " ";
print "a", "b", "c";
my @x = (1, 2);
print @x, 3;
$, = undef;
print "no sep", "here";
$\ = undef;
print "no newline";
print "\n";
{ local $" = ':'; my @y = (4, 5, 6); print "@y\n"; }
open my $fh, '>', 'o.txt' or die;
{ local $\ = ";\n"; local $, = ','; print $fh 'x', 'y'; }
close $fh;
open $fh, '<', 'o.txt'; print <$fh>;
