#!/bin/bash
# Records watch (procps-ng 4.0.2) on an 80x24 pseudo-terminal: the bytes it
# writes while showing a command's output, stopped by SIGINT after a second,
# and its exit status. Output: watch-NAME.raw.
set -u
cd "$(dirname "$0")"
rec() {
  local name=$1; shift
  local cmd; cmd=$(printf '%q ' "$@")
  script -qec "stty rows 24 cols 80; $cmd & sleep 1; kill -INT \$!; wait \$!; echo \"st=\$?\"" /dev/null > "watch-$name.raw"
}
rec two-lines watch -n 0.5 'echo hi; echo there'
rec no-title watch -t -n 0.5 'echo hi; echo there'
rec long-line watch -n 0.5 'printf "%0100d\n" 7'
rec exec watch -x -n 0.5 echo a 'b  c'
