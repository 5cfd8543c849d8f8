# While system waits, perl ignores SIGINT and SIGQUIT: a signal sent to perl then does not kill it.
perl -e 'my $r = system("sh", "-c", "kill -INT \$PPID; kill -QUIT \$PPID; echo child done"); print "parent survived, child status $r\n"'
perl -e '$SIG{INT} = sub { print "handler ran\n" }; system("sh", "-c", "kill -INT \$PPID"); print "after system\n"; kill INT => $$; sleep 1; print "handler restored\n"'
