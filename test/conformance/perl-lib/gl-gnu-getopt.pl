use Getopt::Long qw(:config gnu_getopt);
sub run { my ($spec, @args) = @_; @ARGV = @args; my %h; local $SIG{__WARN__} = sub { print "warn: $_[0]" };
  my $ok = GetOptions(\%h, @$spec); print "[@args] ok=", ($ok ? 1 : 0), " ", join(',', map { my $v = $h{$_}; "$_=" . (ref $v ? "[@$v]" : $v) } sort keys %h), " ARGV=@ARGV\n" }
run([qw(a b c=s verbose)], qw(-abc val file));
run([qw(a b c=s verbose)], qw(-acval --verbose));
run([qw(a o=s)], qw(-oout.txt rest -a));
run([qw(name=s)], qw(--name=joe -- --name=x));
run([qw(name=s)], qw(--name joe));
run([qw(n=i)], qw(-n5 -n 6));
run([qw(a)], qw(- -a));
run([qw(x=s)], qw(--x=));
run([qw(long)], qw(-long));
