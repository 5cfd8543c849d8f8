# Unknown switches are rejected before anything runs.
perl -q -e 1 2>&1; echo "status $?"
perl -e 1 -j 2>&1; echo "status $?"
perl -lq -e 1 2>&1; echo "status $?"
perl -Z 2>&1; echo "status $?"
