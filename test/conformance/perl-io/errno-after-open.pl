# What $! holds after successful opens (perl's own probes leave it set); a bare die exits with it.
use Fcntl;
my @r;
$! = 0; open(my $f, '>', 'f.txt') or die; push @r, "file:" . ($! + 0);
$! = 0; sysopen(my $s, 's.txt', O_WRONLY | O_CREAT) or die; push @r, "sysopen:" . ($! + 0);
$! = 0; pipe(my $pr, my $pw) or die; push @r, "pipe:" . ($! + 0);
$! = 0; open(my $p, '-|', 'echo', 'x') or die; push @r, "pipe open:" . ($! + 0);
$! = 0; opendir(my $d, '.') or die; push @r, "opendir:" . ($! + 0);
$! = 0; open(my $dup, '>&', $f) or die; push @r, "dup of file:" . ($! + 0);
$! = 0; sysread($p, my $buf, 1); push @r, "sysread:" . ($! + 0);
print "@r\n";
$! = 0; open(my $g, '<', 'f.txt') or die;
die "bare die after open\n";
