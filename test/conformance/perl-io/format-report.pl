# A report with a top-of-page format, pagination ($= = 5) and the form feed.
my @rows = map { ["item$_", $_ * 1.5, $_ * 10] } 1 .. 7;
my ($name, $price, $qty);
format STDOUT_TOP =
Page @<
$%
Name     Price  Qty
.
format STDOUT =
@<<<<<<< @##.## @>>
$name,   $price, $qty
.
$= = 5;
print "page length: $=, lines left: $-, page: $%\n";
for (@rows) {
  ($name, $price, $qty) = @$_;
  write;
  print "after $name: left=$- page=$%\n";
}
$^L = "--FF--\n";
($name, $price, $qty) = ("last", 99.999, 1);
write;
print "top name: $^, format name: $~\n";
