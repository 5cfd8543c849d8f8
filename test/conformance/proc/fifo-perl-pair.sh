# A perl reader and a perl writer meeting on a FIFO, reader first.
mkfifo p
perl -e 'open my $fh, "<", "p" or die "open: $!"; print "reader got: $_" while <$fh>; print "reader: eof\n"' &
sleep 0.5
echo "writer: opening"
perl -e '$| = 1; open my $fh, ">", "p" or die "open: $!"; print "writer: open\n"; print $fh "line $_\n" for 1..3; close $fh'
wait
echo "and writer first:"
perl -e 'open my $fh, ">", "p" or die "open: $!"; print $fh "early\n"; close $fh' &
sleep 0.5
echo "reader: opening"
perl -e 'open my $fh, "<", "p" or die "open: $!"; print "reader got: $_" while <$fh>'
wait; echo "writer: $?"
