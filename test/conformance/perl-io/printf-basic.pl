# printf to handles; printf ignores $\.
printf "%-5s|%5s|\n", 'ab', 'cd';
printf "%05.2f %x %o %e\n", 3.14159, 255, 8, 12345.678;
printf STDOUT "%s has %d items\n", 'list', 3;
my @args = ('%s-%s\n', 'a', 'b');
printf "%s-%s\n", @args[1, 2];
{ local $\ = "<ORS>\n"; printf "%s\n", 'no ORS'; print "with ORS"; }
open my $fh, '>', 'p.txt' or die;
printf $fh "%3d\n", $_ for 1 .. 3;
close $fh;
open $fh, '<', 'p.txt' or die; print <$fh>; close $fh;
printf "%%literal %c%c\n", 72, 105;
printf "%v02x\n", "1.22.333";
