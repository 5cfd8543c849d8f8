# $$ and getppid: perl's parent is this shell, a child's parent is perl.
perl -e 'print "parent is bash: ", (getppid == $ARGV[0] ? "yes" : "no"), "\n"' $$
perl -e 'my $me = $$; my $pid = fork; if (!$pid) { print "child ppid ok: ", (getppid == $me ? "yes" : "no"), "\n"; print "child pid differs: ", ($$ != $me ? "yes" : "no"), "\n"; exit } waitpid $pid, 0; print "pid numeric: ", ($$ =~ /^\d+$/ ? "yes" : "no"), "\n"'
perl -e 'my $me = $$; my $o = `echo \$PPID`; chomp $o; print "shell child of perl: ", ($o == $me ? "yes" : "no"), "\n"'
