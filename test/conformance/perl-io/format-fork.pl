# Page state is part of the process: a child goes on from the parent's page.
$| = 1;
our $who;
format STDOUT_TOP =
top for @<<<<<
$who
.
format STDOUT =
line by @<<<<< page @<
$who, $%
.
$= = 3;
$who = "parent"; write;
my $pid = fork;
if (!$pid) { $who = "child"; write; write; exit 0 }
waitpid $pid, 0;
write; write;
