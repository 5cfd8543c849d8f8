my @lines = qw(a START b c END d START e END f);
for (@lines) { print "$_ " if /START/ .. /END/; }
print "\n";
for (@lines) { print "$_ " if /START/ ... /END/; }
print "\n";
for (@lines) { my $r = /START/ .. /END/; print "[$r]"; }
print "\n";
for my $i (1..8) { local $_ = $i; print "$i " if ($i == 3) .. ($i == 5); }
print "\n";
