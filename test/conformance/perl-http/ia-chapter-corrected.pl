# oracle: net
use strict; use warnings;
use IO::Socket::INET; use POSIX ();
my $PORT = $ENV{PORT} or die "no PORT\n";
my $BASE = "http://127.0.0.1:$PORT";
my @KIDS;
my %REASON = (200 => 'OK', 201 => 'Created', 204 => 'No Content', 301 => 'Moved Permanently',
  302 => 'Found', 303 => 'See Other', 304 => 'Not Modified', 400 => 'Bad Request', 404 => 'Not Found', 500 => 'Internal Server Error');
# serve(N, HANDLER[, FORK_EACH]): a test server on $PORT for N connections;
# HANDLER gets the request hash and the socket, returns the bytes to send.
sub serve {
    my ($n, $handler, $each) = @_;
    my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $PORT,
        Listen => 10, ReuseAddr => 1, Proto => 'tcp') or die "listen: $!\n";
    my $pid = fork; die "fork: $!\n" unless defined $pid;
    if ($pid) { close $l; push @KIDS, $pid; return $pid }
    alarm 20;
    for (1 .. $n) {
        my $c = $l->accept or last;
        if ($each) { my $k = fork; if ($k) { close $c; next } }
        my ($head, %h, $body) = ('');
        while (defined(my $line = <$c>)) { $head .= $line; last if $line =~ /^\r?\n$/ }
        my ($first, @rest) = split /\r?\n/, $head;
        my ($m, $p) = split / /, $first // '';
        for (@rest) { $h{lc $1} = $2 if /^([^:]+):\s*(.*)$/ }
        $body = '';
        read($c, $body, $h{'content-length'}) if $h{'content-length'};
        my $r = $handler->({ method => $m, path => $p, h => \%h, body => $body, head => $head }, $c);
        print $c $r if defined $r;
        close $c;
        POSIX::_exit(0) if $each;
    }
    POSIX::_exit(0);
}
sub reply {
    my ($code, $body, @hdr) = @_;
    my $r = "HTTP/1.1 $code " . ($REASON{$code} // 'Other') . "\r\n";
    my %has = map { lc((split /:/)[0]) => 1 } @hdr;
    push @hdr, 'Content-Type: text/plain' unless $has{'content-type'};
    push @hdr, 'Content-Length: ' . length $body unless $has{'content-length'};
    return $r . join('', map { "$_\r\n" } @hdr, 'Connection: close') . "\r\n" . $body;
}
# The request as the server saw it, headers sorted, agent and host shown.
sub echo {
    my ($q) = @_;
    my $t = "$q->{method} $q->{path}\n";
    $t .= "$_: $q->{h}{$_}\n" for grep { !/^(te|connection|host)$/ } sort keys %{ $q->{h} };
    $t .= "body: $q->{body}\n" if length $q->{body};
    return reply(200, $t);
}
END { local $?; kill 'KILL', @KIDS if @KIDS; waitpid($_, 0) for @KIDS }

# The chapter's IO::Async echo server with the listener's own `listen` (the
# block as printed dies, see ia-asprinted), serving clients that are
# connected at the same time: the one that connected second is answered
# first, and a third is served while both are still open.
my $server = fork;
if (!$server) {
    alarm 10;
    require IO::Async::Loop; require IO::Async::Listener;
    my $loop = IO::Async::Loop->new;

    my $listener = IO::Async::Listener->new(
        on_stream => sub {
            my (undef, $stream) = @_;
            $stream->configure(on_read => sub {
                my ($self, $buffref, $eof) = @_;
                while ($$buffref =~ s/^(.*)\n//) {
                    $self->write("Echo: $1\n");
                }
                return 0;
            });
            $loop->add($stream);
        },
    );
    $loop->add($listener);

    $listener->listen(
        addr => { family => 'inet', socktype => 'stream', port => $PORT },
    )->get;
    $loop->run;
    exit 0;
}
for (1 .. 50) {
    last if IO::Socket::INET->new(PeerAddr => "127.0.0.1:$PORT");
    select undef, undef, undef, 0.1;
}
my $a = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$PORT") or die "connect: $!";
my $b = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$PORT") or die "connect: $!";
print $b "b first\n"; print "b: ", scalar <$b>;
print $a "a second\n"; print "a: ", scalar <$a>;
my $c = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$PORT") or die "connect: $!";
print $c "c one\nc two\n";
print "c: ", scalar <$c> for 1 .. 2;
print $a "a again\n"; print "a: ", scalar <$a>;
print $b "partial";
shutdown $b, 1;
my @rest = <$b>;
print "b after half-close: ", scalar(@rest), " lines\n";
close $_ for $a, $b, $c;
kill 'TERM', $server;
waitpid $server, 0;
print "server ended by signal ", $? & 127, "\n";
