use Getopt::Long;
sub run { my ($cfg, $spec, @args) = @_; Getopt::Long::Configure('default', @$cfg); @ARGV = @args; my %h; local $SIG{__WARN__} = sub { print "warn: $_[0]" };
  my $ok = GetOptions(\%h, @$spec); print "[@$cfg] [@args] ok=", ($ok ? 1 : 0), " ", join(',', map { "$_=$h{$_}" } sort keys %h), " ARGV=@ARGV\n" }
run([], [qw(verbose)], qw(--VERBOSE));
run(['no_ignore_case'], [qw(verbose)], qw(--VERBOSE));
run(['no_ignore_case'], [qw(v V)], qw(-v -V));
run([], [qw(v V)], qw(-V));
run(['bundling'], [qw(v V)], qw(-vV));
run(['bundling'], [qw(foo)], qw(--FOO));
run(['bundling'], [qw(x)], qw(-X));
run(['ignore_case_always', 'bundling'], [qw(x)], qw(-X));
