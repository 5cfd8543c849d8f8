use Text::Wrap qw(wrap $columns $huge);
$columns = 12;
my $t = "short averyveryverylongwordindeed end";
for my $h ('wrap', 'overflow', 'die') {
    $huge = $h;
    my $r = eval { wrap('', '', $t) };
    if (defined $r) { print "$h:\n$r\n" } else { (my $e = $@) =~ s/ at .*//s; print "$h died: $e\n" }
}
$huge = 'wrap';
print wrap('>> ', '.. ', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxx yy'), "\n";
