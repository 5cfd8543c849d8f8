# -M and -A are ages in days relative to $^T; -C too.
open my $w, '>', 'old.txt' or die; close $w;
my $day = 86400;
utime $^T - 2 * $day, $^T - 3 * $day, 'old.txt' or die;
printf "-M: %.4f\n", -M 'old.txt';
printf "-A: %.4f\n", -A 'old.txt';
utime $^T + $day / 2, $^T + $day / 4, 'old.txt';
printf "future -M: %.4f -A: %.4f\n", -M 'old.txt', -A 'old.txt';
open $w, '>', 'new.txt' or die; close $w;
my $m = -M 'new.txt';
print "new file -M small: ", (abs($m) < 0.01 ? 'yes' : "no $m"), "\n";
print "-C small: ", (abs(-C 'new.txt') < 0.01 ? 'yes' : 'no'), "\n";
print "missing -M: ", (defined(-M 'missing') ? 'defined' : 'undef'), "\n";
