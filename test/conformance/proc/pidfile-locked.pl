# The chapter's write_pidfile: a second process is refused while the first holds the lock.
use strict; use warnings; use Fcntl ':flock'; use IO::Handle;
sub write_pidfile {
    my ($path) = @_;
    open my $fh, '>', $path or die "Cannot open PID file $path: $!\n";
    flock($fh, LOCK_EX | LOCK_NB)
        or die "Another instance is running (PID file locked)\n";
    print $fh $$;
    return $fh;    # Keep open to hold the lock
}
$| = 1;
my $fh = write_pidfile('app.pid'); $fh->flush;
my $pid = fork // die;
if (!$pid) { write_pidfile('app.pid'); print "child got it\n"; exit 0 }
waitpid $pid, 0; print "second instance exit: ", $? >> 8, "\n";
open(my $in, '<', 'app.pid') or die; my $content = <$in>;
print "file content: ", (defined $content ? ($content == $$ ? 'my pid' : "[$content]") : 'empty'), "\n";
close $fh;
$pid = fork // die;
if (!$pid) { my $h = write_pidfile('app.pid'); print "after release: child got it\n"; exit 0 }
waitpid $pid, 0;
