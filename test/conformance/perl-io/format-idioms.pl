# Common idioms: select((select($fh), $~ = ...)[0]), format = (STDOUT by
# default), a comment after `=`, $^A .= and the value write returns.
our $v = "idiom";
format = # the default is STDOUT
default: @<<<<<<
$v
.
format ALT =
alt: @>>>>>>
$v
.
my $r = write;
print "write returned $r\n";
select((select(STDOUT), $~ = "ALT")[0]);
write;
print "format now ", $~, "\n";
$^A .= "appended\n";
formline("and @<<<\n", "more");
print $^A;
$^A = "";
my $pic = "@<< @<<\n";
my @vals = (1, 2, 3, 4);
formline($pic, @vals);
print $^A;
{
  package Report;
  our $x = "pkg";
  format STDOUT_TOP =
Report top
.
  format Report::LINE =
in Report: @<<<
$x
.
}
$~ = "Report::LINE";
write;
print "top: ", $^, "\n";
