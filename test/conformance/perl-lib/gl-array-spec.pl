use Getopt::Long;
@ARGV = qw(--inc a --inc=b --neg -5 --float -1.5e2 -- --x);
my ($inc, $neg, $float);
GetOptions('inc=s@' => \$inc, 'neg=i' => \$neg, 'float=f' => \$float);
print "inc=@$inc neg=$neg float=$float ARGV=@ARGV\n";
our $opt_legacy;
@ARGV = qw(--legacy yes);
GetOptions('legacy=s');
print "legacy=$opt_legacy\n";
