use Text::Wrap qw(fill $columns);
$columns = 24;
my $t = "First paragraph has some words in it that will need wrapping.\n\nSecond paragraph\nspans lines\nin the source.\n\n\n  Third one is indented.";
print fill('', '', $t), "\n===\n";
print fill('> ', '> ', $t), "\n===\n";
print fill("   ", "", "a b c d e f g h i j k l m n o p q r s t u v w x y z"), "\n";
