# -i on a missing file warns and goes on with the next.
printf 'k\n' > ok.txt
perl -pi -e 's/k/K/' nope.txt ok.txt 2>&1; echo "status $?"
cat ok.txt
