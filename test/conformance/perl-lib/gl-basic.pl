use Getopt::Long;
@ARGV = qw(--name Bob --count=3 -v --ratio 2.5 file1 --list a --list b file2 --def k=v --def x=y);
my ($name, $count, $verbose, $ratio, @list, %def);
my $ok = GetOptions('name=s' => \$name, 'count=i' => \$count, 'verbose|v' => \$verbose,
    'ratio=f' => \$ratio, 'list=s' => \@list, 'def=s' => \%def);
print "ok=$ok name=$name count=$count verbose=$verbose ratio=$ratio\n";
print "list=@list def=", join(',', map { "$_=$def{$_}" } sort keys %def), "\n";
print "ARGV=@ARGV\n";
