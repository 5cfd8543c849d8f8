use POSIX;
open my $f, '>', 'x.txt'; print $f "hi"; close($f); print -s 'x.txt', "\n";
print floor(-2.5), " ", mktime(0,0,0,1,0,100), " ", DBL_MIN, " ", getcwd() =~ m{^/} ? 1 : 0, " ", ENOTEMPTY, "\n";
use List::Util qw(pairmap pairs pairgrep);
print join(",", pairmap { "$a=$b" } (x => 1, y => 2)), " ", (pairs(a => 1))[0]->key, " ", scalar(pairgrep { $b > 1 } (x => 1, y => 2)), "\n";
use Scalar::Util qw(isweak weaken);
my $r = {}; my $w = $r; weaken($w); print isweak($w) ? 1 : 0, isweak($r) ? 1 : 0, "\n";
