use Getopt::Long;
@ARGV = qw(--nocolor -v -v --verbose --no-quiet --size);
my ($color, $quiet, $verbose, $size) = (1, 1, 0);
GetOptions('color!' => \$color, 'quiet!' => \$quiet, 'verbose|v+' => \$verbose, 'size:i' => \$size);
print "color=$color quiet=$quiet verbose=$verbose size=$size\n";
@ARGV = qw(--opt --other);
my ($opt, $other);
GetOptions('opt:s' => \$opt, 'other' => \$other);
print "opt='$opt' other=$other\n";
