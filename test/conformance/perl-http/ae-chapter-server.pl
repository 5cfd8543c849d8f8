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

BEGIN { $ENV{PERL_ANYEVENT_MODEL} = 'Perl' }
my $server = fork;
if (!$server) {
    alarm 10;
    require AnyEvent; require AnyEvent::Socket; require AnyEvent::Handle;
    AnyEvent::Socket->import;
    my $cv = AnyEvent->condvar;

    tcp_server(undef, $PORT, sub {
        my ($fh, $host, $port) = @_;
        my $handle = AnyEvent::Handle->new(
            fh       => $fh,
            on_error => sub { $_[0]->destroy },
            on_eof   => sub { $_[0]->destroy },
        );
        $handle->on_read(sub {
            $handle->push_read(line => sub {
                my (undef, $line) = @_;
                $handle->push_write("Echo: $line\n");
            });
        });
    });

    $cv->recv;    # Enter the event loop
    exit 0;
}
for (1 .. 50) {
    last if IO::Socket::INET->new(PeerAddr => "127.0.0.1:$PORT");
    select undef, undef, undef, 0.1;
}
for my $who (qw(first second)) {
    my $c = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$PORT") or die "connect: $!";
    print $c "hello $who\r\nagain\n";
    for (1 .. 2) { my $l = <$c>; print "$who got: $l" }
    close $c;
}
my $a = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$PORT") or die;
my $b = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$PORT") or die;
print $b "b first\n"; print "b: ", scalar <$b>;
print $a "a second\n"; print "a: ", scalar <$a>;
kill 'TERM', $server;
waitpid $server, 0;
print "server ended by signal ", $? & 127, "\n";
