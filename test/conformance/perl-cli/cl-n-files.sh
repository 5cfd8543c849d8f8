# -n over several files: $ARGV names the current file, $. keeps counting, eof resets with close.
printf 'a\nb\n' > one.txt; printf 'c\n' > two.txt
perl -ne 'print "$ARGV $.: $_"' one.txt two.txt
perl -ne 'print "$ARGV $.: $_"; close ARGV if eof' one.txt two.txt
perl -ne 'print' one.txt missing.txt two.txt 2>&1; echo "status $?"
