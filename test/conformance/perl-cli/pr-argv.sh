# @ARGV holds the arguments after the program; shift in main takes from @ARGV.
perl -e 'print scalar(@ARGV), ":", join("|", @ARGV), "\n"' a 'b c' '' -x
perl -e '$f = shift; print "shifted $f, left @ARGV\n"' one two three
perl -e 'print "none: ", scalar(@ARGV), "\n"'
perl -le 'print for reverse @ARGV' 1 2 3
