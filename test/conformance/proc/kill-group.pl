# kill with a negative signal (or negative pid) signals a whole process group.
use strict; use warnings; use POSIX qw(setpgid);
for my $form ('negative signal', 'negative pid') {
    pipe(my $ready_r, my $ready_w) or die;   # EOF once the group is set up
    pipe(my $life_r, my $life_w) or die;     # EOF once every member is gone
    my $leader = fork // die;
    if (!$leader) {
        setpgid(0, 0) or die; close $ready_r; close $life_r;
        for (1 .. 2) { my $k = fork // die; if (!$k) { close $ready_w; sleep 10; exit 0 } }
        close $ready_w; sleep 10; exit 0;
    }
    close $ready_w; close $life_w; my $x = <$ready_r>;
    print "$form: leads its group: ", (getpgrp($leader) == $leader ? 'yes' : 'no'), "\n";
    my $n = $form eq 'negative signal' ? kill('-TERM', $leader) : kill('TERM', -$leader);
    print "  kill returned $n\n";
    waitpid $leader, 0; print "  leader status: signal ", $? & 127, "\n";
    my $eof = <$life_r>; print "  every member gone: ", (defined $eof ? 'no' : 'yes'), "\n";
}
