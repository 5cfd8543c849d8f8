use Getopt::Long qw(:config pass_through);
sub run { my ($spec, @args) = @_; @ARGV = @args; my %h; local $SIG{__WARN__} = sub { print "warn: $_[0]" };
  my $ok = GetOptions(\%h, @$spec); print "[@args] ok=", ($ok ? 1 : 0), " ", join(',', map { "$_=$h{$_}" } sort keys %h), " ARGV=@ARGV\n" }
run([qw(known)], qw(--known --unknown value --other=3 file));
run([qw(n=i)], qw(--n x));
run([qw(n=i)], qw(-z --n 3 -- -y));
Getopt::Long::Configure('bundling');
run([qw(a b)], qw(-abz -q --long));
Getopt::Long::Configure('require_order');
run([qw(a)], qw(-q -a file -a));
