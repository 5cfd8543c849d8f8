my $s = '';
open(my $fh, '>', \$s) or die;
printf $fh "%-4s|%03d\n", "ab", 7;
printf {$fh} "%s\n", "braces";
close $fh;
print $s;
