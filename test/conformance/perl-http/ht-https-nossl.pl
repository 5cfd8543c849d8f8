# oracle:
BEGIN { unshift @INC, sub { die "Can't locate $_[1] (hidden)\n" if $_[1] =~ m{^(IO/Socket/SSL|Net/SSLeay)\.pm$}; return } }
use HTTP::Tiny;
my $res = HTTP::Tiny->new->get('https://127.0.0.1:1/get');
print "$res->{status} $res->{reason}\n$res->{content}";
my ($ok, $why) = HTTP::Tiny->can_ssl;
print "can_ssl: ", ($ok ? 1 : 0), "\n$why";
