# /proc/stat (fs/proc/stat.c): its lines in order with their field counts (one
# "cpuN" line per CPU that nproc counts; intr's per-IRQ list varies), and how
# its figures relate to each other, to /proc/uptime and to the clock.
n=$(nproc)
read -r up idle_s < /proc/uptime
now=$(date +%s)
awk -v n="$n" -v up="$up" -v idle_s="$idle_s" -v now="$now" '
  function near(a, b, tol) { return a - b <= tol && b - a <= tol }
  /^cpu / {
    print $1, NF
    for (i = 2; i <= 9; i++) all += $i
    idle = $5
    next
  }
  /^cpu[0-9]+ / { if (cpus++ == 0) print "cpuN", NF; next }
  /^intr / { print $1, (NF > 2 ? "many" : NF); irqs = 0; for (i = 3; i <= NF; i++) irqs += $i; print "intr total >= listed:", ($2 >= irqs ? "yes" : "no"); next }
  /^softirq / { print $1, NF; s = 0; for (i = 3; i <= NF; i++) s += $i; print "softirq total is the sum:", (s == $2 ? "yes" : "no"); next }
  /^btime / { print $1, NF; print "btime is now - uptime:", (near($2, now - up, 2) ? "yes" : "no"); next }
  /^procs_running / { print $1, NF; print "running >= 1:", ($2 >= 1 ? "yes" : "no"); next }
  { print $1, NF }
  END {
    print "cpu lines = nproc:", (cpus == n ? "yes" : "no")
    print "cpu ticks ~ uptime * nproc:", (near(all / n / 100, up, up * 0.05 + 1) ? "yes" : "no")
    print "idle ~ uptime idle:", (near(idle / 100, idle_s, 10 * n) ? "yes" : "no")
  }' /proc/stat
