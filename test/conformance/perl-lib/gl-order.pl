use Getopt::Long;
sub run { my ($cfg, @args) = @_; Getopt::Long::Configure('default', @$cfg); @ARGV = @args; my ($a, $b, @seen);
  my $ok = GetOptions('a' => \$a, 'b=s' => \$b); print "[@$cfg] ok=", ($ok ? 1 : 0), " a=", ($a // 'u'), " b=", ($b // 'u'), " ARGV=@ARGV\n" }
run([], qw(x -a y --b val z));
run(['require_order'], qw(x -a y --b val z));
run(['require_order'], qw(-a x --b val));
run(['permute'], qw(one -a two --b three four));
run(['require_order', 'permute'], qw(p -a));
$ENV{POSIXLY_CORRECT} = 1;
run([], qw(p -a));
delete $ENV{POSIXLY_CORRECT};
Getopt::Long::Configure('default', 'permute');
@ARGV = qw(a -x b -y c);
my @non;
GetOptions('x' => sub { push @non, "opt:x" }, 'y' => sub { push @non, "opt:y" }, '<>' => sub { push @non, "arg:$_[0]" });
print "order: @non ARGV=@ARGV\n";
