#!/bin/bash
# Records expected.json: the commands of the course-style session (see
# test/course-style.test.ts) run on a terminal with the real bash and perl,
# with the same files the session writes with its editors.
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=UTC TERM=xterm-256color HOME="$work"
cp "$here/wc.pl" wc.pl
cp "$here/words.txt" words.txt
mkdir t
cp "$here/t/count.t" t/count.t
chmod +x wc.pl
run() { script -qec "$1" /dev/null | perl -pe 's/\r\n/\n/g'; }
{
  echo '{'
  first=1
  for cmd in './wc.pl words.txt | sort' 'prove -v t/' 'prove t/count.t; echo "exit $?"'; do
    out=$(run "$cmd"; echo x)
    out=${out%x}
    [ $first = 1 ] || echo ','
    first=0
    printf '%s: %s' "$(printf '%s' "$cmd" | perl -MJSON::PP -0777 -ne 'print JSON::PP->new->allow_nonref->encode($_)')" \
      "$(printf '%s' "$out" | perl -MJSON::PP -0777 -ne 's/(Files=\d+, Tests=\d+, ).*$/$1TIMING/m; print JSON::PP->new->allow_nonref->encode($_)')"
  done
  echo
  echo '}'
} > "$here/expected.json"
