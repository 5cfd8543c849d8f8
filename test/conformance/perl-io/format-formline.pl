# formline and the accumulator $^A.
print defined $^A ? "A defined, empty: [" . $^A . "]\n" : "A undef\n";
formline("@<<< @>>>\n", "ab", "cd");
formline("@###.##\n", 3.14159);
print "acc: [$^A]";
print "length: ", length($^A), "\n";
$^A = "";
sub swrite {
  my $pic = shift;
  local $^A = "";
  formline($pic, @_);
  return $^A;
}
print swrite("@<<<<< @|||| @>>>>>\n", "left", "mid", "right");
print "outer after local: [$^A]\n";
my $long = "one two three four five six seven";
my $r = formline("~~^<<<<<<<<\n", $long);
print "returned: $r\n";
print $^A;
print "long now: [$long]\n";
$^A = "x\ny\n";
write_lines();
sub write_lines { formline("@*\n", "multi\nline"); print $^A; }
$^A = "";
eval { formline("@##  @##\n", 1) }; print "warn-free: $^A";
$^A = "";
eval { formline("", 1) }; print "null picture: $@";
eval { formline("~~ @##\n", 1) }; print "repeat: $@";
