use Getopt::Long;
@ARGV = qw(--set a=1 --set b=2 --name x one --stop two three);
my @seen;
GetOptions(
    'set=s%' => sub { my ($opt, $k, $v) = @_; push @seen, "$opt:$k=$v" },
    'name=s' => sub { my ($opt, $v) = @_; push @seen, "name is $v" },
    '<>' => sub { push @seen, "arg $_[0]" },
    'stop' => sub { die "!FINISH" },
);
print join("\n", @seen), "\nARGV=@ARGV\n";
@ARGV = qw(--bad);
my $ok = GetOptions('bad' => sub { die "bad things\n" });
print "ok=", ($ok ? 1 : 0), "\n";
