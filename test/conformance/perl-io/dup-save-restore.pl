# Redirect STDOUT to a file and back, keeping fd 1.
print "before\n";
open my $save, '>&', \*STDOUT or die;
open STDOUT, '>', 'cap.txt' or die "redir: $!";
print "captured line\n";
system 'echo from child';
print "fileno STDOUT: ", fileno(STDOUT), "\n";
close STDOUT;
open STDOUT, '>&', $save or die "restore: $!";
print "after\n";
open my $r, '<', 'cap.txt' or die;
print "file: $_" while <$r>;
