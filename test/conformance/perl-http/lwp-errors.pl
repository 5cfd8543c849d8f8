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
use Time::HiRes qw(time);
my @r = (reply(404, "missing\n"), reply(500, "boom\n"), undef, "HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort");
my @order = @r;
serve(4, sub { my $q = shift; my ($i) = $q->{path} =~ m{(\d+)}; my $r = $order[$i - 1]; sleep 3 unless defined $r; $r }, 1);
my $ua = LWP::UserAgent->new(timeout => 1);
for my $i (1 .. 4) {
    my $t0 = time;
    my $res = $ua->get("$BASE/e$i");
    my $el = time - $t0;
    print "$i: ", $res->status_line, " success=", ($res->is_success ? 1 : 0), " error=", ($res->is_error ? 1 : 0), "\n";
    print "   content: [", ($res->content =~ s/\n/\\n/gr =~ s/ at \S+ line \d+\./ at FILE line N./r), "]\n";
    print "   warning: ", ($res->header('Client-Warning') // 'none'), " aborted: ", ($res->header('Client-Aborted') // 'none'), " x-died: ", (defined $res->header('X-Died') ? 'yes' : 'no'), "\n";
    print "   slow\n" if $el > 0.8;
}
my $res = $ua->get("http://127.0.0.1:1/refused");
print $res->status_line, "\n", join(',', sort grep { $_ ne 'Client-Date' } $res->headers->header_field_names), "\n";
print "date set\n" if $res->header('Client-Date') =~ /GMT$/;
