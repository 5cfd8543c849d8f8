use Data::Dumper;
$Data::Dumper::Varname = 'thing';
print Dumper(1, [2], { three => 3 });
$Data::Dumper::Varname = 'x';
my $r = [1]; print Dumper($r, [$r]);
local $Data::Dumper::Indent = 1;
print Dumper({ self => 'a' });
