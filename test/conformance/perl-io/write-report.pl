# A learner's report: read a CSV, write a formatted table, append a summary.
open my $w, '>', 'sales.csv' or die; print $w "region,amount\nnorth,120\nsouth,80\nnorth,30\neast,50\n"; close $w;
open my $in, '<', 'sales.csv' or die "Cannot open sales.csv: $!";
my $header = <$in>;
my %total;
while (my $line = <$in>) {
  chomp $line;
  my ($region, $amount) = split /,/, $line;
  $total{$region} += $amount;
}
close $in;
open my $out, '>', 'report.txt' or die "Cannot write report.txt: $!";
printf {$out} "%-8s %6s\n", 'Region', 'Total';
printf {$out} "%-8s %6d\n", $_, $total{$_} for sort keys %total;
close $out;
open $out, '>>', 'report.txt' or die;
my $sum = 0; $sum += $_ for values %total;
print $out "-" x 15, "\n";
printf $out "%-8s %6d\n", 'ALL', $sum;
close $out;
open my $r, '<', 'report.txt' or die;
print while <$r>;
print "report lines: $.\n";
