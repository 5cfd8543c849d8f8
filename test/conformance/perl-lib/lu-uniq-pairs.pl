use strict;
use warnings;
use List::Util qw(uniq uniqnum uniqstr uniqint pairs unpairs pairkeys pairvalues pairmap pairgrep pairfirst head tail zip mesh);
my @u = uniq(qw(a b a c b d), undef, undef);
print "uniq: ", join(",", map { defined ? $_ : 'U' } @u), " count: ", scalar(uniq(1, 1, 2)), "\n";
print "uniqnum: ", join(",", uniqnum(1, "1.0", 1.5, "01", 2, 2.0)), "\n";
print "uniqstr: ", join(",", uniqstr("1", "1.0", "01", 1)), "\n";
print "uniqint: ", join(",", uniqint(1.2, 1.9, 2, -1.5, -1)), "\n";
my @p = pairs(a => 1, b => 2, c => 3);
print "pairs: ", join(" ", map { "$_->[0]=$_->[1]" } @p), " ref: ", ref($p[0]), "\n";
print "pair methods: ", $p[1]->key, " ", $p[1]->value, "\n";
print "unpairs: ", join(",", unpairs([x => 1], [y => 2])), "\n";
print "pairkeys: ", join(",", pairkeys(a => 1, b => 2)), " pairvalues: ", join(",", pairvalues(a => 1, b => 2)), "\n";
print "pairmap: ", join(",", pairmap { "$a:$b" } (k1 => 'v1', k2 => 'v2')), "\n";
print "pairmap multi: ", join(",", pairmap { ($a, $b * 2) } (x => 1, y => 2)), "\n";
print "pairgrep: ", join(",", pairgrep { $b > 1 } (a => 1, b => 2, c => 3)), " scalar: ", scalar(pairgrep { $b > 1 } (a => 1, b => 2, c => 3)), "\n";
print "pairfirst: ", join(",", pairfirst { $b > 1 } (a => 1, b => 2, c => 3)), "\n";
print "head: ", join(",", head(2, 1..5)), " neg: ", join(",", head(-2, 1..5)), "\n";
print "tail: ", join(",", tail(2, 1..5)), " neg: ", join(",", tail(-2, 1..5)), "\n";
print "zip: ", join(" ", map { "[" . join(",", map { $_ // 'U' } @$_) . "]" } zip([1, 2, 3], ['a', 'b'])), "\n";
print "mesh: ", join(",", map { $_ // 'U' } mesh([1, 2], ['a', 'b', 'c'])), "\n";
{
    no warnings 'misc';
    local $SIG{__WARN__} = sub { print "warn: $_[0]" };
    my @odd = pairkeys(a => 1, 'b');
    print "odd: ", join(",", map { $_ // 'U' } @odd), "\n";
}
