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

# An API that answers badly: a body cut short, an HTML error page, an empty
# body, JSON with the wrong type; each client decodes the way the chapter's
# walkthrough does (decode_json in try/catch) or Mojo's ->json.
# JSON::MaybeXS as on a machine without the XS backends (as ours is): hide them.
BEGIN { unshift @INC, sub { die "no XS JSON backend here\n" if $_[1] =~ m{^(?:Cpanel/)?JSON/XS\.pm$}; return } }
use HTTP::Tiny;
use JSON::MaybeXS qw(decode_json);
use Try::Tiny;
my %body = (
    '/cut'   => [200, 'application/json', '{"id": 1, "name": "Leanne'],
    '/html'  => [502, 'text/html', "<html><body><h1>502 Bad Gateway</h1></body></html>\n"],
    '/empty' => [200, 'application/json', ''],
    '/list'  => [200, 'application/json', '[{"id":1},{"id":2}]'],
    '/ok'    => [200, 'application/json', '{"id":1,"tags":["a","b"],"active":true,"score":null}'],
);

serve(20, sub {
    my $q = shift;
    if ($q->{path} eq '/short') { return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 40\r\nConnection: close\r\n\r\n{\"id\": 1, \"na" }
    my $b = $body{$q->{path}};
    return reply($b->[0], $b->[2], "Content-Type: $b->[1]");
});
my $http = HTTP::Tiny->new;
for my $path (qw(/cut /html /empty /list /ok)) {
    my $res = $http->get("$BASE$path");
    try {
        die "HTTP $res->{status} $res->{reason}\n" unless $res->{success};
        my $data = decode_json($res->{content});
        die "expected an object, got " . (ref $data || 'a scalar') . "\n" unless ref $data eq 'HASH';
        print "$path: id $data->{id}, tags @{ $data->{tags} }, active ", ($data->{active} ? 'yes' : 'no'),
            ", score ", $data->{score} // 'null', "\n";
    } catch {
        s/ at \S+ line \d+\.$//;
        print "$path: failed: $_";
    };
}
require Mojo::UserAgent;
my $ua = Mojo::UserAgent->new;
for my $path (qw(/cut /html /empty /list /ok)) {
    my $res = $ua->get("$BASE$path")->result;
    my $json = $res->json;
    print "mojo $path: ", $res->code, " ", (defined $json ? ref $json || $json : 'undef'),
        " is_success=", ($res->is_success ? 1 : 0), "\n";
}
my $short = $http->get("$BASE/short");
print "short: $short->{status} ", ($short->{content} =~ s/\n.*//sr), "\n";
my $mojo = $ua->get("$BASE/short");
print "mojo short: ", ($mojo->error ? $mojo->error->{message} : 'no error'), " body [", $mojo->res->body, "]\n";
