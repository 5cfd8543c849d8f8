# -x with no perl #! line at all.
printf 'nothing here\n' > plain.txt
perl -x plain.txt 2>&1; echo "status $?"
