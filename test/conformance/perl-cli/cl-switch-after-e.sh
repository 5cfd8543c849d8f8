# Switches may follow -e; words after the program are arguments even if they look like switches.
printf 'q\n' | perl -e 'while (<STDIN>) { print }' -l
perl -e 'print "[@ARGV]\n"' -w -- x
perl -e 'print "$^W\n"' -w
