# The chapter's signal loop: HUP calls reload_config, TERM ends the loop, cleanup runs.
use strict; use warnings; use IO::Handle;
pipe(my $r, my $w) or die; $w->autoflush(1);
my $pid = fork // die;
if (!$pid) {
    close $r; my ($work, $reloads) = (0, 0);
    sub do_work { $work++ }
    sub reload_config { $reloads++; print $w "reloaded\n" }
    sub cleanup { print $w "cleanup after reloads=$reloads\n" }
    my $running = 1;
    $SIG{TERM} = sub { warn "SIGTERM received\n"; $running = 0 };
    $SIG{HUP}  = sub { warn "SIGHUP received\n";  reload_config() };
    $SIG{INT}  = sub { $running = 0 };
    print $w "ready\n";
    my $turns = 0;
    while ($running) {
        do_work();
        sleep 1;
        last if ++$turns > 20;
    }
    cleanup();
    exit 0;
}
close $w;
print "child: ", scalar <$r>;
kill HUP => $pid; print "child: ", scalar <$r>;
kill HUP => $pid; print "child: ", scalar <$r>;
kill TERM => $pid; print "child: ", scalar <$r>;
waitpid $pid, 0; print "child exit: $?\n";
