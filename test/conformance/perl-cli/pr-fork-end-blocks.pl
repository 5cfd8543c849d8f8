# A forked child inherits END blocks: both processes run them at exit.
my $parent = $$;
END { print $$ == $parent ? "parent END\n" : "child END\n" }
$| = 1;
my $pid = fork;
if ($pid == 0) { print "child exits\n"; exit 0 }
waitpid $pid, 0;
print "parent after wait\n";
