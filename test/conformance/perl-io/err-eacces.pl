# EACCES that holds for every user: running a file without execute bits.
open my $w, '>', 'noexec.sh' or die; print $w "#!/bin/sh\necho ran\n"; close $w;
chmod 0644, 'noexec.sh';
my $r = system './noexec.sh';
print "system: $r \$?: $?\n";
my $ok = open my $p, '-|', './noexec.sh';
print "pipe open: ", ($ok ? 'ok' : "failed: $!"), "\n";
my $pid = fork // die;
if (!$pid) { exec './noexec.sh' or do { print "exec: $!\n"; exit 9 } }
waitpid $pid, 0;
print "child status: ", $? >> 8, "\n";
mkdir 'd';
print "exec dir: ", (system('./d') == -1 ? "-1 $!" : 'ran'), "\n";
