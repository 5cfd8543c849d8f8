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

BEGIN { $ENV{MOJO_REACTOR} = "Mojo::Reactor::Poll" }
use Mojo::UserAgent;
serve(9, sub { my $q = shift;
    return reply(302, "", "Location: /b") if $q->{path} eq '/a';
    return reply(301, "", "Location: $BASE/c") if $q->{path} eq '/b';
    return reply(303, "", "Location: /c") if $q->{path} eq '/post';
    return reply(302, "", "Location: /loop") if $q->{path} eq '/loop';
    echo($q) });
my $ua = Mojo::UserAgent->new(max_redirects => 3);
my $tx = $ua->get("$BASE/a");
print $tx->result->code, " ", $tx->result->body;
print "redirects: ", scalar @{ $tx->redirects }, " ", join(' ', map { $_->res->code } @{ $tx->redirects }), "\n";
print "final url: ", ($tx->req->url =~ s/:\d+/:P/r), "\n";
my $p = $ua->post("$BASE/post" => form => { a => 1 });
print "post: ", $p->result->code, " ", $p->req->method, "\n";
my $l = $ua->get("$BASE/loop");
print "loop: ", $l->result->code, " after ", scalar @{ $l->redirects }, "\n";
