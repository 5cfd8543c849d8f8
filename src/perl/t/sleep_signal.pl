$SIG{ALRM} = sub { print "alarm handler\n" };
alarm 2;
my $slept = sleep 10;
print "slept $slept\n";
$SIG{USR1} = sub { print "usr1\n" };
kill 'USR1', $$;
print "after kill\n";
