use Getopt::Long;
@ARGV = qw(--verb --fi 3);
my ($verbose, $file, $fuzz);
my $ok = GetOptions('verbose' => \$verbose, 'file=s' => \$file, 'fuzz=s' => \$fuzz);
print "ok=$ok verbose=$verbose file=$file\n";
@ARGV = qw(--f x);
$ok = GetOptions('file=s' => \$file, 'fuzz=s' => \$fuzz);
print "ok=", ($ok ? 1 : 0), " ARGV=@ARGV\n";
