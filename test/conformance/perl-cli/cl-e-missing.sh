# -e without its argument.
perl -e 2>&1; echo "status $?"
