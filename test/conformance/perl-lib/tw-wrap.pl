use Text::Wrap qw(wrap fill $columns);
my $text = "The quick brown fox jumps over the lazy dog. " x 4;
$columns = 30;
print wrap('', '', $text), "\n---\n";
print wrap('> ', '  ', $text), "\n---\n";
$columns = 10;
print wrap('', '', 'averyveryverylongwordhere and short'), "\n---\n";
$columns = 20;
print fill('', '', "para one is here and long enough\n\n  para two follows it"), "\n";
