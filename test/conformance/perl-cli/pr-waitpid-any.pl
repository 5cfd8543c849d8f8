# waitpid(-1, ...) reaps any child; WNOHANG loop collects all of them.
use POSIX ":sys_wait_h";
for my $n (1 .. 3) { exit $n if fork == 0 }
sleep 1;
my @codes;
while ((my $pid = waitpid(-1, WNOHANG)) > 0) { push @codes, $? >> 8 }
print "reaped: ", join(" ", sort @codes), "\n";
print "none left: ", waitpid(-1, WNOHANG), "\n";
