# select, $~ and $^ per handle, write to a named handle and to a file.
our $v = "value";
format STDOUT =
stdout format: @<<<<<<
$v
.
format OTHER =
other format: @<<<<<<
$v
.
format OTHER_TOP =
== other top ==
.
format LOG =
log line: @<<<<<<<
$v
.
format LOG_TOP =
** log top **
.
write;
$~ = "OTHER";
print "now: ", $~, " / ", $^, "\n";
write;
$^ = "OTHER_TOP";
$- = 0;
write;
open(LOG, '>', 'out.txt') or die;
my $old = select(LOG);
print STDOUT "selected was: $old; now format: ", $~, ", top: ", $^, "\n";
$= = 3;
select($old);
print "back: $~ lines/page $=\n";
for my $i (1 .. 4) { $v = "entry $i"; write LOG; }
close LOG;
open(my $in, '<', 'out.txt') or die;
print "file: $_" while <$in>;
close $in;
{
  local $~ = "STDOUT";
  $v = "local";
  write;
}
print "after local: $~\n";
open(my $fh, '>', 'lex.txt') or die;
my $prev = select($fh); $~ = "LOG"; $^ = "NONE"; select($prev);
$v = "lexical";
write($fh);
close $fh;
open($in, '<', 'lex.txt') or die;
print "lex: $_" while <$in>;
