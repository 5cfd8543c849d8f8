# waitpid(-1, WNOHANG): 0 while children run, their pids once they exit, -1 when none are left.
use strict; use warnings; use POSIX ':sys_wait_h'; use IO::Handle;
pipe(my $r, my $w) or die; $w->autoflush(1);
my %kids;
for my $i (1 .. 3) { my $pid = fork // die; if (!$pid) { close $w; my $x = <$r>; exit $i } $kids{$pid} = $i }
close $r;
my $none = waitpid(-1, WNOHANG); print "while running: $none\n";
close $w;   # every child reads EOF and exits
my (@got, $polls);
while (keys %kids) {
    die "too many polls\n" if ++$polls > 1000;
    my $pid = waitpid(-1, WNOHANG);
    if ($pid > 0) { push @got, delete($kids{$pid}) . ':' . ($? >> 8); next }
    select(undef, undef, undef, 0.01);
}
print "reaped: ", join(' ', sort @got), "\n";
my $after = waitpid(-1, WNOHANG); print "after all: $after [$!]\n";
