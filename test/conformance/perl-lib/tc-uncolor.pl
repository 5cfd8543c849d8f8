use Term::ANSIColor qw(uncolor colorstrip);
for my $s ("\e[1;31m", "1;31", "\e[0m", "4;5;7", "38;5;196", "48;5;21", "\e[33;44m", "1;2;3;4;5;7;8;9", "90", "107", "38;2;10;20;30") {
    my @u = eval { uncolor($s) };
    (my $show = $s) =~ s/\e/\\e/g;
    print "$show: ", ($@ ? "ERR " . ($@ =~ s/ at .*//sr) : join(',', @u)), "\n";
}
my @bad = eval { uncolor("999") }; print "bad: ", $@ =~ s/ at .*//sr, "\n";
print colorstrip("\e[1mbold\e[0m and \e[31;42mred\e[m plain"), "\n";
print colorstrip("a\e[1m", "b\e[0mc", "no codes"), "\n";
print join('|', colorstrip("\e[1mx\e[0m", "\e[2my")), "\n";
