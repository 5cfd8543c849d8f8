# eof and eof() under -n, and the LINE label.
printf 'a\nb\n' > a.txt; printf 'c\n' > b.txt
perl -ne 'print "last of $ARGV\n" if eof' a.txt b.txt
perl -ne 'print "very last\n" if eof()' a.txt b.txt
perl -ne 'next LINE if /b/; print' a.txt b.txt
