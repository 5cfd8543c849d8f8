# -l chomps by the input separator: with -00 or -0777 that removes more.
printf 'a\n\nb\n\n' | perl -00 -lne 'print "[$_]"'
printf 'x y\n' | perl -lne 'print "<$_>"'
printf 'noeol' | perl -lne 'print "<$_>"'
