# A handle with a failed write still open at exit: the close warning names the line of the last statement, or "during global destruction" for a global.
perl -we '$SIG{PIPE}="IGNORE"; pipe(my $r, my $w); close $r; print $w "x";
exit 3;
print "no\n"'; echo "exit: $?"
perl -we '$SIG{PIPE}="IGNORE"; pipe(my $r, my $w); close $r; print $w "x";
my $y = 1;
$! = 0; die "dead\n"'; echo "die: $?"
perl -we '$SIG{PIPE}="IGNORE"; pipe(my $r, our $w); close $r; print $w "x";
my $y = 1;'; echo "global: $?"
