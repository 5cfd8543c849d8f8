# -M=LIST imports are known while the program is parsed: list operators without parentheses.
perl -MList::Util=sum, -le 'print sum 1..3'
perl -MList::Util=max,min -le 'print max 4, 9; print min 4, 9'
perl -MPOSIX=floor,ceil -le 'print floor 2.5; print ceil 2.5'
perl -Mwarnings=FATAL,all -e 'my $x; print $x + 1; print "not reached\n"' 2>&1; echo "fatal $?"
