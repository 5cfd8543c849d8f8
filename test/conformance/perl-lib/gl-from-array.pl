use Getopt::Long qw(GetOptionsFromArray GetOptionsFromString);
my @args = qw(--name alice -v -v file1 file2);
my ($name, $v) = ('', 0);
my $ok = GetOptionsFromArray(\@args, 'name=s' => \$name, 'v+' => \$v);
print "ok=$ok name=$name v=$v args=@args\n";
@ARGV = qw(untouched --name x);
my %h;
GetOptionsFromArray([qw(--n 3 left)], \%h, 'n=i');
print "n=$h{n} ARGV=@ARGV\n";
my @bad = qw(--zzz --n q);
{ local $SIG{__WARN__} = sub { print "warn: $_[0]" }; $ok = GetOptionsFromArray(\@bad, \%h, 'n=i'); }
print "ok=", ($ok ? 1 : 0), " bad=@bad\n";
my ($r, $rest) = GetOptionsFromString('--n 9 one two', \%h, 'n=i');
print "r=$r n=$h{n} rest=@$rest\n";
