#!/bin/sh
# Record expected stdout/stderr/exit status of every *.pl in a directory
# (default: this one, t/) from the real perl (/usr/bin/perl), into its
# expected/. Each script runs twice; unstable ones are rejected. An optional
# NAME.in is fed as stdin. Run from anywhere; NAME arguments after the
# directory record only those scripts.
dir=${1:-$(dirname "$0")}
[ $# -gt 0 ] && shift
cd "$dir" || exit 1
mkdir -p expected
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
if [ $# -gt 0 ]; then set -- $(for n in "$@"; do echo "${n%.pl}.pl"; done); else set -- *.pl; fi
for f in "$@"; do
  n=${f%.pl}
  in=/dev/null
  [ -f "$n.in" ] && in="$n.in"
  perl "$f" <"$in" >"$tmp/1.out" 2>"$tmp/1.err"; s1=$?
  perl "$f" <"$in" >"$tmp/2.out" 2>"$tmp/2.err"; s2=$?
  if ! cmp -s "$tmp/1.out" "$tmp/2.out" || ! cmp -s "$tmp/1.err" "$tmp/2.err" || [ "$s1" != "$s2" ]; then
    echo "unstable: $f (not recorded)" >&2
    rm -f "expected/$n.out" "expected/$n.err" "expected/$n.status"
    continue
  fi
  cp "$tmp/1.out" "expected/$n.out"
  cp "$tmp/1.err" "expected/$n.err"
  echo "$s1" >"expected/$n.status"
done
