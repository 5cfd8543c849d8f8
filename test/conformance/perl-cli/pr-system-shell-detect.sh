# When one command string goes through sh: metacharacters, VAR=, exec, a final newline, a final 2>&1.
printf 'print STDERR "to stderr\\n"; exit 3;\n' > err.pl
perl -e 'system "echo a #b"' 2>&1
perl -e 'system "echo a=b c"'
perl -e 'system q{echo $0}'
perl -e 'system "X=1 sh -c \"echo X is \\\$X\""'
perl -e 'system "exec echo via exec"'
perl -e 'system "echo trailing newline\n"; print "status $?\n"'
perl -e 'system "perl err.pl 2>&1"; print "status ", $? >> 8, "\n"' 2>/dev/null
perl -e 'my $o = `perl err.pl 2>&1`; print "captured: $o"' 2>/dev/null
perl -e 'system "perl err.pl 2>&1 "; print "with space: ", $? >> 8, "\n"' 2>/dev/null
perl -we 'system "no-such-cmd-q 2>&1"; print "missing: $?\n"' 2>&1
