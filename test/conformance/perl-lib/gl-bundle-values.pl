use Getopt::Long;
sub run { my ($cfg, @args) = @_; Getopt::Long::Configure('default', @$cfg); @ARGV = @args; my %h; local $SIG{__WARN__} = sub { print "warn: $_[0]" };
  my $ok = GetOptions(\%h, 'a', 'b', 'n=i', 's=s', 'long');
  print "[@$cfg] [@args] ok=", ($ok ? 1 : 0), " ", join(',', map { "$_=$h{$_}" } sort keys %h), " ARGV=@ARGV\n" }
run(['bundling'], qw(-abn3));
run(['bundling'], qw(-ans text));
run(['bundling'], qw(-sab));
run(['bundling'], qw(--long -ab));
run(['bundling'], qw(-long));
run(['bundling_override'], qw(-long -ab));
run(['bundling_values'], qw(-n3 -ab));
run(['bundling_values'], qw(-abn 4));
run([], qw(-ab));
