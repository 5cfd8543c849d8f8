use Text::Wrap qw(wrap $columns);
my $t = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.";
for my $c (15, 20, 40, 76) {
    $columns = $c;
    print "== $c\n", wrap('', '', $t), "\n";
}
$columns = 25;
print wrap("\t", '', $t), "\n";
print wrap('* ', '  ', 'short'), "\n";
print wrap('', '', 'one', 'two', 'three four five six seven eight nine ten eleven'), "\n";
print wrap('', '', "line one\nline two is a little longer than the rest\n"), "|\n";
print wrap('', '', "spaces    between     words   and    more   spaces here"), "\n";
