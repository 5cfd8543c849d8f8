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

use LWP::UserAgent;
my $n = 0;
serve(30, sub { my $q = shift;
    return reply(302, "go\n", "Location: /b") if $q->{path} eq '/a';
    return reply(301, "go\n", "Location: $BASE/c") if $q->{path} eq '/b';
    return reply(302, "loop\n", "Location: /loop" . ++$n) if $q->{path} =~ m{^/loop};
    return reply(303, "see\n", "Location: /c") if $q->{path} eq '/post';
    echo($q) });
my $ua = LWP::UserAgent->new;
my $res = $ua->get("$BASE/a");
print $res->status_line, " ", $res->content;
print "redirects: ", scalar(my @r = $res->redirects), "\n";
for my $r ($res->redirects) { print "  ", $r->code, " ", ($r->request->uri =~ s/:\d+/:P/r), " -> ", ($r->header('Location') =~ s/:\d+/:P/r), "\n" }
print "final uri: ", ($res->request->uri =~ s/:\d+/:P/r), " previous: ", $res->previous->code, "\n";
my $loop = $ua->get("$BASE/loop0");
print $loop->status_line, " | ", $loop->header('Client-Warning') // 'none', " | ", scalar(my @l = $loop->redirects), "\n";
$ua->max_redirect(2);
print $ua->get("$BASE/loop0")->header('Client-Warning') // 'none', "\n";
my $p = $ua->post("$BASE/post", { a => 1 });
print "post: ", $p->status_line, " ", ($p->request->uri =~ s/:\d+/:P/r), " ", $p->request->method, "\n";
$ua->requests_redirectable([]);
my $no = $ua->get("$BASE/a");
print "none: ", $no->status_line, " ", $no->header('Location'), "\n";
