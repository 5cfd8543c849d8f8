use Getopt::Long;
sub run { my (@args) = @_; @ARGV = @args; my %h; local $SIG{__WARN__} = sub { print "warn: $_[0]" };
  my $ok = GetOptions(\%h, 'str:s', 'int:i', 'flt:f', 'def:5', 'inc:+');
  print "[@args] ok=", ($ok ? 1 : 0), " ", join(',', map { "$_=" . (defined $h{$_} ? "'$h{$_}'" : 'undef') } sort keys %h), " ARGV=@ARGV\n" }
run(qw(--str));
run(qw(--str val));
run(qw(--str --int));
run(qw(--int 7 --flt));
run(qw(--int x));
run(qw(--flt 2.5e1 file));
run(qw(--flt -3));
run(qw(--int -4));
run(qw(--def));
run(qw(--def 9));
run(qw(--inc --inc --inc));
run(qw(--str=));
run(qw(--int=));
