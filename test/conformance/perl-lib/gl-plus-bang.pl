use Getopt::Long;
sub run { my ($cfg, @args) = @_; Getopt::Long::Configure('default', @$cfg); @ARGV = @args; my %h = (verbose => 0); local $SIG{__WARN__} = sub { print "warn: $_[0]" };
  my $ok = GetOptions(\%h, 'verbose|v+', 'color!', 'debug|d!', 'size=i');
  print "[@args] ok=", ($ok ? 1 : 0), " ", join(',', map { "$_=$h{$_}" } sort keys %h), " ARGV=@ARGV\n" }
run([], qw(--verbose --verbose -v));
run([], qw(--color));
run([], qw(--nocolor));
run([], qw(--no-color));
run([], qw(--color --nocolor));
run([], qw(--nod));
run([], qw(--no-debug --debug));
run([], qw(--noverbose));
run([], qw(--nosize));
run(['bundling'], qw(-vvv));
run(['bundling'], qw(-vd));
run([], qw(--verbose=3));
