#!/bin/sh
# Record stdout/stderr of each recursion case from the real perl, with
# memory limited so that unbounded recursion ends in "Out of memory!".
# The exit status after running out of memory depends on the host (1, or a
# crash in cleanup), so only "0" or "nonzero" is recorded.
cd "$(dirname "$0")" || exit 1
mkdir -p expected
for f in *.pl; do
  n=${f%.pl}
  (ulimit -v 300000; timeout 120 perl "$f" </dev/null >"expected/$n.out" 2>"expected/$n.err"); s=$?
  if [ "$s" = 0 ]; then echo 0; else echo nonzero; fi >"expected/$n.status"
done
