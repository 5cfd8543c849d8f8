enable -n echo; type echo; echo "via $?"
enable -n
enable -a | grep -e ' echo$' -e ' cd$'
enable echo; type echo
enable nosuch; echo "s $?"
enable -n; echo "none $?"
enable -n test pwd; enable -n; enable test pwd; type -t pwd
enable -q; echo "s $?"
type ls; type ls; ls >/dev/null; type ls
