# -n: a loop around the program over the input lines, printing nothing by itself.
printf 'apple\nbanana\ncherry\n' > fruit.txt
perl -ne 'print if /an/' fruit.txt
perl -ne 'print "$.: $_"' fruit.txt
printf 'x\ny\n' | perl -ne 'print uc'
perl -ne '$n++; END { print "$n lines\n" }' fruit.txt
perl -ne 'print; last if /banana/' fruit.txt
