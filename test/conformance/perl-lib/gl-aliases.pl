use Getopt::Long;
sub run { my ($cfg, @args) = @_; Getopt::Long::Configure('default', @$cfg); @ARGV = @args; my %h; local $SIG{__WARN__} = sub { print "warn: $_[0]" };
  my $ok = GetOptions(\%h, 'help|h|?', 'output|out|o=s', 'verbose|v+', 'n|num|number=i');
  print "[@args] ok=", ($ok ? 1 : 0), " ", join(',', map { "$_=$h{$_}" } sort keys %h), " ARGV=@ARGV\n" }
run([], qw(-h));
run([], qw(-?));
run([], qw(--out file));
run([], qw(-o f2 --output f3));
run([], qw(--number 4 -n 5));
run([], qw(--num=6 -v --verbose));
run([], qw(--ou x));
run(['bundling'], qw(-vvo file -n3));
my ($help, $out);
@ARGV = qw(--out y -h);
GetOptions('help|h' => \$help, 'output|out=s' => \$out);
print "help=$help out=$out\n";
