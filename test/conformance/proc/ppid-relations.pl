# $$ and getppid across fork: the child's parent is the parent's $$; bash is perl's parent.
use strict; use warnings;
my $me = $$;
pipe(my $r, my $w) or die;
my $pid = fork // die;
if (!$pid) { close $r; print $w join(' ', $$ == $me ? 'same' : 'new', getppid == $me ? 'parent' : 'other', $$ == $pid ? '?' : 'ok'), "\n"; exit 0 }
close $w; my $line = <$r>; waitpid $pid, 0;
print "child: $line";
print "fork returned child's pid: ", ($pid > 0 && $pid != $$ ? 'yes' : 'no'), "\n";
print "\$\$ unchanged: ", ($$ == $me ? 'yes' : 'no'), "\n";
