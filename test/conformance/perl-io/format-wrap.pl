# ^<<< fields chop their variable; ~ drops a blank line, ~~ repeats the
# line until the fields are empty; $: sets where lines may break.
my $text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs.";
my $note = "";
format WRAP =
Text: ^<<<<<<<<<<<<<<<<<<<
      $text
~     ^<<<<<<<<<<<<<<<<<<<
      $text
~~    ^<<<<<<<<<<<<<<<<<<<
      $text
Note: ^<<<<<<<<<
      $note
~     ^<<<<<<<<<
      $note
-- end
.
$~ = "WRAP";
write;
print "text left: [$text]\n";
$text = "short";
$note = "a-hyphenated-word-list goes here";
write;
$: = " ";
$text = "break-only-at-spaces, not-at-hyphens in this sentence";
$note = "";
write;
format COLS =
~~^<<<<<<< | ^<<<<<<<
  $left,     $right
.
our $left = "alpha beta gamma delta";
our $right = "one two three four five six";
$~ = "COLS";
write;
