# Run-time errors and warnings of write and formats.
use warnings;
no warnings 'once';
our $x = "x";
format STDOUT =
@<<< @<<< @<<<
$x
.
eval { write; 1 }; print "write ok\n";
$~ = "MISSING";
eval { write }; print "error: $@";
$~ = "STDOUT";
eval { write(NOSUCH) } or print "unopened: [", (defined $@ ? $@ : ''), "]\n";
open(my $r, '<', $0) or die;
eval { write($r) }; print "lexical handle: $@";
open(IN, '<', $0) or die;
format IN =
in: @<<
$x
.
my $ok = write(IN);
print "write to input: ", ($ok ? "true" : "false"), "\n";
close IN;
$ok = write(IN);
print "write to closed: ", ($ok ? "true" : "false"), "\n";
$= = 2;
$- = 0;
format BIG =
line1
line2
line3
line4
.
$~ = "BIG";
write;
print "left: $-\n";
format STDOUT_TOP =
top
.
$~ = "STDOUT";
$- = 0;
write;
write;
