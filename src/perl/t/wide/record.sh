#!/bin/sh
# Record expected stdout/stderr/exit status of every t/*.pl from the real
# perl (/usr/bin/perl). Each script runs twice; unstable ones are rejected.
# An optional NAME.in is fed as stdin. Run from anywhere.
cd "$(dirname "$0")" || exit 1
mkdir -p expected
for f in *.pl; do
  n=${f%.pl}
  in=/dev/null
  [ -f "$n.in" ] && in="$n.in"
  perl "$f" <"$in" >/tmp/rec1.out 2>/tmp/rec1.err; s1=$?
  perl "$f" <"$in" >/tmp/rec2.out 2>/tmp/rec2.err; s2=$?
  if ! cmp -s /tmp/rec1.out /tmp/rec2.out || ! cmp -s /tmp/rec1.err /tmp/rec2.err || [ "$s1" != "$s2" ]; then
    echo "unstable: $f (not recorded)" >&2
    rm -f "expected/$n.out" "expected/$n.err" "expected/$n.status"
    continue
  fi
  cp /tmp/rec1.out "expected/$n.out"
  cp /tmp/rec1.err "expected/$n.err"
  echo "$s1" >"expected/$n.status"
done
