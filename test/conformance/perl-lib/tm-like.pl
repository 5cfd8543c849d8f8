use Test::More;
like('foo', qr/bar/, 'like');
unlike('foo', qr/fo/, 'unlike');
like('hello world', qr/wor/i, 'like ok');
like(undef, qr/x/, 'undef like');
like('abc', '/b/', 'string regex');
done_testing;
