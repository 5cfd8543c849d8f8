# oracle:
use strict; use warnings;
use HTTP::Tiny;
my $http = HTTP::Tiny->new;
for my $code (
    sub { $http->get },
    sub { $http->get('http://x', 'notahash') },
    sub { $http->request('GET') },
    sub { $http->post_form('http://x') },
    sub { $http->www_form_urlencode('scalar') },
    sub { $http->www_form_urlencode([1, 2, 3]) },
    sub { $http->mirror('http://x') },
    sub { HTTP::Tiny->new(cookie_jar => {}) },
) {
    eval { $code->() };
    (my $e = $@) =~ s/ at \S+ line \d+\.?\n?$//;
    print "error: $e";
    print "\n" unless $e =~ /\n$/;
}
my $h = $http->get('http://127.0.0.1:1/', { headers => { Host => 'x' } });
print "host header: $h->{status} $h->{content}";
my $w = $http->post('http://127.0.0.1:1/', { content => "\x{263a}" });
print "wide: $w->{status} $w->{content}";
print "agent accessor: ", $http->agent('New/1 '), "\n";
print "timeout accessor: ", $http->timeout(7), " ", $http->timeout, "\n";
print "connected: ", (defined $http->connected ? 'yes' : 'no'), "\n";
