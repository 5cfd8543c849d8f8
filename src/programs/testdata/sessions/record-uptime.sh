#!/bin/bash
# Records uptime (procps-ng 4.0.2) at chosen times since boot, by running it
# in a time namespace whose boot clock is offset (unshare --time, as root).
# Each line: seconds since boot, tab, `uptime -p`, tab, `uptime` from "up" to
# the user count. Output: uptime.txt next to this script.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for t in 0 30 59 61 119 600 3599 3600 3665 7260 36000 86399 86400 90061 172800 691200 1300000; do
  u=$(cut -d. -f1 /proc/uptime)
  off=$((t - u))
  p=$(unshare --time --boottime "$off" uptime -p)
  l=$(unshare --time --boottime "$off" uptime | sed -E 's/^ [0-9:]+ //; s/,  load average.*//')
  printf '%s\t%s\t%s\n' "$t" "$p" "$l"
done > "$here/uptime.txt"
