# oracle:
use strict; use warnings;
use HTTP::Request::Common qw(GET POST PUT PATCH DELETE HEAD OPTIONS);
for my $r (
    GET('http://h/x?y=1', 'X-A' => 1, 'X-B' => 2),
    POST('http://h/form', [ a => 1, b => 'x y', a => 2 ]),
    POST('http://h/form', { k => 'v' }, 'X-Custom' => 'c'),
    POST('http://h/json', Content_Type => 'application/json', Content => '{"a":1}'),
    POST('http://h/empty'),
    PUT('http://h/put', Content => 'raw'),
    PATCH('http://h/patch', [ p => 1 ]),
    DELETE('http://h/del'),
    HEAD('http://h/head'),
    OPTIONS('http://h/opt'),
) {
    print $r->as_string, "--\n";
}
my $r = POST('http://h/form', [ q => "caf\x{e9}" ]);
print $r->content, " ", $r->header('Content-Length'), "\n";
print ref(GET 'http://h/'), " ", GET('http://h/')->method, " ", GET('http://h/')->uri->path, "\n";
