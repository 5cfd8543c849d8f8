# The select idiom to set $| on another handle.
open my $fh, '>', 'a.txt' or die;
my $old = select $fh; $| = 1; select $old;
print "STDOUT \$|: $|\n";
print $fh "line\n";
print "size: ", -s 'a.txt', "\n";
select((select($fh), $| = 0)[0]);
print $fh "more\n";
print "size: ", -s 'a.txt', "\n";
close $fh;
print "after close: ", -s 'a.txt', "\n";
use IO::Handle;
open $fh, '>', 'b.txt' or die;
$fh->autoflush(1);
print $fh "io handle\n";
print "b size: ", -s 'b.txt', "\n";
my $prev = STDOUT->autoflush(1);
print "prev autoflush: $prev\n";
