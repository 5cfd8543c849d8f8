# Default SIGPIPE kills a writer whose reader is gone: bash sees 141.
yes | head -n 1
echo "statuses ${PIPESTATUS[*]}"
perl -e 'print "x\n" for 1 .. 1000000' | head -n 2
echo "statuses ${PIPESTATUS[*]}"
perl -e '$SIG{PIPE} = "IGNORE"; $| = 1; for (1 .. 1000000) { print "y\n" or do { print STDERR "print: $!\n"; exit 3 } }' | head -n 1
echo "statuses ${PIPESTATUS[*]}"
(trap '' PIPE; yes | head -n 1; echo "with SIGPIPE ignored: ${PIPESTATUS[*]}")
