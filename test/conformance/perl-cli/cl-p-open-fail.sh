# A file of <> that cannot be opened: with -n perl names the line last run, with -p (its print on line 0) no place.
printf 'l1\n' > in.txt
perl -ne 'print' in.txt nosuch 2>&1
perl -pe '' in.txt nosuch 2>&1
perl -pe '' nosuch in.txt 2>&1
perl -pi -e '' in.txt nosuch 2>&1; cat in.txt
