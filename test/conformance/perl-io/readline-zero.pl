# while (<$fh>) and while (my $l = <$fh>) test definedness: a last "0" is read.
open my $w, '>', 'z.txt' or die; print $w "1\n0"; close $w;
open my $fh, '<', 'z.txt' or die;
while (my $l = <$fh>) { print "got [$l]\n" }
close $fh;
open $fh, '<', 'z.txt' or die;
my $n = 0;
$n++ while <$fh>;
print "count: $n\n";
close $fh;
open $fh, '<', 'z.txt' or die;
for my $l (<$fh>) { chomp $l; print "for: [$l]\n" }
close $fh;
open $fh, '<', 'z.txt' or die;
print "map: ", join(',', map { chomp; $_ * 2 } <$fh>), "\n";
