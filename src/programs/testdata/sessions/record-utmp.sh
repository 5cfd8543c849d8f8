#!/bin/bash
# Records who (coreutils 9.1) and w (procps-ng 4.0.2) with one login on a
# pseudo-terminal: a utmp holding a boot record, a run-level record and a
# USER_PROCESS record for "user" on the terminal script(1) opens (writable by
# its group, as after login), logged in at 2026-01-01 00:00 UTC, on a
# private /run (a mount namespace of its own). Run as root.
set -u
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = inner ]; then
  line=$(tty | sed 's,^/dev/,,')
  mesg y
  python3 - "$line" "$$" <<'PY'
import struct, sys
line, pid = sys.argv[1], int(sys.argv[2])
t = 1767225600  # 2026-01-01 00:00:00 UTC
def rec(typ, pid, line, ident, user, host, sec):
    return struct.pack('hi32s4s32s256shhiii4i20s', typ, pid, line.encode(), ident.encode(), user.encode(),
                       host.encode(), 0, 0, 0, sec, 0, 0, 0, 0, 0, b'')
with open('/run/utmp', 'wb') as f:
    f.write(rec(2, 0, '~', '~~', 'reboot', '6.1.0', t))
    f.write(rec(1, ord('5'), '~', '~~', 'runlevel', '6.1.0', t))
    f.write(rec(7, pid, line, line[-4:], 'user', '', t))
PY
  rec() { local name=$1; shift; { "$@"; echo "exit $?"; } > "$here/$name.txt" 2>&1; }
  rec who-default who
  rec who-heading who -H
  rec who-count who -q
  rec who-boot who -b
  rec who-am-i who am i
  rec who-m who -m
  rec who-all-users who -u
  rec who-heading-users who -Hu
  rec who-all who -a
  rec who-mesg who -T
  rec who-boot-heading who -bH
  rec who-runlevel who -r
  rec w-default w
  rec w-no-header w -h
  rec w-short w -s
  rec w-user w user
  rec w-nobody w nobody
  exit 0
fi
# "user" is added to a private copy of /etc/passwd (as uid 0: the recorder's processes).
exec unshare -m bash -c "mount -t tmpfs tmpfs /run && (cat /etc/passwd; echo user:x:0:0::/root:/bin/bash) > /run/passwd && mount --bind /run/passwd /etc/passwd && TZ=UTC LC_ALL=C.UTF-8 script -qec '$here/record-utmp.sh inner' /dev/null > /dev/null"
