# The exit status of a bad command line depends on stderr: 29 (ESPIPE) on a pipe, 25 (ENOTTY) on a file or /dev/null.
perl -q 2>err.txt; echo "file $?"; cat err.txt
perl -e 2>&1 | cat; echo "pipe ${PIPESTATUS[0]}"
perl -q 2>/dev/null; echo "null $?"
