# -s turns switches after the script name into variables.
printf 'print "foo=$foo bar=$bar rest=@ARGV\\n";\n' > s.pl
perl -s s.pl -foo -bar=baz file
perl -s s.pl -- -foo
perl -se 'print "xyz=$xyz\n"' -- -xyz=1
