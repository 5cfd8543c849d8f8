use Getopt::Long;
sub run { my ($cfg, @args) = @_; Getopt::Long::Configure('default', @$cfg); @ARGV = @args; my %h; local $SIG{__WARN__} = sub { print "warn: $_[0]" };
  my $ok = GetOptions(\%h, 'verbose', 'version', 'output=s', 'quiet');
  print "[@$cfg] [@args] ok=", ($ok ? 1 : 0), " ", join(',', map { "$_=$h{$_}" } sort keys %h), " ARGV=@ARGV\n" }
run([], qw(--verb));
run([], qw(--vers));
run([], qw(--ve));
run([], qw(--v));
run([], qw(--out f --q));
run(['no_auto_abbrev'], qw(--verb));
run(['no_auto_abbrev'], qw(--quiet));
run(['bundling'], qw(--out=x));
