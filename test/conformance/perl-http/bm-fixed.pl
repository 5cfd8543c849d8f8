# oracle:
use strict; use warnings;
use Benchmark qw(:all);
my $t = bless [3, 1.25, 0.5, 0, 0, 1000], 'Benchmark';
print timestr($t), "\n";
print timestr($t, 'all'), "\n";
print timestr($t, 'noc', '5.3f'), "\n";
print timestr(bless([2, 0.1, 0.02, 0.3, 0.04, 10], 'Benchmark')), "\n";
print timestr(bless([0, 0, 0, 0, 0, 5], 'Benchmark')), "\n";
my $sum = timesum($t, $t); print timestr($sum), "\n";
my $results = {
    fast => bless([1, 0.5, 0, 0, 0, 50000], 'Benchmark'),
    slow => bless([1, 0.5, 0, 0, 0, 1000], 'Benchmark'),
    mid  => bless([1, 0.5, 0, 0, 0, 12345], 'Benchmark'),
};
cmpthese($results);
my $rows = cmpthese($results, 'none');
print join('|', map { join(',', @$_) } @$rows), "\n";
cmpthese({ a => bless([5, 4, 0, 0, 0, 2], 'Benchmark'), b => bless([5, 2, 0, 0, 0, 3], 'Benchmark') });
