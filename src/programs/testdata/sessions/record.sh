#!/bin/bash
# Records what the real tools print where the output does not depend on the
# machine's state: service's usage and errors (init-system-helpers 1.65.2),
# who's and w's and top's and watch's option errors (coreutils 9.1, procps-ng 4.0.2).
# Output: NAME.out per case: stdout, "--- stderr", stderr, "exit N".
set -u
cd "$(dirname "$0")"
rec() {
  local name=$1; shift
  (cd / && "$@" > /tmp/rec.o 2> /tmp/rec.e; echo "exit $?" > /tmp/rec.x)
  { cat /tmp/rec.o; echo '--- stderr'; cat /tmp/rec.e; cat /tmp/rec.x; } > "$name.out"
}
rec service-usage service
rec service-version service --version
rec service-help service --help
rec service-unknown service nosuch
rec who-bad-option who --nosuch
rec who-extra who a b c
rec w-bad-option w --nosuch
rec top-bad-option top -Z
rec top-bad-n top -b -n x
rec top-bad-d top -b -d x
rec watch-no-command watch
rec watch-bad-n watch -n x true
rec watch-bad-option watch --nosuch true
rm -f /tmp/rec.o /tmp/rec.e /tmp/rec.x
