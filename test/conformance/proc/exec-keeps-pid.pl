# exec keeps the pid: the program exec-ed by the child reports the child's pid.
use strict; use warnings;
pipe(my $r, my $w) or die;
my $pid = fork // die;
if (!$pid) { close $r; open(STDOUT, '>&', $w) or die; exec 'sh', '-c', 'echo $$' or die }
close $w; my $seen = <$r>; waitpid $pid, 0;
print "same pid after exec: ", ($seen == $pid ? 'yes' : 'no'), "\n";
