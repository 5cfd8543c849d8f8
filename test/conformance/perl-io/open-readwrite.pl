# '+<' reads and writes an existing file without truncating it.
open my $w, '>', 'data.txt' or die; print $w "0123456789\nsecond\n"; close $w;
open my $fh, '+<', 'data.txt' or die "rw: $!";
my $line = <$fh>;
print "read: $line";
print "tell: ", tell($fh), "\n";
seek $fh, 0, 0;
print $fh "AB";
seek $fh, 0, 0;
my @all = <$fh>;
print "now: @all";
seek $fh, 0, 2;
print $fh "third\n";
close $fh;
open my $r, '<', 'data.txt' or die; print "final: ", join('|', map { chomp; $_ } <$r>), "\n";
print "missing: ", (open(my $m, '+<', 'nope') ? 'ok' : "failed: $!"), "\n";
