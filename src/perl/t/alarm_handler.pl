my $fired = 0;
$SIG{ALRM} = sub { $fired = 1 };
alarm 1;
my $i = 0;
until ($fired) { $i++ }
print "alarm fired\n";
print alarm(0), "\n";
