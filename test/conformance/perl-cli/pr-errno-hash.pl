# %!: the key of the current errno is true, others false, unknown names absent.
open my $fh, '<', 'missing.txt';
print "ENOENT: ", ($!{ENOENT} ? "true" : "false"), "\n";
print "EACCES: ", ($!{EACCES} ? "true" : "false"), "\n";
print "value is the number: ", ($!{ENOENT} == 2 ? "yes" : "no"), "\n";
print "exists EPERM: ", (exists $!{EPERM} ? 1 : 0), " exists EBOGUS: ", (exists $!{EBOGUS} ? 1 : 0), "\n";
$! = 13; print "after set: ", (join ",", grep { $!{$_} } sort keys %!), "\n";
use Errno qw(ENOENT EINTR);
print "constants: ", ENOENT, " ", EINTR, "\n";
