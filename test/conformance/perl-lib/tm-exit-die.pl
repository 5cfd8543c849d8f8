use Test::More tests => 3;
ok(1);
ok(0, 'bad');
die "oops\n";
