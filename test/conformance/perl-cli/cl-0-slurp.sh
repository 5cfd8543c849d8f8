# -0777 reads whole files as one record.
printf 'l1\nl2\nl3\n' > f.txt
perl -0777 -ne 'print length($_), "\n"' f.txt
perl -0777 -pe 's/\n/,/g' f.txt; echo
perl -0777 -ne 'print "records: ", ++$n, "\n"' f.txt f.txt
perl -0777 -e 'print defined $/ ? "def" : "undef", "\n"'
