use Try::Tiny;
my $r = try { die "boom\n"; 1 } catch { print "caught: $_"; print "arg: $_[0]"; 'from catch' } finally { print "finally args: ", scalar(@_), "\n" };
print "r=$r\n";
$@ = 'kept';
my @l = try { (1, 2, 3) } finally { print "finally ok: ", scalar(@_), "\n" };
print "list=@l \$\@=$@\n";
my $v = try { 'scalar' };
print "v=$v\n";
try { try { die "inner\n" } catch { die "rethrown: $_" } } catch { print "outer got $_" };
sub f { try { return 'from try' }; return 'after try' }
print f(), "\n";
print "ctx: ", (try { wantarray ? 'list' : defined(wantarray) ? 'scalar' : 'void' }), "\n";
