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

my @status = (200, 404, 301);
serve(3, sub { my $c = shift @status; reply($c, '', ($c == 301 ? ('Location: /elsewhere') : ())) });
my $script = <<'PL';
use strict;
use warnings;
use HTTP::Tiny;

my $http = HTTP::Tiny->new(timeout => 10, max_redirect => 0);
my @urls = @ARGV;
unless (@urls) {
    while (<STDIN>) { chomp; push @urls, $_ if length }
}
die "Usage: $0 <url> [url ...]\n" unless @urls;

my ($ok, $fail) = (0, 0);
for my $url (@urls) {
    my $res = $http->head($url);
    my $reason = $res->{success} ? $res->{reason} : 'Failed';
    printf "%-40s %3d %s\n", $url, $res->{status}, $reason;
    $res->{success} ? $ok++ : $fail++;
}
printf "\nSummary: %d checked, %d OK, %d failed\n",
    scalar @urls, $ok, $fail;
PL
open my $fh, '>', 'check.pl' or die; print $fh $script; close $fh;
my $out = `$^X check.pl http://127.0.0.1:$PORT/a http://127.0.0.1:$PORT/b http://127.0.0.1:$PORT/c http://127.0.0.1:1/ 2>&1`;
$out =~ s/:$PORT\b/:P/g;
print $out;
print `$^X check.pl < /dev/null 2>&1`;
print "exit: ", $? >> 8, "\n";
