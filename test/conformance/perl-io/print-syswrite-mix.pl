# print is buffered, syswrite is not: mixing them on one handle reorders output.
open my $fh, '>', 'mix.txt' or die;
print $fh "printed 1\n";
syswrite $fh, "syswritten\n";
print $fh "printed 2\n";
close $fh;
open my $r, '<', 'mix.txt' or die;
print <$r>;
close $r;
open $fh, '>', 'mix2.txt' or die;
$fh->autoflush(1);
print $fh "printed 1\n";
syswrite $fh, "syswritten\n";
close $fh;
open $r, '<', 'mix2.txt' or die;
print "with autoflush:\n", <$r>;
