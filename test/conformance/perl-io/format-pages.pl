# Pagination with multi-line @* values, $- set by hand and the page
# overflow warning of a record longer than the page.
use warnings;
our ($title, $body) = ("", "");
format STDOUT_TOP =
== @|||||||||| page @< ==
$title,             $%
.
format STDOUT =
* @*
$body
.
$= = 6;
$^L = "[ff]\n";
$title = "Notes";
for my $b ("short", "two\nlines", "three\nmore\nlines", "x") { $body = $b; write; print "left $-\n"; }
$- = 0;
$body = "forced new page";
write;
$body = join "\n", map { "row $_" } 1 .. 8;
write;
print "left $- page $%\n";
select(STDERR); $~ = "STDOUT"; $^ = "STDOUT_TOP"; $= = 3; select(STDOUT);
$body = "to stderr";
write STDERR;
