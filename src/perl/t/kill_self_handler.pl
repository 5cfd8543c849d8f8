my $got = 0;
$SIG{USR1} = sub { $got++; print "got $_[0]\n" };
kill USR1 => $$;
print "after kill, got=$got\n";
$SIG{TERM} = 'IGNORE';
kill 'TERM', $$;
print "still alive\n";
$SIG{TERM} = 'DEFAULT';
