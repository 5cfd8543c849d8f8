# $\ from -l comes after the whole print list and after $, separators.
perl -le 'print "a", "b"'
perl -le '$, = "-"; print 1, 2, 3'
perl -le '$\ = "!\n"; print "changed"'
perl -le 'print for 1..2' | od -c | head -1
