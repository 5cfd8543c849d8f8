use Term::ANSIColor qw(color colorvalid);
for my $c ('red', 'bold red', 'on_green', 'blurple', 'red blurple', 'bright_white', 'on_bright_white', 'ansi0', 'ansi255', 'ansi256', 'rgb000', 'rgb555', 'rgb556', 'grey0', 'grey23', 'grey24', 'r255g0b0', 'on_r1g2b3', 'RED', 'Bold', 'reset', 'clear', 'underscore', 'dark', 'concealed', 'italic', '') {
    my $v = colorvalid($c) ? 'valid' : 'invalid';
    my $code = eval { color($c) };
    my $show = defined $code ? ($code =~ s/\e/\\e/gr) : 'ERR ' . ($@ =~ s/ at .*//sr);
    print "'$c' $v $show\n";
}
print colorvalid('red', 'blue', 'green') ? "all\n" : "some\n";
print join(',', map { colorvalid($_) ? 1 : 0 } 'red,blue', 'red  blue', 'red,  blue'), "\n";
