# oracle:
use strict; use warnings;
use URI;
no warnings "qw";
my @urls = ('HTTP://Example.COM:80/a/./b/../c?x=1&y=2#frag', 'https://user:pw@host:8443/p%7e?q', 'http://h', 'http://h/sp ace/é?a b', '  <http://h/x>  ', 'mailto:a@b.c', 'foo', '/rel/path?x', 'http://[::1]:8080/v6', 'HTTPS://H:443/', 'http://h:/x', 'ftp://ftp.h/f.txt');
for my $s (@urls) {
    my $u = URI->new($s);
    no warnings 'uninitialized';
    print "[$s] ", ref $u, " str=$u scheme=", $u->scheme, " canon=", $u->canonical, "\n";
    next unless $u->can('host');
    print "  host=", $u->host, " port=", $u->port, " path=", $u->path, " query=", $u->query, " frag=", $u->fragment,
      " auth=", $u->authority, " userinfo=", $u->userinfo, " pq=", $u->path_query, " hp=", $u->host_port, " dp=", $u->default_port, "\n";
}
my $u = URI->new('http://example.com/search');
$u->query_form(q => 'perl json', lang => 'en&fr', empty => '', list => [1, 2], u => "caf\x{e9}");
print "$u\n";
my %f = $u->query_form; print join(',', map { "$_=$f{$_}" } sort keys %f), "\n";
print join('|', $u->query_form), "\n";
$u->query_form({ b => 2, a => 1 }); print "$u\n";
$u->query_form([ z => 1, a => 2 ], ';'); print "$u\n";
$u->query(undef); print "$u\n";
$u->path('/new path'); $u->host('Other.ORG'); $u->port(8080); $u->scheme('https'); $u->fragment('top');
print "$u ", $u->port, "\n";
$u->port(443); print "$u ", $u->canonical, "\n";
print join('|', URI->new('http://h/a/b/c/')->path_segments), "\n";
my $base = 'http://a/b/c/d;p?q';
for my $r (qw(g ./g g/ /g //g ?y g?y #s g#s .. ../ ../g ../.. ../../g ../../../g . ./ g;x)) { print "$r -> ", URI->new($r)->abs($base), "\n" }
print URI->new_abs('x/y', 'http://h/a/b'), "\n";
print URI->new('http://h/a/b/c')->rel('http://h/a/x'), " ", URI->new('http://h/a/b/c')->rel('http://h/a/b/'), " ", URI->new('http://o/a')->rel('http://h/a'), "\n";
print URI->new('http://h/x') eq 'http://h/x' ? "eq\n" : "ne\n";
print URI::eq('http://H:80/x', 'http://h/x') ? "URI::eq\n" : "not URI::eq\n";
my $c = $u->clone; $c->path('/cloned'); print "$u | $c\n";
print URI->new('x', 'http')->scheme // 'undef', " ", ref URI->new('x', 'http'), "\n";
print URI->new('http://h/%41%7e%2f')->canonical, "\n";
print URI->new('http://h?x=a+b&y=%26')->query_param_list, "\n" if URI->can('query_param_list');
print join('|', URI->new('http://h?x=a+b&y=%26&z')->query_form), "\n";
print join('|', URI->new('http://h?perl+json')->query_keywords), "\n";
print URI->new('http://h/p')->secure ? 1 : 0, URI->new('https://h/p')->secure ? 1 : 0, "\n";
