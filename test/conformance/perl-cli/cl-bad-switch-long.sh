# Long options: --version and --help work, others are unknown; the whole rest of the cluster is named.
perl --version | head -2
perl --help | head -2
perl --foo 2>&1; echo "status $?"
perl -e 1 --bar 2>&1; echo "status $?"
perl -qxyz 2>&1; echo "status $?"
perl -nqz -e 1 2>&1; echo "status $?"
