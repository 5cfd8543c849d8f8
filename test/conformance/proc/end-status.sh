# $? inside END after die/exit, and local $?/$! in END restored so the exit status is what END left.
perl -e 'END { local $?; system("false") } print "x\n"'; echo "a $?"
perl -e 'END { print "in end $?\n" } die "x\n"'; echo "b $?"
perl -e 'END { print "in end $?\n" } exit 255'; echo "c $?"
perl -e 'END { print "in end $?\n"; $?=3 } exit 5'; echo "d $?"
perl -e 'END { local $? = 7; print "in end $?\n" } exit 5'; echo "e $?"
perl -e 'END { print "in end $?\n"; } $!=2; die "x\n"'; echo "f $?"
perl -e 'END { local ($?, $!); system("false"); $! = 5 } $! = 3; print "x\n"; exit 4'; echo "g $?"
perl -e '$!=2; { local $! = 4; print $!+0, "\n" } print $!+0, "\n"; system("exit 3"); { local $?; system("true"); print "$?\n" } print "$?\n"'
