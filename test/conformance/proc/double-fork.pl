# A double fork: once the middle process exits, the grandchild's parent is 1.
use strict; use warnings; use IO::Handle;
pipe(my $r, my $w) or die; $w->autoflush(1);
my $mid = fork // die;
if (!$mid) {
    my $g = fork // die;
    if (!$g) {
        my $before = getppid;
        for (1 .. 100) { last if getppid != $before; select(undef, undef, undef, 0.02) }
        print $w "ppid was the middle one: ", ($before != getppid ? 'yes' : 'no'), "\n";
        print $w "ppid is 1: ", (getppid == 1 ? 'yes' : 'no'), "\n";
        exit 0;
    }
    exit 0;
}
close $w;
waitpid $mid, 0; print "middle exited: $?\n";
print while <$r>;
