# oracle: tty timeout=25
# A terminal's times (devpts): a write moves its mtime, to within 8 seconds;
# its atime stays while nothing reads it, and its ctime stays.
T=$(tty)
set -- $(stat -c '%X %Y %Z' "$T")
a0=$1 m0=$2 c0=$3
echo "wait"
sleep 9
echo "write"
set -- $(stat -c '%X %Y %Z' "$T")
echo "mtime moved: $([ $(($2 - m0)) -ge 8 ] && echo yes || echo no)"
echo "atime stayed: $([ "$1" = "$a0" ] && echo yes || echo no)"
echo "ctime stayed: $([ "$3" = "$c0" ] && echo yes || echo no)"
echo "atime <= mtime: $([ "$1" -le "$2" ] && echo yes || echo no)"
