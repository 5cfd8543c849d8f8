# select(FH) sets the default output handle and returns the old one.
open my $fh, '>', 'sel.txt' or die;
my $old = select $fh;
print "old: $old\n";
print "into file\n";
printf "%s\n", 'printf too';
my $cur = select;
select $old;
print "cur was a glob: ", (ref(\$cur) eq 'GLOB' ? 'yes' : 'no'), "\n";
close $fh;
open $fh, '<', 'sel.txt' or die;
print "file: $_" while <$fh>;
open OUT, '>', 'b.txt' or die;
my $prev = select OUT;
print "prev: $prev\n";
$prev = select(STDOUT);
print "prev: $prev\n";
close OUT;
open my $r, '<', 'b.txt'; print "b.txt: ", <$r>;
