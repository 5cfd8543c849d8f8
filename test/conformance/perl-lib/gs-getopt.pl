use Getopt::Std;
@ARGV = qw(-o out -vx -ifile rest);
my %o;
getopt('oi', \%o);
print join(',', map { "$_=$o{$_}" } sort keys %o), " ARGV=@ARGV\n";
