use Getopt::Long qw(:config bundling);
@ARGV = qw(-vvx -ofile.txt -n5 --long arg rest);
my ($v, $x, $o, $n, $long) = (0);
GetOptions('v+' => \$v, 'x' => \$x, 'o=s' => \$o, 'n=i' => \$n, 'long=s' => \$long);
print "v=$v x=$x o=$o n=$n long=$long ARGV=@ARGV\n";
@ARGV = qw(-vq);
my $ok = GetOptions('v+' => \$v);
print "ok=", ($ok ? 1 : 0), " v=$v\n";
