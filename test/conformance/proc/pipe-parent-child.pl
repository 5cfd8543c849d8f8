# Two pipes between parent and child: a request/answer conversation, then EOF both ways.
use strict; use warnings; use IO::Handle;
pipe(my $to_child_r, my $to_child_w) or die; pipe(my $to_parent_r, my $to_parent_w) or die;
$to_child_w->autoflush(1); $to_parent_w->autoflush(1);
my $pid = fork // die;
if (!$pid) {
    close $to_child_w; close $to_parent_r;
    while (my $q = <$to_child_r>) { chomp $q; print $to_parent_w "square of $q is ", $q * $q, "\n" }
    print $to_parent_w "child saw EOF\n"; exit 0;
}
close $to_child_r; close $to_parent_w;
for my $n (3, 7, 12) { print $to_child_w "$n\n"; print "answer: ", scalar <$to_parent_r> }
close $to_child_w;
print "then: ", scalar <$to_parent_r>;
print "finally: ", (defined(<$to_parent_r>) ? 'more' : 'EOF'), "\n";
waitpid $pid, 0;
pipe(my $r, my $w) or die; close $w; print "read from a pipe with no writer: ", (defined(<$r>) ? 'data' : 'EOF'), "\n";
