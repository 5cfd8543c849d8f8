# oracle: net timeout=20
# The chapter's chat exercise in miniature: an IO::Select server forked off,
# three clients with NICK?/WELCOME and broadcasts.
use strict; use warnings; use IO::Socket::INET; use IO::Select;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalPort => $port, Listen => 10, ReuseAddr => 1) or die "listen: $!";
my $pid = fork // die;
if (!$pid) {
    my $sel = IO::Select->new($l); my %nick; my $served = 0;
    while (1) {
        for my $fh ($sel->can_read) {
            if ($fh == $l) { my $c = $l->accept; $sel->add($c); print $c "NICK?\n"; next; }
            my $line = <$fh>;
            if (!defined $line) { $sel->remove($fh); close $fh; exit 0 if ++$served == 3; next; }
            chomp $line;
            if (!$nick{$fh}) { $nick{$fh} = $line; print $fh "WELCOME $line\n"; next; }
            for my $o ($sel->handles) { next if $o == $l || $o == $fh || !$nick{$o}; print $o "$nick{$fh}: $line\n"; }
        }
    }
}
close $l;
my @c = map { IO::Socket::INET->new("127.0.0.1:$port") or die } 1..3;
my @names = qw(alice bob carol);
for my $i (0..2) { my $q = readline $c[$i]; print "client $i: $q"; print {$c[$i]} "$names[$i]\n"; print "client $i: ", scalar readline $c[$i]; }
print {$c[0]} "hi all\n";
print "bob hears: ", scalar readline $c[1];
print "carol hears: ", scalar readline $c[2];
print {$c[2]} "hello alice\n";
print "alice hears: ", scalar readline $c[0];
print "bob hears: ", scalar readline $c[1];
close $_ for @c;
waitpid $pid, 0; print "server exit ", $? >> 8, "\n";
