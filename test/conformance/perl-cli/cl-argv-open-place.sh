# Where a file of <> that cannot be opened is reported: the statement run last, none on line 0; -i changes nothing.
printf 'l1\n' > in.txt
perl -ne 'print' nosuch in.txt 2>&1
perl -ni -e 'print' in.txt nosuch 2>&1
perl -i -e 'while(<>){print}' in.txt nosuch 2>&1
perl -pe 'BEGIN{$/=""}' in.txt nosuch 2>&1
