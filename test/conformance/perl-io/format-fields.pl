# Every field kind: left, right, centre, single char, numeric with rounding,
# zero padding and overflow, @* multi-line, ^* and the ... marker.
our ($a1, $a2, $a3, $c, $n1, $n2, $n3, $z, $ml, $sl, $long, $u);
format STDOUT =
[@<<<<<] [@>>>>>] [@|||||] [@] [@<<]
$a1,     $a2,     $a3,     $c,  $c
[@##.##] [@###] [@.###] [@0##.#] [^##.#]
$n1,     $n2,   $n3,    $z,     $u
multi: @*
$ml
single: ^*
$sl
more: @<<<<<<...|
$long
.
for my $case (["ab", "cd", "ef", "XYZ", 3.14159, 42, 0.5, 7.25, "line1\nline2\n", "first\nsecond", "a very long value here", undef],
              ["toolongvalue", "right-side-long", "mid", "", -1.005, 123456, 12.5, -3.2, "one", "only", "short", 5],
              ["", "", "", "!", 1000, -99, -0.0004, 999.96, "", "", "exactly twelve", 0]) {
  ($a1, $a2, $a3, $c, $n1, $n2, $n3, $z, $ml, $sl, $long, $u) = @$case;
  write;
  print "sl after: [", (defined $sl ? $sl : "undef"), "]\n";
}
