# -- ends the switches: what follows is the script or @ARGV.
perl -e 'print join(",", @ARGV), "\n"' -- -x --y z
printf 'print "script @ARGV\\n";\n' > -odd.pl
perl -- -odd.pl -a
perl -l -- -odd.pl
perl -e 'print "@ARGV\n"' a -- b
