# socketpair: two connected Unix stream sockets, across a fork.
use Socket; use IO::Handle;
socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
$a->autoflush(1); $b->autoflush(1);
my $pid = fork // die;
if (!$pid) { close $a; my $l = <$b>; print $b "child got: $l"; close $b; exit 0; }
close $b; print $a "ping\n"; print "parent reads: ", scalar <$a>; waitpid $pid, 0;
