use Errno qw(ENOENT EACCES);
open(my $f, '<', '/no/such/file');
print "ENOENT: ", ($!{ENOENT} ? 'yes' : 'no'), " value ", $!{ENOENT}, " EACCES: ", $!{EACCES}, "\n";
print "exists: ", (exists $!{EINTR} ? 1 : 0), " const ", ENOENT, " ", Errno::EINTR(), "\n";
$! = 0; print "cleared: ", $!{ENOENT}, "\n";
