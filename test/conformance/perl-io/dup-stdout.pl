# Duplicating STDOUT: '>&STDOUT', '>&' with a glob, and with a handle.
open my $o, '>&STDOUT' or die "dup: $!";
print "fileno differs: ", (fileno($o) != fileno(STDOUT) ? 'yes' : 'no'), "\n";
STDOUT->flush;
print $o "via dup 1\n";
close $o;
open my $o2, '>&', \*STDOUT or die;
print $o2 "via dup 2\n";
close $o2;
open my $o3, '>&', STDOUT or die;
print $o3 "via dup 3\n";
close $o3;
print "stdout still open\n";
open my $e, '>&STDERR' or die;
print $e "to stderr dup\n";
close $e;
open my $bad, '>&', 'NOSUCH' or print "dup of unopened: $!\n";
