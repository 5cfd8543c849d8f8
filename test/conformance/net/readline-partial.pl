# oracle: net
# Lines split over several writes come back whole; a last line without newline comes at EOF.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $pid = fork // die;
if (!$pid) {
    my $s = IO::Socket::INET->new("127.0.0.1:$port") or die;
    for my $piece ("he", "llo\nwor", "ld\n", "no newline") { syswrite($s, $piece); select(undef, undef, undef, 0.05) }
    exit 0;
}
my $a = $l->accept;
while (my $line = <$a>) { $line =~ s/\n/\\n/; print "line: [$line]\n" }
waitpid $pid, 0;
{ local $/ = \4; my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $b = $l->accept; print $c "abcdefghij"; close $c;
  while (my $rec = <$b>) { print "record: [$rec]\n" } }
